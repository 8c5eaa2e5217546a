// Compares a tree built by the strict-JSON fast path (server/src/card/parse/jsonTree.ts) with jsonc-parser's.
import assert from 'node:assert/strict';
import type { Node } from 'jsonc-parser';

/** Walks both trees together; fails at the first difference, naming where it is. */
export function assertSameTree(actual: Node, expected: Node, where = '$'): void {
  // Same own keys in the same order: same fields (the root has no `parent` at all), same object shape.
  assert.deepEqual(Object.keys(actual), Object.keys(expected), `keys at ${where}`);
  for (const field of ['type', 'offset', 'length', 'colonOffset', 'value'] as const) {
    // strictEqual compares with Object.is: -0 and 0 differ.
    assert.equal(actual[field], expected[field], `${field} at ${where}`);
  }
  assert.equal(actual.children?.length, expected.children?.length, `children at ${where}`);
  actual.children?.forEach((child, i) => {
    assert.equal(child.parent, actual, `parent of ${where}[${i}]`);
    assertSameTree(child, expected.children![i], `${where}[${i}]`);
  });
}
