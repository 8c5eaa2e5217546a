// The schema generator (catalog/schemaFromCatalog.ts) on small made-up schemas and catalogs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertSchema } from '../../../server/src/card/catalog/schemaFromCatalog';

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
