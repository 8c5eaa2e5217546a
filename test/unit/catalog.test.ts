// The 2.0 catalog: the drift tests it shares with the 1.0 catalog (test/support/catalogDrift.ts: the generated
// schema agrees both ways, the checked-in schema is current, everything is described in both languages), and the
// catalog facts hover, completion and the rules rely on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalog } from '../../server/src/card/catalog/catalog';
import { schemaFromCatalog } from '../../server/src/card/catalog/schemaFromCatalog';
import { SCHEMA_FILE } from '../../scripts/gen-schema';
import { catalogDriftTests, type Schema } from '../support/catalogDrift';

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

const schema = schemaFromCatalog(catalog) as Schema;
catalogDriftTests({ version: '2.0', catalog, schema, schemaFile: SCHEMA_FILE, expectedTags: EXPECTED_TAGS });

test('the 2.0 schema has an https $id', () => {
  assert.match(String(schema.$id), /^https:\/\//);
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
