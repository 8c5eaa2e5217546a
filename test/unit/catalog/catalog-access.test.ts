// Typed access to the two catalogs (catalog/catalog.ts): each lookup reads the catalog of the version it
// names, unknown and inherited names are no components, and properties include the common ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allTags,
  catalog,
  catalogFor,
  catalogV1,
  componentSpec,
  docsUrl,
  propertiesOf,
  removedInV2,
} from '../../../server/src/card/catalog/catalog';

test('each version reads its own catalog; anything but v1 is 2.0', () => {
  assert.equal(catalogFor('v1'), catalogV1);
  assert.equal(catalogFor('v2'), catalog);
  assert.equal(catalogFor('not-card'), catalog);
  assert.equal(catalogV1.version, '1.0');
  assert.deepEqual(allTags('v1'), Object.keys(catalogV1.components));
  assert.deepEqual(allTags('v2'), Object.keys(catalog.components));
  assert.notDeepEqual(allTags('v1'), allTags('v2'));
});

test('componentSpec: the tag of that version, nothing for unknown, missing or inherited names', () => {
  assert.equal(componentSpec('action', 'v1'), catalogV1.components.action);
  assert.equal(componentSpec('action', 'v2'), undefined);
  assert.equal(componentSpec('markdown', 'v2'), catalog.components.markdown);
  for (const tag of [undefined, '', 'no_such_tag', 'toString', '__proto__', 'constructor'])
    assert.equal(componentSpec(tag, 'v2'), undefined, String(tag));
});

test('propertiesOf: the common properties and the component’s own; only the common ones for unknown tags', () => {
  const button = propertiesOf('button', 'v2');
  for (const key of Object.keys(catalog.commonProperties)) assert.ok(key in button, key);
  for (const [key, spec] of Object.entries(catalog.components.button.properties))
    assert.equal(button[key], spec, key);
  assert.deepEqual(propertiesOf('no_such_tag', 'v2'), catalog.commonProperties);
  assert.notEqual(propertiesOf('no_such_tag', 'v2'), catalog.commonProperties);
  assert.deepEqual(
    Object.keys(propertiesOf('action', 'v1')).sort(),
    [
      ...new Set([
        ...Object.keys(catalogV1.commonProperties),
        ...Object.keys(catalogV1.components.action.properties),
      ]),
    ].sort(),
  );
});

test('removed 1.0 tags come from the 2.0 catalog; docs paths below the docs base, full URLs as they are', () => {
  assert.equal(removedInV2(), catalog.removedInV2);
  assert.ok(Object.keys(removedInV2()).length > 0);
  assert.equal(docsUrl('card-json-v2-structure'), catalog.docsBase + 'card-json-v2-structure');
  assert.equal(docsUrl('https://open.feishu.cn/x'), 'https://open.feishu.cn/x');
  assert.equal(docsUrl('http://e.com/y'), 'http://e.com/y');
});

test('componentSpec: a tag that is no string is no component, even a prototype-less object', () => {
  const objectTag = Object.create(null) as unknown as string;
  assert.equal(componentSpec(objectTag, 'v1'), undefined);
  assert.equal(componentSpec(undefined, 'v2'), undefined);
  assert.ok(componentSpec('button', 'v2'));
});
