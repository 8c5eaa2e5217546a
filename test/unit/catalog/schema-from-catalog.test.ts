// The schema generator (catalog/schemaFromCatalog.ts) on small made-up catalogs: every place a subschema can
// stand is converted from the catalog dialect, conditions stay open, other keywords' values are copied, and
// slots, comments and descriptions come out as the drift tests over the real catalogs cannot show (those
// only use what the real catalogs happen to hold).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Catalog, ComponentSpec } from '../../../server/src/card/catalog/catalog';
import { convertSchema, schemaFromCatalog } from '../../../server/src/card/catalog/schemaFromCatalog';

const en = (text: string) => ({ en: text, zh: `中文 ${text}` });

/** A catalog-dialect object schema: a required, described property. */
const dialect = () => ({ properties: { a: { type: 'string', required: true, description: en('A') } } });
/** What it becomes when it describes a shape: closed. */
const shape = {
  properties: { a: { type: 'string', description: 'A' } },
  required: ['a'],
  additionalProperties: false,
};
/** What it becomes as a condition: converted, but left open. */
const condition = { properties: { a: { type: 'string', description: 'A' } }, required: ['a'] };

test('every subschema keyword is converted; shapes are closed, conditions stay open', () => {
  for (const key of ['items', 'additionalProperties', 'then', 'else'])
    assert.deepEqual(convertSchema({ [key]: dialect() }), { [key]: shape }, key);
  for (const key of ['if', 'not', 'contains', 'propertyNames'])
    assert.deepEqual(convertSchema({ [key]: dialect() }), { [key]: condition }, key);
  for (const key of ['allOf', 'anyOf', 'oneOf'])
    assert.deepEqual(
      convertSchema({ [key]: [dialect(), { type: 'null' }] }),
      { [key]: [shape, { type: 'null' }] },
      key,
    );
  // Below a condition everything stays open, however deep.
  assert.deepEqual(convertSchema({ not: { items: dialect() } }), { not: { items: condition } });
});

test('a required list and required flags are joined, whichever key comes first, without repeats', () => {
  const expected = {
    properties: { a: {}, b: {} },
    required: ['b', 'a'],
    additionalProperties: false,
  };
  assert.deepEqual(
    convertSchema({ properties: { a: { required: true }, b: {} }, required: ['b'] }),
    expected,
  );
  assert.deepEqual(convertSchema({ required: ['b'], properties: { a: { required: true }, b: {} } }), {
    required: ['b', 'a'],
    properties: { a: {}, b: {} },
    additionalProperties: false,
  });
  assert.deepEqual(convertSchema({ required: ['a'], properties: { a: { required: true } } }), {
    required: ['a'],
    properties: { a: {} },
    additionalProperties: false,
  });
  // A list on an object without properties is kept; a flag alone on it means nothing there.
  assert.deepEqual(convertSchema({ required: ['x'] }), { required: ['x'] });
  assert.deepEqual(convertSchema({ required: true, type: 'string' }), { type: 'string' });
});

test('descriptions: an {en, zh} pair gives its English, anything else is copied as it is', () => {
  assert.deepEqual(convertSchema({ description: en('Text') }), { description: 'Text' });
  for (const description of ['plain', null, { en: 'only English' }, { zh: '只有中文' }])
    assert.deepEqual(convertSchema({ description }), { description }, JSON.stringify(description));
});

test('non-objects are subschemas as they are; the values of other keywords are never converted', () => {
  for (const value of [true, false, null, 'string', 3]) assert.equal(convertSchema(value), value);
  assert.deepEqual(convertSchema(['a', { required: true }]), ['a', { required: true }]);
  assert.deepEqual(convertSchema({ additionalProperties: true }), { additionalProperties: true });
  const values = {
    enum: [{ properties: { a: 1 } }, 'x'],
    examples: [{ description: en('e'), required: true }],
    default: { properties: {} },
  };
  assert.deepEqual(convertSchema(values), values);
  // A catalog-only flag becomes `deprecated`, and an explicit additionalProperties is kept.
  assert.deepEqual(convertSchema({ legacy: true, properties: {}, additionalProperties: true }), {
    properties: {},
    additionalProperties: true,
    deprecated: true,
  });
});

function component(spec: Partial<ComponentSpec>): ComponentSpec {
  return {
    category: 'container',
    description: en('component'),
    docs: 'x',
    behaviors: [],
    callsBackByDefault: false,
    properties: {},
    ...spec,
  };
}

function tinyCatalog(components: Record<string, ComponentSpec>): Catalog {
  return {
    version: '1.0',
    docsBase: 'https://example.invalid/',
    commonProperties: { tag: { description: en('tag') } },
    definitions: {},
    components,
    aliases: {},
  };
}

type Defs = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

test('slots: an allow list restricts the slot items, or the one component of a single slot', () => {
  const restricted = (tags: string[]) => ({
    allOf: [{ $ref: '#/$defs/element' }, { properties: { tag: { enum: tags } } }],
  });
  const schema = schemaFromCatalog(
    tinyCatalog({
      row: component({
        properties: {
          cells: { type: 'array', description: en('cells'), items: { $ref: '#/$defs/element' } },
          area: {
            type: 'object',
            description: en('area'),
            properties: { buttons: { type: 'array', description: en('b') } },
          },
          extra: { description: en('one'), $ref: '#/$defs/element' },
          free: { type: 'array', description: en('free'), items: { $ref: '#/$defs/element' } },
        },
        slots: [
          { path: ['cells'], allow: ['cell'] },
          { path: ['area', 'buttons'], allow: ['cell', 'row'] },
          { path: ['extra'], allow: ['cell'], single: true },
          { path: ['free'] },
          // Paths the properties do not have change nothing, single or not.
          { path: ['missing'], allow: ['cell'] },
          { path: ['missing'], allow: ['cell'], single: true },
          { path: ['nowhere', 'deep'], allow: ['cell'] },
        ],
      }),
      cell: component({ category: 'display' }),
    }),
  );
  const row = (schema.$defs as Defs).component_row.properties;
  assert.deepEqual(row.cells.items, restricted(['cell']));
  assert.deepEqual((row.area.properties as Defs[string]).buttons.items, restricted(['cell', 'row']));
  assert.deepEqual(row.extra, { description: 'one', ...restricted(['cell']) });
  assert.deepEqual(row.free.items, { $ref: '#/$defs/element' });
  assert.deepEqual(Object.keys(row).sort(), ['area', 'cells', 'extra', 'free', 'tag']);
});

test('a component $comment leads its definition; without one there is no $comment key', () => {
  const schema = schemaFromCatalog(
    tinyCatalog({
      noted: { ...component({}), $comment: 'uncertain fact' },
      plain: component({}),
    }),
  );
  const defs = schema.$defs as Record<string, Record<string, unknown>>;
  assert.equal(Object.keys(defs.component_noted)[0], '$comment');
  assert.equal(defs.component_noted.$comment, 'uncertain fact');
  assert.ok(!('$comment' in defs.component_plain));
  assert.match(String(schema.description), /JSON 1\.0\. Generated from schemas\/components-1\.0\.json/);
});
