// Generators for the fuzz suites: plausible cards built from the component catalog (so they reach the rules,
// not only the parser), then serialised and mutated the ways real files get broken.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { catalog, componentSpec, type PropertySpec } from '../../server/src/card/catalog/catalog';

/**
 * Tags beyond the catalog: the rest of the 2.0 set (the catalog grows over time), 1.0-only modules, text
 * objects used where components belong, near-misses and junk.
 */
const EXTRA_TAGS = [
  'div',
  'column_set',
  'column',
  'interactive_container',
  'collapsible_panel',
  'img',
  'hr',
  'input',
  'select_static',
  'multi_select_static',
  'overflow',
  'date_picker',
  'table',
  'chart',
  'action',
  'note',
  'plain_text',
  'lark_md',
  'Button',
  'buton',
  '',
  '__proto__',
  'constructor',
];

export const tags = [...new Set([...Object.keys(catalog.components), ...EXTRA_TAGS])];

/** Strings that have hurt parsers and renderers: escapes, surrogates, placeholders, markup, line breaks. */
const nastyString = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '${name}',
      '${',
      '${ a.b }',
      '\u0000',
      '\ud800',
      '\udc00x',
      '\u2028\u2029',
      '\r\n',
      '\\',
      '"',
      '😀',
      '𠀀𠀁',
      '\u202e',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      'https://example.com/a?b=c',
      'lark://msgcard/unsupported_action',
      '2.0',
      'submit',
      'callback',
      'open_url',
    ),
    weight: 3,
  },
);

/** Any JSON value, small: used wherever a wrong type should be tried. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  nastyString,
  fc.array(nastyString, { maxLength: 3 }),
  fc.dictionary(nastyString, nastyString, { maxKeys: 3 }),
);

/** A value that fits the property's spec most of the time, and something else otherwise. */
function valueFor(spec: PropertySpec | undefined): fc.Arbitrary<unknown> {
  const fitting: fc.Arbitrary<unknown>[] = [];
  if (spec?.enum?.length) fitting.push(fc.constantFrom(...spec.enum));
  const types = typeof spec?.type === 'string' ? [spec.type] : (spec?.type ?? []);
  for (const type of types) {
    if (type === 'string') fitting.push(nastyString);
    if (type === 'boolean') fitting.push(fc.boolean());
    if (type === 'number' || type === 'integer') fitting.push(fc.integer({ min: -5, max: 1200 }));
    if (type === 'array') fitting.push(fc.array(anyJson, { maxLength: 3 }));
  }
  const ref = typeof spec?.$ref === 'string' ? spec.$ref : '';
  if (ref.endsWith('/behaviors')) fitting.push(fc.array(behavior, { maxLength: 3 }));
  else if (ref) fitting.push(textObject);
  if (fitting.length === 0) fitting.push(anyJson);
  return fc.oneof({ arbitrary: fc.oneof(...fitting), weight: 4 }, { arbitrary: anyJson, weight: 1 });
}

