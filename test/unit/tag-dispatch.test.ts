// Our validators compile the card schema with its component dispatch moved into one `tagCases` keyword
// (lint/tagDispatch.ts), for speed. It must judge every value exactly as the published schema's plain
// `if`/`then` list does: same validity, same errors in the same order (only the `if` keyword's own wrapper
// error and the schema paths differ by design).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv, { type ValidateFunction } from 'ajv';
import { catalogFor } from '../../server/src/card/catalog/catalog';
import { schemaFromCatalog } from '../../server/src/card/catalog/schemaFromCatalog';
import { AJV_OPTIONS, compileValidator } from '../../server/src/card/lint/compileValidator';
import { addTagDispatch, TAG_CASES, withTagDispatch } from '../../server/src/card/lint/tagDispatch';

const versions = ['v2', 'v1'] as const;
const plain = Object.fromEntries(
  versions.map((v) => [v, new Ajv(AJV_OPTIONS).compile(schemaFromCatalog(catalogFor(v)))]),
) as Record<(typeof versions)[number], ValidateFunction>;
const dispatched = Object.fromEntries(versions.map((v) => [v, compileValidator(v)])) as Record<
  (typeof versions)[number],
  ValidateFunction
>;

function judged(validate: ValidateFunction, value: unknown) {
  const ok = validate(value);
  const errors = (validate.errors ?? [])
    .filter((error) => error.keyword !== 'if')
    .map(({ keyword, instancePath, params, message, data }) => ({
      keyword,
      instancePath,
      params,
      message,
      data,
    }));
  return { ok, errors };
}

/** One card per element value, in a 2.0 body, a 2.0 column, and a 1.0 card. */
function inCards(element: unknown): unknown[] {
  return [
    { schema: '2.0', body: { elements: [element] } },
    {
      schema: '2.0',
      body: { elements: [{ tag: 'column_set', columns: [{ tag: 'column', elements: [element] }] }] },
    },
    { config: { wide_screen_mode: true }, elements: [element] },
  ];
}

const tags = Object.keys(catalogFor('v2').components);
const elements: unknown[] = [
  // Not objects: the `if`/`then` list applies every case to them.
  'markdown',
  42,
  null,
  true,
  [],
  [{ tag: 'markdown' }],
  // Objects with no case: no tag, a tag that is not a string, an unknown tag.
  {},
  { content: 'x' },
  { tag: 1 },
  { tag: null },
  { tag: ['markdown'] },
  { tag: 'buton', content: 'x' },
  { tag: 'MARKDOWN' },
  // Every known tag: bare, with a property of the wrong type, with an unknown property, and in an array
  // (which a loose `==` would take for the tag itself).
  ...tags.flatMap((tag) => [{ tag }, { tag, element_id: 5 }, { tag, not_a_property: true }, { tag: [tag] }]),
  { tag: 'button', type: 'pink', text: { tag: 'plain_text', content: 1 } },
  {
    tag: 'column_set',
    columns: [{ tag: 'markdown' }, 'x', { tag: 'column', elements: [{ tag: 'hr', x: 1 }] }],
  },
];

const files: unknown[] = [];
for (const dir of ['examples', 'test/fixtures/valid', 'test/fixtures/invalid', 'test/browser/fixtures']) {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    continue;
  }
  for (const name of names) {
    try {
      files.push(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
    } catch {
      // not JSON: nothing to validate
    }
  }
}

test('the tagCases dispatch judges every value as the if/then list does, error for error', () => {
  let invalid = 0;
  let compared = 0;
  for (const value of [...elements.flatMap(inCards), ...files]) {
    for (const version of versions) {
      const expected = judged(plain[version], value);
      assert.deepEqual(judged(dispatched[version], value), expected, JSON.stringify(value));
      compared++;
      if (!expected.ok) invalid++;
    }
  }
  // The comparison must include plenty of failures, not only valid cards.
  assert.ok(invalid > compared / 2, `${invalid} of ${compared} values fail validation`);
});

