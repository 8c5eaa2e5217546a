// The interaction layer's one test for a JSON object: not null, not a list, not a primitive.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asRecord, isRecord } from '../../../server/src/card/interaction/record';

test('only a non-null, non-list object is a record', () => {
  for (const value of [{}, { a: 1 }, Object.create(null)]) assert.equal(isRecord(value), true);
  for (const value of [null, undefined, [], [{}], 'x', 1, true, () => {}])
    assert.equal(isRecord(value), false);
});

test('asRecord gives the object itself, else undefined', () => {
  const value = { a: 1 };
  assert.equal(asRecord(value), value);
  assert.equal(asRecord([1]), undefined);
  assert.equal(asRecord(null), undefined);
});
