// Card variables (`${name}`) as exported by the platform's card builder. Any rule that checks a value
// (URLs, enums, callback values, dates) must skip values that are variables: their real value comes
// from the template data at send time.
import type { Node } from 'jsonc-parser';
import type { CardDocument } from '../parse/model';
import { prop, stringValue } from '../parse/json';
import { decodeJsonString } from '../parse/jsonText';

// Module constants, not literals in the functions: a regex literal makes a new RegExp object (56 B) each time it
// is evaluated, and rules ask these of every link, id and name (570 KB less per lint of the 1 MB bench card).
const WHOLE_VARIABLE = /^\$\{[A-Za-z][A-Za-z0-9_]*\}$/;
const ANY_VARIABLE = /\$\{[^}]*\}/;

/** Is the whole string a single variable (`"${name}"`), which may stand for a non-string value? */
export function isWholeVariable(value: unknown): value is string {
  return typeof value === 'string' && WHOLE_VARIABLE.test(value);
}

/** Does the string contain any `${...}` reference? */
export function containsVariable(value: unknown): value is string {
  return typeof value === 'string' && ANY_VARIABLE.test(value);
}

/** Sample values for a template card's variables: the sidecar `<card>.data.json` or a send-request file. */
export interface TemplateData {
  /** `{ "<name>": <value> }`, the same shape as `template_variable`. */
  values: Record<string, unknown>;
  /** Where the values came from, so rules can point into the data file. */
  source?: { path: string; text: string };
  /**
   * Added with the data-file reader (templateData.ts); absent when the values were built in code.
   * Path of the values object inside the data file: [] for a plain file, ['data', 'template_variable'] for a
   * send-request file. Edits that add a sample value go there.
   */
  valuesPath?: (string | number)[];
  /** Parse tree of `source.text`, for ranges of keys in the data file. */
  tree?: Node;
  /** The data file is not valid JSON (or not an object); `values` holds whatever could be read. */
  broken?: boolean;
  /** `template_id` of a send-request file. */
  templateId?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Everything below was added for issue 7 (templates with sample data). The exports above are a shared
// contract other modules already use; they stay as they are.

/** Where a variable stands decides what its value must look like (see the reference notes §9). */
export type VariableBinding =
  /** A whole link source (`default_url`, `card_link`, `multi_url`): a link object or a URL string. */
  | 'link'
  /** Inside a URL field (`url`, `pc_url` ...): the substituted string must still be a URL. */
  | 'url'
  /** A whole callback `value`: an object variable. */
  | 'object'
  | 'date'
  | 'time'
  | 'datetime'
  /** `_varloop`: an array of objects, one per repetition. */
  | 'loop'
  /** A whole `img_key`: an image variable. */
  | 'image'
  /** A whole `options` array of a select or overflow. */
  | 'options'
  | 'text';

/** One `${name}` in the card. */
export interface VariableReference {
  name: string;
  /** Card-text offsets of `${name}` (what rules report at). */
  start: number;
  end: number;
  /** File offsets of `${name}` (what editor features compare with). */
  fileStart: number;
  fileEnd: number;
  /** The string is exactly `"${name}"`, so the value may be any JSON type. */
  whole: boolean;
  /** The string node that holds the reference. */
  node: Node;
  /** Property name the string is the value of (undefined inside arrays). */
  key: string | undefined;
  binding: VariableBinding;
  /**
   * The `_varloop` lists around this reference, outermost first. Inside a loop a bare name is first looked
   * up in the current item, then in the items outside it, then in the top-level values.
   */
  loops: VariableReference[];
}

/** A `${...}` whose inside is not a valid variable name (`${user-name}`, `${ x }`, `${1st}`). */
export interface InvalidVariable {
  text: string;
  start: number;
  end: number;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Anything that looks like an attempt at a variable: short and on one line, so prose with `${` is left alone. */
const ANY_PLACEHOLDER = /\$\{([^}\n]{0,64})\}/g;

export function isValidVariableName(name: string): boolean {
  return NAME.test(name);
}

/** Keys whose string is a URL (`default_url` is decided before: a whole variable there is a link). */
const URL_KEYS: ReadonlySet<string | undefined> = new Set(['url', 'pc_url', 'ios_url', 'android_url']);

function bindingOf(key: string | undefined, owner: Node | undefined, whole: boolean): VariableBinding {
  if (key === '_varloop') return 'loop';
  if (key === 'initial_date') return 'date';
  if (key === 'initial_time') return 'time';
  if (key === 'initial_datetime') return 'datetime';
  if (whole && (key === 'card_link' || key === 'multi_url')) return 'link';
  if (key === 'default_url') return whole ? 'link' : 'url';
  if (URL_KEYS.has(key)) return 'url';
  if (whole && key === 'value' && stringValue(prop(owner, 'type')) === 'callback') return 'object';
  if (whole && key === 'img_key') return 'image';
  if (whole && key === 'options') return 'options';
  return 'text';
}

interface ScanResult {
  references: VariableReference[];
  invalid: InvalidVariable[];
}

// The scan runs once per card document; several rules and features ask for it.
const scans = new WeakMap<CardDocument, ScanResult>();

function scan(card: CardDocument): ScanResult {
  const cached = scans.get(card);
  if (cached) return cached;
  const result: ScanResult = { references: [], invalid: [] };
  if (card.cardNode && !card.skipped) walk({ card, out: result }, card.cardNode, [], ITEM);
  scans.set(card, result);
  return result;
}

/** What every step of one scan shares: the card read and the result filled. */
interface Scan {
  card: CardDocument;
  out: ScanResult;
}

/** Where a string stands: the key it is the value of (none for an array item) and the object holding it. */
interface Place {
  key: string | undefined;
  owner: Node | undefined;
}

// Stryker disable next-line ObjectLiteral: `{}` reads the same (collect destructures key and owner, and a missing property is undefined too); the two fields only spell out what an array item lacks
const ITEM: Place = { key: undefined, owner: undefined };

// The parse trees (jsonc-parser's and parse/jsonTree.ts) give every object, array and property its
// children, and a property its key first: hence the `!` below.
function walk(scan: Scan, node: Node, loops: VariableReference[], place: Place): void {
  if (node.type === 'string') {
    collect(scan, node, loops, place);
    return;
  }
  if (node.type === 'array') {
    for (const child of node.children!) walk(scan, child, loops, ITEM);
    return;
  }
  if (node.type !== 'object') return;
  // A `_varloop` on this object repeats it; its own list name is resolved outside the loop it opens.
  let inner = loops;
  for (const pair of node.children!) {
    const [keyNode, value] = pair.children!;
    if (keyNode.value !== '_varloop' || !value) continue;
    const before = scan.out.references.length;
    walk(scan, value, loops, { key: '_varloop', owner: node });
    const loopRef = scan.out.references.slice(before).find((r) => r.whole);
    if (loopRef) inner = [...loops, loopRef];
  }
  for (const pair of node.children!) {
    const [keyNode, value] = pair.children!;
    // A property still without its value (`{"a": }`) holds nothing to scan.
    if (!value || keyNode.value === '_varloop') continue;
    walk(scan, value, inner, { key: keyNode.value as string, owner: node });
  }
}

function collect({ card, out }: Scan, node: Node, loops: VariableReference[], place: Place): void {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a fast path (a string node's value is a string; without `${` the scan below finds nothing either)
  if (typeof node.value !== 'string' || !node.value.includes('${')) return;
  // Decode the literal ourselves so that offsets stay exact even when the string holds escapes.
  const raw = card.text.slice(node.offset, node.offset + node.length);
  const { value, offsets } = decodeJsonString(raw);
  // decodeJsonString gives an offset for every index up to the value's length (its closing quote).
  const at = (index: number) => node.offset + offsets[index];
  const { key, owner } = place;
  const whole = isWholeVariable(value);
  for (const match of value.matchAll(ANY_PLACEHOLDER)) {
    const start = at(match.index);
    const end = at(match.index + match[0].length);
    if (!NAME.test(match[1])) {
      out.invalid.push({ text: match[0], start, end });
      continue;
    }
    out.references.push({
      name: match[1],
      start,
      end,
      fileStart: card.toFileOffset(start),
      fileEnd: card.toFileOffset(end),
      whole,
      node,
      key,
      binding: bindingOf(key, owner, whole),
      loops,
    });
  }
}

/** Every valid `${name}` in the card, in document order (`_varloop` lists included). */
export function findVariableReferences(card: CardDocument): VariableReference[] {
  return scan(card).references;
}

/** Every `${...}` whose name breaks the naming rule. */
export function findInvalidVariables(card: CardDocument): InvalidVariable[] {
  return scan(card).invalid;
}

/** The reference whose `${...}` covers a file offset (its ends included, as a cursor sits between chars). */
export function referenceAtOffset(card: CardDocument, fileOffset: number): VariableReference | undefined {
  return findVariableReferences(card).find((r) => r.fileStart <= fileOffset && fileOffset <= r.fileEnd);
}

export type Resolution =
  /** Found; one value at the top level, or one per loop item that has it. */
  | { status: 'defined'; values: unknown[] }
  | { status: 'undefined' }
  /** A loop around it has no usable sample list (already reported there), or the list is empty. */
  | { status: 'unknown' };

/**
 * Looks a reference up in the sample values the way the platform fills a template: inside `_varloop`
 * items first (innermost loop first), then the top-level values.
 */
export function resolveReference(ref: VariableReference, values: Record<string, unknown>): Resolution {
  let chains: Record<string, unknown>[][] = [[values]];
  for (const loop of ref.loops) {
    const next: Record<string, unknown>[][] = [];
    for (const chain of chains) {
      const list = lookup(loop.name, chain);
      if (!list.found || !Array.isArray(list.value)) continue;
      for (const item of list.value) next.push([...chain, isPlainObject(item) ? item : {}]);
    }
    if (next.length === 0) return { status: 'unknown' };
    chains = next;
  }
  const found: unknown[] = [];
  for (const chain of chains) {
    const hit = lookup(ref.name, chain);
    if (hit.found) found.push(hit.value);
  }
  return found.length > 0 ? { status: 'defined', values: found } : { status: 'undefined' };
}

/** Finds a name in a scope chain (innermost last). */
export function lookup(
  name: string,
  chain: Record<string, unknown>[],
): { found: true; value: unknown } | { found: false } {
  for (let i = chain.length - 1; i >= 0; i--) {
    if (Object.prototype.hasOwnProperty.call(chain[i], name)) return { found: true, value: chain[i][name] };
  }
  return { found: false };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
