// The JSON 1.0 catalog (schemas/components-1.0.json): the drift tests it shares with the 2.0 catalog
// (test/support/catalogDrift.ts: the generated schema agrees both ways, the checked-in
// schemas/card-1.0.schema.json is current, everything is described in both languages), and the 1.0 facts the
// rules rely on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogV1 } from '../../server/src/card/catalog/catalog';
import { schemaFromCatalog } from '../../server/src/card/catalog/schemaFromCatalog';
import { SCHEMA_FILE_V1 } from '../../scripts/gen-schema';
import { catalogDriftTests, type Schema } from '../support/catalogDrift';

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

const schema = schemaFromCatalog(catalogV1) as Schema;
catalogDriftTests({
  version: '1.0',
  catalog: catalogV1,
  schema,
  schemaFile: SCHEMA_FILE_V1,
  expectedTags: EXPECTED_TAGS,
});

test('the 1.0 schema has its own $id and title', () => {
  assert.match(String(schema.$id), /card-1\.0\.schema\.json$/);
  assert.equal(schema.title, 'Feishu / Lark card JSON 1.0');
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
