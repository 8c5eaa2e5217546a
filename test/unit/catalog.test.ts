// The catalog and the generated schema agree both ways (tags, properties, enums), the checked-in schema is
// current, and the catalog itself is complete enough for hover and completion (descriptions in both languages).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv';
import { catalog, type PropertySpec } from '../../server/src/card/catalog/catalog';
import { componentDefName, schemaFromCatalog } from '../../server/src/card/catalog/schemaFromCatalog';
import { SCHEMA_FILE, schemaText } from '../../scripts/gen-schema';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const schema = schemaFromCatalog(catalog) as Schema;
const defs = schema.$defs as Record<string, Schema>;

const EXPECTED_TAGS = [
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
  'audio',
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

test('the checked-in schema equals the generator output (run `npm run gen:schema`)', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), schemaText());
});

test('the schema compiles in ajv (draft-07) and has an $id', () => {
  const ajv = new Ajv({ strict: true, strictTypes: false, allowUnionTypes: true });
  assert.doesNotThrow(() => ajv.compile(schema));
  assert.match(String(schema.$id), /^https:\/\//);
});

test('the catalog has exactly the JSON 2.0 components', () => {
  assert.deepEqual(Object.keys(catalog.components).sort(), [...EXPECTED_TAGS].sort());
});

test('every catalog tag has a component definition and a dispatch branch, and nothing else does', () => {
  const dispatched = (defs.element.allOf as Schema[])
    .map((branch) => branch.if?.properties?.tag?.const)
    .filter((tag): tag is string => typeof tag === 'string');
  assert.deepEqual(dispatched.sort(), [...EXPECTED_TAGS].sort());
  const componentDefs = Object.keys(defs).filter((name) => name.startsWith('component_'));
  assert.deepEqual(componentDefs.sort(), EXPECTED_TAGS.map(componentDefName).sort());
  for (const name of Object.keys(defs)) {
    assert.ok(
      name === 'element' || name.startsWith('component_') || name in catalog.definitions,
      `schema definition ${name} has no catalog source`,
    );
  }
});

test('component properties, enums and required lists agree both ways', () => {
  for (const [tag, spec] of Object.entries(catalog.components)) {
    const def = defs[componentDefName(tag)];
    assert.equal(def.additionalProperties, false, `${tag} must be closed`);
    const expected = { ...catalog.commonProperties, ...spec.properties };
    assert.deepEqual(Object.keys(def.properties).sort(), Object.keys(expected).sort(), `${tag} properties`);
    assert.equal(def.properties.tag.const, tag);
    for (const [name, prop] of Object.entries(spec.properties)) {
      const generated = def.properties[name] as Schema;
      if (prop.enum) assert.deepEqual(generated.enum, prop.enum, `${tag}.${name} enum`);
      else assert.equal(generated.enum, undefined, `${tag}.${name} has no enum in the catalog`);
      if (prop.type) assert.deepEqual(generated.type, prop.type, `${tag}.${name} type`);
      if (prop.$ref) assert.equal(generated.$ref, prop.$ref, `${tag}.${name} $ref`);
      if (prop.legacy) assert.equal(generated.deprecated, true, `${tag}.${name} is legacy`);
    }
    const required = Object.entries(expected)
      .filter(([, p]) => p.required === true)
      .map(([n]) => n);
    assert.deepEqual([...(def.required ?? [])].sort(), required.sort(), `${tag} required`);
  }
});

test('every $ref in the schema resolves', () => {
  const refs: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') refs.push(value);
        else walk(value);
      }
    }
  };
  walk(schema);
  for (const ref of refs) {
    const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
    assert.ok(name && name in defs, `unresolved ${ref}`);
  }
});

test('legacy 1.0 interaction props are known (not unknown properties) and marked legacy', () => {
  for (const name of ['value', 'url', 'multi_url']) {
    assert.equal(catalog.components.button.properties[name]?.legacy, true, `button.${name}`);
  }
  for (const tag of ['input', 'date_picker', 'picker_time', 'picker_datetime', 'overflow']) {
    assert.equal(catalog.components[tag].properties.value?.legacy, true, `${tag}.value`);
  }
});

test('catalog facts are consistent: categories, behaviors, slots, placement, aliases, docs', () => {
  const tags = new Set(Object.keys(catalog.components));
  for (const [tag, spec] of Object.entries(catalog.components)) {
    assert.ok(['container', 'display', 'interactive'].includes(spec.category), tag);
    assert.ok(spec.description.en && spec.description.zh, `${tag} description`);
    assert.match(
      spec.docs,
      /^card-json-v2-components\/(containers|content-components|interactive-components)\//,
    );
    for (const b of spec.behaviors) assert.ok(['open_url', 'callback'].includes(b), `${tag} behavior ${b}`);
    assert.equal(
      spec.behaviors.length > 0,
      'behaviors' in spec.properties,
      `${tag}: behaviors list vs property`,
    );
    for (const slot of spec.slots ?? []) {
      for (const allowed of slot.allow ?? []) assert.ok(tags.has(allowed), `${tag} slot allows ${allowed}`);
    }
    for (const forbidden of spec.forbiddenDescendants ?? [])
      assert.ok(tags.has(forbidden), `${tag} forbids ${forbidden}`);
    if (spec.category === 'container')
      assert.equal(typeof spec.countsForNesting, 'boolean', `${tag} countsForNesting`);
    if (spec.callsBackByDefault) assert.ok(spec.behaviors.includes('callback'), `${tag} calls back`);
  }
  assert.equal(catalog.components.checker.callsBackByDefault, false);
  assert.deepEqual(catalog.components.checker.behaviors, ['callback']);
  assert.ok(
    catalog.components.multi_select_static.formOnly && catalog.components.multi_select_person.formOnly,
  );
  assert.ok(catalog.components.form.rootOnly && catalog.components.table.rootOnly);
  for (const [alias, target] of Object.entries(catalog.aliases)) {
    assert.ok(tags.has(target), `alias ${alias} → ${target}`);
    assert.ok(!tags.has(alias), `alias ${alias} shadows a real tag`);
  }
  assert.equal(catalog.aliases.textarea, 'input');
  assert.equal(catalog.aliases.checkbox, 'checker');
});

test('every property, nested ones included, is described in English and Chinese', () => {
  const check = (where: string, props: Record<string, PropertySpec> | undefined) => {
    for (const [name, prop] of Object.entries(props ?? {})) {
      assert.ok(
        prop.description?.en && prop.description?.zh,
        `${where}.${name} needs en and zh descriptions`,
      );
      check(`${where}.${name}`, prop.properties as Record<string, PropertySpec> | undefined);
      const items = prop.items as PropertySpec | undefined;
      check(`${where}.${name}[]`, items?.properties as Record<string, PropertySpec> | undefined);
    }
  };
  check('common', catalog.commonProperties);
  for (const [tag, spec] of Object.entries(catalog.components)) check(tag, spec.properties);
  for (const [name, def] of Object.entries(catalog.definitions)) {
    check(`$defs.${name}`, (def as PropertySpec).properties as Record<string, PropertySpec> | undefined);
  }
});