const textObject = fc.record(
  {
    tag: fc.constantFrom('plain_text', 'lark_md', 'markdown', 'text'),
    content: nastyString,
    i18n_content: fc.dictionary(fc.constantFrom('zh_cn', 'en_us', 'xx'), nastyString, { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

const behavior = fc.record(
  {
    type: fc.constantFrom('callback', 'open_url', 'form_action', 'bogus'),
    value: anyJson,
    default_url: nastyString,
    android_url: nastyString,
    pc_url: nastyString,
  },
  { requiredKeys: [] },
);

const propertyNames = (tag: string): string[] => [
  ...Object.keys(catalog.commonProperties),
  ...Object.keys(componentSpec(tag, 'v2')?.properties ?? {}),
  'behaviors',
  'name',
  'value',
  'unknown_prop',
];

/** Properties for a tag: known ones with fitting or wrong values, plus the odd unknown one. */
function propsFor(tag: string): fc.Arbitrary<Record<string, unknown>> {
  const names = propertyNames(tag);
  const spec = (name: string) => catalog.commonProperties[name] ?? componentSpec(tag, 'v2')?.properties[name];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of names) model[name] = valueFor(spec(name));
  return fc.record(model, { requiredKeys: [] });
}

/** Where children go for a tag: its catalog slot, else the layouts 1.0 and the parser know. */
function slotPath(tag: unknown, pick: number): string[] {
  const slots = typeof tag === 'string' ? componentSpec(tag, 'v2')?.slots : undefined;
  if (slots?.length) return slots[pick % slots.length].path;
  return [['elements'], ['actions'], ['columns']][pick % 3];
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  Object.defineProperty(node, path[path.length - 1], {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const tagValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...tags), weight: 10 },
  { arbitrary: anyJson, weight: 1 },
);

export const component: fc.Arbitrary<unknown> = fc.letrec<{ component: unknown }>((tie) => ({
  component: fc.oneof(
    { depthSize: 'small', maxDepth: 6, depthIdentifier: 'component' },
    {
      arbitrary: fc.constantFrom(...tags).chain((tag) => propsFor(tag).map((p) => build(tag, p, []))),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(tagValue, fc.nat(), fc.array(tie('component'), { maxLength: 4, depthIdentifier: 'component' }))
        .chain(([tag, pick, children]) =>
          propsFor(typeof tag === 'string' ? tag : '').map((p) =>
            build(tag, p, children, slotPath(tag, pick)),
          ),
        ),
      weight: 2,
    },
    { arbitrary: anyJson, weight: 1 },
  ),
})).component;

function build(tag: unknown, props: Record<string, unknown>, children: unknown[], path?: string[]) {
  // defineProperty, not assignment: a `__proto__` tag or key must be data, never change a prototype.
  const out: Record<string, unknown> = {};
  setPath(out, ['tag'], tag);
  for (const [k, v] of Object.entries(props)) setPath(out, [k], v);
  if (path) setPath(out, path, children);
  return out;
}

const header = fc.record(
  {
    title: textObject,
    subtitle: textObject,
    template: fc.constantFrom('blue', 'red', 'grey', 'nope', ''),
    text_tag_list: fc.array(fc.record({ tag: fc.constant('text_tag'), text: textObject }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

const elements = fc.array(component, { maxLength: 6 });

const v2card = fc.record(
  {
    schema: fc.oneof(fc.constant('2.0'), fc.constant('2.0'), anyJson),
    config: fc.oneof(
      fc.record(
        { update_multi: fc.boolean(), width_mode: fc.constantFrom('default', 'fill', 'x') },
        { requiredKeys: [] },
      ),
      anyJson,
    ),
    header,
    body: fc.oneof({ arbitrary: fc.record({ elements }), weight: 5 }, { arbitrary: anyJson, weight: 1 }),
    elements,
  },
  { requiredKeys: ['schema', 'body'] },
);

const v1card = fc.record(
  {
    config: fc.record({ wide_screen_mode: fc.boolean() }),
    header,
    elements,
    i18n_elements: fc.dictionary(fc.constantFrom('zh_cn', 'en_us'), elements, { maxKeys: 2 }),
  },
  { requiredKeys: ['elements'] },
);

const card = fc.oneof({ arbitrary: v2card, weight: 4 }, { arbitrary: v1card, weight: 1 });

/** A document value: a bare card, a message wrapper around one, a card as a JSON string, or junk. */
export const documentValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: card, weight: 8 },
  { arbitrary: card.map((c) => ({ msg_type: 'interactive', card: c })), weight: 2 },
  { arbitrary: card.map((c) => ({ msg_type: 'interactive', content: JSON.stringify(c) })), weight: 2 },
  { arbitrary: fc.array(card, { maxLength: 2 }), weight: 1 },
  { arbitrary: anyJson, weight: 1 },
);

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete-char'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate-key'; at: number }
  | { kind: 'bom' }
  | { kind: 'crlf' }
  | { kind: 'lone-cr' }
  | { kind: 'huge-string'; at: number; size: number }
  | { kind: 'deep'; depth: number; balanced: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-char' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        '"',
        ',',
        ':',
        '//',
        '/*',
        '*/',
        '\\',
        '\u0000',
        '😀',
        '\ud83d',
        '\r',
        ',,',
      ),
      nastyString,
    ),
  }),
  fc.record({ kind: fc.constant('duplicate-key' as const), at: fc.nat() }),
  fc.constant({ kind: 'bom' as const }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'lone-cr' as const }),
  fc.record({
    kind: fc.constant('huge-string' as const),
    at: fc.nat(),
    // Mostly moderate: a few 300k-character strings per run prove the point without dominating the time.
    size: fc.oneof(
      { arbitrary: fc.constant(1_000), weight: 6 },
      { arbitrary: fc.constant(30_000), weight: 3 },
      { arbitrary: fc.constant(300_000), weight: 1 },
    ),
  }),
  fc.record({
    kind: fc.constant('deep' as const),
    depth: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.constantFrom(255, 256, 257, 2000, 10_000)),
    balanced: fc.boolean(),
  }),
);