test('withTagDispatch moves only the exact tag cases into tagCases, and leaves its input alone', () => {
  const input = {
    $defs: {
      element: {
        type: 'object',
        allOf: [
          { if: { properties: { tag: { const: 'a' } }, required: ['tag'] }, then: { $ref: '#/$defs/a' } },
          { if: { properties: { tag: { const: 'b' } }, required: ['tag'] }, then: { $ref: '#/$defs/b' } },
          // Not a plain case: an extra keyword in the condition, a second required key, an enum.
          { if: { properties: { tag: { const: 'c' } }, required: ['tag'], type: 'object' }, then: {} },
          { if: { properties: { tag: { const: 'd' } }, required: ['tag', 'x'] }, then: {} },
          { if: { properties: { tag: { enum: ['e'] } }, required: ['tag'] }, then: {} },
          // ... a condition with other keys of the same count, an item with an `else`, another property in the
          // condition, a const beside another keyword, a const that is not a string.
          { if: { properties: { tag: { const: 'f' } }, type: 'object' }, then: {} },
          { if: { properties: { tag: { const: 'g' } }, required: ['tag'] }, then: {}, else: {} },
          { if: { properties: { tag: { const: 'h' }, x: {} }, required: ['tag'] }, then: {} },
          { if: { properties: { tag: { const: 'i', type: 'string' } }, required: ['tag'] }, then: {} },
          { if: { properties: { tag: { const: 1 } }, required: ['tag'] }, then: {} },
          // A repeated tag stays a plain item: the first case wins.
          { if: { properties: { tag: { const: 'a' } }, required: ['tag'] }, then: { $ref: '#/$defs/a2' } },
        ],
      },
      other: { allOf: [{ type: 'string' }] },
    },
  };
  const before = JSON.stringify(input);
  const out = withTagDispatch(input) as { $defs: Record<string, Record<string, unknown>> };
  assert.equal(JSON.stringify(input), before);
  assert.deepEqual(out.$defs.element[TAG_CASES], { a: { $ref: '#/$defs/a' }, b: { $ref: '#/$defs/b' } });
  assert.deepEqual(
    out.$defs.element.allOf,
    input.$defs.element.allOf.slice(2),
    'the other items keep their order',
  );
  assert.equal(out.$defs.element.type, 'object');
  assert.deepEqual(out.$defs.other, input.$defs.other);
});

test('the card schemas compile to a validator that uses tagCases for every known tag', () => {
  for (const version of versions) {
    const defs = withTagDispatch(schemaFromCatalog(catalogFor(version))).$defs as Record<
      string,
      Record<string, unknown>
    >;
    const element = defs.element;
    const known = Object.keys(catalogFor(version).components);
    assert.deepEqual(Object.keys(element[TAG_CASES] as object), known);
    // Nothing is left of the list: the check that names the known tags for an unknown one moved into `tag`.
    assert.equal(element.allOf, undefined);
    const tag = (element.properties as Record<string, Record<string, unknown>>).tag;
    assert.deepEqual(tag.if, { type: 'string' });
    assert.deepEqual(tag.then, { enum: known });
  }
});

test('withTagDispatch folds the unknown-tag item into `tag` only when it says exactly "one of the cases"', () => {
  const caseItem = (tag: string) => ({
    if: { properties: { tag: { const: tag } }, required: ['tag'] },
    then: { $ref: `#/$defs/${tag}` },
  });
  const unknownItem = (excluded: string[], allowed: string[]) => ({
    if: { properties: { tag: { type: 'string', not: { enum: excluded } } }, required: ['tag'] },
    then: { properties: { tag: { enum: allowed } } },
  });
  const element = (items: unknown[], tag: Record<string, unknown> | null = { type: 'string' }) => ({
    $defs: {
      element: { type: 'object', ...(tag ? { properties: { tag } } : {}), allOf: items },
    },
  });
  type Defs = { $defs: Record<string, Record<string, unknown>> };
  const out = (schema: unknown) => (withTagDispatch(schema as Record<string, unknown>) as Defs).$defs;

  const folded = out(element([caseItem('a'), caseItem('b'), unknownItem(['a', 'b'], ['b', 'a'])]));
  assert.equal(folded.element.allOf, undefined);
  assert.deepEqual(folded.element.properties, {
    tag: { type: 'string', if: { type: 'string' }, then: { enum: ['b', 'a'] } },
  });

  // Only one such item folds; a second stays in the list.
  const twice = out(element([caseItem('a'), unknownItem(['a'], ['a']), unknownItem(['a'], ['a'])])).element;
  assert.deepEqual(twice.allOf, [unknownItem(['a'], ['a'])]);
  assert.deepEqual((twice.properties as Record<string, unknown>).tag, {
    type: 'string',
    if: { type: 'string' },
    then: { enum: ['a'] },
  });

  // Any other item says something else, and stays as it is: lists that differ (either way), a condition or
  // an outcome with more or other keywords, and a `tag` property that is missing or has a condition of its own.
  const unknown = unknownItem(['a'], ['a']);
  const condition = unknown.if;
  const tested = condition.properties.tag;
  const others: unknown[] = [
    unknownItem(['a'], ['a', 'b']),
    unknownItem(['a', 'b'], ['a']),
    { ...unknown, else: {} },
    { ...unknown, if: { ...condition, required: ['tag', 'x'] } },
    { ...unknown, if: { ...condition, required: ['name'] } },
    { ...unknown, if: { ...condition, type: 'object' } },
    { ...unknown, if: { ...condition, properties: { tag: { ...tested, type: 'number' } } } },
    { ...unknown, if: { ...condition, properties: { tag: { ...tested, minLength: 1 } } } },
    { ...unknown, if: { ...condition, properties: { tag: { type: 'string', not: { const: 'a' } } } } },
    { ...unknown, if: { ...condition, properties: { tag: tested, name: {} } } },
    { ...unknown, then: { properties: { tag: { enum: ['a'] } }, required: ['tag'] } },
    { ...unknown, then: { properties: { tag: { enum: ['a'], type: 'string' } } } },
    { ...unknown, then: { properties: { tag: { const: 'a' } } } },
  ];
  for (const schema of [
    ...others.map((item) => element([caseItem('a'), item])),
    element([caseItem('a'), unknown], { type: 'string', if: { minLength: 1 }, then: {} }),
    element([caseItem('a'), unknown], { type: 'string', then: {} }),
    element([caseItem('a'), unknown], { type: 'string', else: {} }),
    element([caseItem('a'), unknown], null),
  ]) {
    const kept = out(schema).element;
    assert.equal((kept.allOf as unknown[]).length, 1, JSON.stringify(schema));
    assert.deepEqual(kept.properties, schema.$defs.element.properties);
  }
});

