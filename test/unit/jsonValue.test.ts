import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printValue, valueDepth } from '../../server/src/card/parse/jsonValue';

test('valueDepth counts containers without recursion and stops past the limit', () => {
  assert.equal(valueDepth(1), 0);
  assert.equal(valueDepth({}), 1);
  assert.equal(valueDepth([[], { a: [1] }]), 3);
  const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
  assert.equal(valueDepth(deep), 100_000);
  assert.equal(valueDepth(deep, 10), 11);
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  assert.ok(valueDepth(cycle) > 1000);
});

test('printValue refuses what is too deep, prints compact what would be too large indented', () => {
  assert.deepEqual(printValue(JSON.parse('['.repeat(300) + ']'.repeat(300))), {
    ok: false,
    reason: 'too-deep',
    depth: 257,
  });
  assert.deepEqual(printValue({ a: [1] }), { ok: true, text: '{\n  "a": [\n    1\n  ]\n}', pretty: true });
  const big = printValue({ a: 'x'.repeat(1000) }, 256, 100);
  assert.deepEqual(big, { ok: true, text: JSON.stringify({ a: 'x'.repeat(1000) }), pretty: false });
});