/** Applies one mutation; positions are taken modulo the text length so every draw is usable. */
export function mutate(text: string, m: Mutation): string {
  const pos = (at: number) => (text.length === 0 ? 0 : at % (text.length + 1));
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'delete-char': {
      // Prefer structural characters: they are what a half-finished edit loses.
      const structural = [...text.matchAll(/[{}[\]",:]/g)].map((x) => x.index);
      const i = structural.length ? structural[m.at % structural.length] : pos(m.at);
      return text.slice(0, i) + text.slice(i + 1);
    }
    case 'insert': {
      const i = pos(m.at);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'duplicate-key': {
      const keys = [...text.matchAll(/"[^"\\]*"\s*:\s*("[^"\\]*"|-?\d+|true|false|null)/g)];
      if (keys.length === 0) return text;
      const k = keys[m.at % keys.length];
      const at = k.index + k[0].length;
      return text.slice(0, at) + ',' + k[0] + text.slice(at);
    }
    case 'bom':
      return '\ufeff' + text;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'lone-cr':
      return text.replace(/\n/g, '\r');
    case 'huge-string': {
      const i = pos(m.at);
      return text.slice(0, i) + '"' + 'x😀'.repeat(m.size / 3) + '"' + text.slice(i);
    }
    case 'deep': {
      const open = '['.repeat(m.depth);
      return open + text + (m.balanced ? ']'.repeat(m.depth) : '');
    }
  }
}

/** The shipped example cards: real, valid cards whose mutations reach rules that random cards rarely do. */
const examplesDir = path.join(__dirname, '..', '..', 'examples');
const examples: unknown[] = (() => {
  try {
    return readdirSync(examplesDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(path.join(examplesDir, f), 'utf8')) as unknown);
  } catch {
    return [];
  }
})();

/** A generated document: a serialised card with 0–3 mutations, and the text that results. */
export const documentText: fc.Arbitrary<string> = fc
  .tuple(
    examples.length
      ? fc.oneof(
          { arbitrary: documentValue, weight: 4 },
          { arbitrary: fc.constantFrom(...examples), weight: 1 },
        )
      : documentValue,
    fc.constantFrom<string | number | undefined>(undefined, 2, 4, '\t'),
    fc.oneof(
      { arbitrary: fc.constant<Mutation[]>([]), weight: 2 },
      { arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }), weight: 3 },
    ),
  )
  .map(([value, indent, mutations]) => mutations.reduce(mutate, JSON.stringify(value, null, indent) ?? ''));

/** Settings a document may be analysed with. */
export const lintOptions = fc.record({
  forceCard: fc.boolean(),
  locale: fc.constantFrom<'en' | 'zh'>('en', 'zh'),
  sender: fc.constantFrom<'app' | 'webhook'>('app', 'webhook'),
  maxSize: fc.constantFrom<number | undefined>(undefined, undefined, undefined, 100, 10_000),
});

/** Fast-check run parameters, replayable: FUZZ_SEED and FUZZ_PATH come from a failure report. */
export function runParameters(defaultRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED
    ? Number(process.env.FUZZ_SEED)
    : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const numRuns = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : defaultRuns;
  console.log(`fast-check seed=${seed} runs=${numRuns} (replay: FUZZ_SEED=${seed})`);
  // includeErrorInReport: the assertion message goes into the failure text itself; node's reporter does not
  // print an error's `cause`, and CI shows only that text.
  return { seed, numRuns, path: process.env.FUZZ_PATH || undefined, includeErrorInReport: true };
}
