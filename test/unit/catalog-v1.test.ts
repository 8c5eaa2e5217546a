// The JSON 1.0 catalog (schemas/components-1.0.json) and its generated schema agree both ways, the checked-in
// schemas/card-1.0.schema.json is current, and the 1.0 facts the rules rely on are in the catalog.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv';
import { catalogV1, type PropertySpec } from '../../server/src/card/catalog/catalog';
import { componentDefName, schemaFromCatalog } from '../../server/src/card/catalog/schemaFromCatalog';
import { SCHEMA_FILE_V1, schemaText } from '../../scripts/gen-schema';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const schema = schemaFromCatalog(catalogV1) as Schema;
const defs = schema.$defs as Record<string, Schema>;

/** Every 1.0 module and element of the 1.0 component overview, plus the action module and note. */
const EXPECTED_TAGS = [
  'action',
  'note',
  'column_set',
  'column',
  'form',
  'interactive_container',
  'collapsible_panel',
  'div',
  'markdown',
  'img',
  'img_combination',
  'person',
  'person_list',
  'chart',
  'table',
  'hr',
  'input',
  'button',
  'overflow',
  'select_static',
  'multi_select_static',
  'select_person',
  'multi_select_person',
  'date_picker',
  'picker_time',
  'picker_datetime',
  'select_img',
  'checker',
];

test('the checked-in 1.0 schema equals the generator output (run `npm run gen:schema`)', () => {
  assert.equal(readFileSync(SCHEMA_FILE_V1, 'utf8'), schemaText(catalogV1));
});

test('the 1.0 schema compiles in ajv (draft-07), has its own $id and title', () => {
  const ajv = new Ajv({ strict: true, strictTypes: false, allowUnionTypes: true });
  assert.doesNotThrow(() => ajv.compile(schema));
  assert.match(String(schema.$id), /card-1\.0\.schema\.json$/);
  assert.equal(schema.title, 'Feishu / Lark card JSON 1.0');
});

test('the 1.0 catalog has exactly the 1.0 components (no 2.0-only audio)', () => {
  assert.deepEqual(Object.keys(catalogV1.components).sort(), [...EXPECTED_TAGS].sort());
  const dispatched = (defs.element.allOf as Schema[])
    .map((branch) => branch.if?.properties?.tag?.const)
    .filter((tag): tag is string => typeof tag === 'string');
  assert.deepEqual(dispatched.sort(), [...EXPECTED_TAGS].sort());
});

test('1.0 component properties, enums and required lists agree both ways', () => {
  for (const [tag, spec] of Object.entries(catalogV1.components)) {
    const def = defs[componentDefName(tag)];
    assert.equal(def.additionalProperties, false, `${tag} is closed (unknown properties are found)`);
    const expected = { ...catalogV1.commonProperties, ...spec.properties };
    assert.deepEqual(Object.keys(def.properties).sort(), Object.keys(expected).sort(), `${tag} properties`);
    const single = new Set((spec.slots ?? []).filter((s) => s.single).map((s) => s.path.join('.')));
    for (const [name, prop] of Object.entries(spec.properties)) {
      const generated = def.properties[name] as Schema;
      if (prop.enum) assert.deepEqual(generated.enum, prop.enum, `${tag}.${name} enum`);
      if (prop.type) assert.deepEqual(generated.type, prop.type, `${tag}.${name} type`);
      if (single.has(name)) assert.ok(Array.isArray(generated.allOf), `${tag}.${name} restricted slot`);
      else if (prop.$ref) assert.equal(generated.$ref, prop.$ref, `${tag}.${name} $ref`);
    }
    const required = Object.entries(expected)
      .filter(([, p]) => p.required === true)
      .map(([n]) => n);
    assert.deepEqual([...(def.required ?? [])].sort(), required.sort(), `${tag} required`);
  }
});

test('1.0 facts: interaction properties are documented (not legacy), action placement, slots, forms', () => {
  const c = catalogV1.components;
  for (const name of ['value', 'url', 'multi_url', 'action_type', 'complex_interaction']) {
    assert.ok(c.button.properties[name], `button.${name}`);
    assert.notEqual(c.button.properties[name].legacy, true, `button.${name} is the 1.0 way`);
  }
  const atRoot = Object.keys(c).filter((tag) => c[tag].actionAtRoot);
  assert.deepEqual(atRoot.sort(), [
    'button',
    'date_picker',
    'input',
    'overflow',
    'picker_datetime',
    'picker_time',
    'select_person',
    'select_static',
  ]);
  assert.deepEqual(c.action.slots?.[0].path, ['actions']);
  assert.deepEqual(c.div.slots?.[0], { ...c.div.slots?.[0], path: ['extra'], single: true });
  assert.deepEqual(c.select_img.properties.style.enum, ['default', 'laser']);
  assert.ok(c.form.rootOnly);
  assert.ok(c.multi_select_static.formOnly && c.multi_select_person.formOnly);
  const behaviorTypes = (catalogV1.definitions.behavior as Schema).properties.type.enum;
  assert.deepEqual(behaviorTypes, ['open_url', 'callback', 'form_action']);
  assert.equal((catalogV1.definitions.config as Schema).properties.wide_screen_mode.legacy, true);
  const tags = new Set(Object.keys(c));
  for (const [tag, spec] of Object.entries(c)) {
    assert.ok(spec.description.en && spec.description.zh, `${tag} description`);
    assert.match(spec.docs, /^https:\/\/open\.feishu\.cn\/document\//, `${tag} docs`);
    for (const slot of spec.slots ?? [])
      for (const allowed of slot.allow ?? []) assert.ok(tags.has(allowed), `${tag} slot allows ${allowed}`);
  }
  for (const target of Object.values(catalogV1.aliases)) assert.ok(tags.has(target), `alias → ${target}`);
});

test('every 1.0 property, nested ones included, is described in English and Chinese', () => {
  const check = (where: string, props: Record<string, PropertySpec> | undefined) => {
    for (const [name, prop] of Object.entries(props ?? {})) {
      assert.ok(prop.description?.en && prop.description?.zh, `${where}.${name} needs en and zh`);
      check(`${where}.${name}`, prop.properties as Record<string, PropertySpec> | undefined);
      const items = prop.items as PropertySpec | undefined;
      check(`${where}.${name}[]`, items?.properties as Record<string, PropertySpec> | undefined);
    }
  };
  check('common', catalogV1.commonProperties);
  for (const [tag, spec] of Object.entries(catalogV1.components)) check(tag, spec.properties);
  for (const [name, def] of Object.entries(catalogV1.definitions)) {
    check(`$defs.${name}`, (def as PropertySpec).properties as Record<string, PropertySpec> | undefined);
  }
});
