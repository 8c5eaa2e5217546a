// The one check both in-place re-parse fuzz tests (test/fuzz/stringEdit, treeEdit) make of a tree moved after an
// edit: it must be what a full parse of the new text gives — the same text, tree, components and findings.
// Shared so the two re-parse paths are held to the same promise.
import assert from 'node:assert/strict';
import { lintCard } from '../../server/src/card/lint/engine';
import type { CardDocument } from '../../server/src/card/parse/model';
import { parseCard } from '../../server/src/card/parse/parse';
import { assertSameTree } from './sameTree';

/**
 * Parses and lints `after` in full, then runs `move` (the in-place re-parse of the edit that made `after`) and, if
 * it took the edit, fails at the first difference. Returns whether it took the edit.
 */
export function assertMovedEqualsFullParse(after: string, move: () => CardDocument | undefined): boolean {
  const full = parseCard(after);
  const expectedFindings = JSON.stringify(lintCard(full));
  const moved = move();
  if (!moved) return false;
  assert.equal(moved.text, after);
  assertSameTree(moved.root!, full.root!);
  assert.deepEqual(
    moved.components.map((c) => [c.tag, c.path.join('/'), c.node.offset, c.node.length]),
    full.components.map((c) => [c.tag, c.path.join('/'), c.node.offset, c.node.length]),
  );
  assert.equal(JSON.stringify(lintCard(moved)), expectedFindings);
  return true;
}