test('the tagCases keyword: an object of cases only; with no case it checks nothing', () => {
  const ajv = addTagDispatch(new Ajv(AJV_OPTIONS));
  const none = ajv.compile({ [TAG_CASES]: {} });
  for (const value of [{ tag: 'a' }, {}, [], 'x', null])
    assert.equal(none(value), true, JSON.stringify(value));
  assert.throws(() => addTagDispatch(new Ajv(AJV_OPTIONS)).compile({ [TAG_CASES]: 5 }), /tagCases/);
});

test('withTagDispatch leaves alone a schema without $defs, and items that are no objects where objects are expected', () => {
  const bare = { type: 'object' };
  assert.equal(withTagDispatch(bare), bare);
  const caseItem = {
    if: { properties: { tag: { const: 'a' } }, required: ['tag'] },
    then: { $ref: '#/$defs/a' },
  };
  const unknownIf = { properties: { tag: { type: 'string', not: { enum: ['a'] } } }, required: ['tag'] };
  const outcome = { properties: { tag: { enum: ['a'] } } };
  const strange: unknown[] = [
    null,
    [],
    'item',
    { if: null, then: {} },
    { if: [], then: {} },
    { if: { properties: null, required: ['tag'] }, then: {} },
    { if: { properties: ['tag'], required: ['tag'] }, then: {} },
    { if: { properties: { tag: null }, required: ['tag'] }, then: {} },
    { if: { properties: { tag: ['const'] }, required: ['tag'] }, then: {} },
    // The same number of keys as a case, other names: `else` for `then`, another key for `required`.
    { if: { properties: { tag: { const: 'b' } }, required: ['tag'] }, else: {} },
    { if: { properties: { tag: { const: 'c' } }, minProperties: 1 }, then: {} },
    // An unknown-tag item whose `not` is no object or says more than `enum`, or whose outcome is no object.
    { if: { properties: { tag: { type: 'string', not: null } }, required: ['tag'] }, then: outcome },
    { if: { properties: { tag: { type: 'string', not: ['enum'] } }, required: ['tag'] }, then: outcome },
    {
      if: { properties: { tag: { type: 'string', not: { enum: ['a'], minLength: 1 } } }, required: ['tag'] },
      then: outcome,
    },
    { if: unknownIf, then: null },
    { if: unknownIf, then: { properties: null } },
    { if: unknownIf, then: { properties: { tag: null } } },
  ];
  for (const tag of [{ type: 'string' }, null, ['if'], 'if']) {
    const schema = { $defs: { element: { properties: { tag }, allOf: [caseItem, ...strange] } } };
    const before = JSON.stringify(schema);
    const out = withTagDispatch(schema) as { $defs: { element: Record<string, unknown> } };
    assert.equal(JSON.stringify(schema), before);
    assert.deepEqual(out.$defs.element[TAG_CASES], { a: { $ref: '#/$defs/a' } }, JSON.stringify(tag));
    assert.deepEqual(out.$defs.element.allOf, strange, JSON.stringify(tag));
    assert.deepEqual(out.$defs.element.properties, { tag }, JSON.stringify(tag));
  }
});

test('a `tag` property with a condition of its own, even only an `if`, takes no fold', () => {
  const schema = {
    $defs: {
      element: {
        properties: { tag: { type: 'string', if: { minLength: 1 } } },
        allOf: [
          { if: { properties: { tag: { const: 'a' } }, required: ['tag'] }, then: {} },
          {
            if: { properties: { tag: { type: 'string', not: { enum: ['a'] } } }, required: ['tag'] },
            then: { properties: { tag: { enum: ['a'] } } },
          },
        ],
      },
    },
  };
  const out = withTagDispatch(schema) as { $defs: { element: Record<string, unknown> } };
  assert.deepEqual(out.$defs.element.properties, schema.$defs.element.properties);
  assert.deepEqual(out.$defs.element.allOf, [schema.$defs.element.allOf[1]]);
});
