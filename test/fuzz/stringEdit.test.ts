// Property-based check of the in-place re-parse after an edit inside one string value (parse/stringEdit.ts):
// whenever it takes an edit, the tree it leaves must be the very tree a full parse of the new text builds
// (offsets, lengths, colon offsets, values, parents), with the same components and the same findings; and it
// must take the typical edit (a plain character typed into a plain text) rather than always giving up.
// Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>].
import fc from 'fast-check';
import assert from 'node:assert/strict';
import type { Node } from 'jsonc-parser';
import { test } from 'node:test';
import { withTree } from '../support/cardWithTree';
import { reparseStringEdit } from '../../server/src/card/parse/stringEdit';
import { assertMovedEqualsFullParse } from '../support/movedTree';
import { documentText, runParameters } from './cards';

function stringNodes(node: Node | undefined, out: Node[] = []): Node[] {
  if (!node) return out;
  if (node.type === 'string') out.push(node);
  for (const child of node.children ?? []) stringNodes(child, out);
  return out;
}

const replacement = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '9', '中', '😀', '"', '\\', '\n', '{', '$'),
  maxLength: 4,
});

test('an edit inside one string: the moved tree equals a full parse of the new text', () => {
  let taken = 0;
  fc.assert(
    fc.property(
      documentText,
      fc.nat(),
      fc.nat(),
      fc.nat(4),
      replacement,
      (text, pick, at, removed, inserted) => {
        const before = withTree(text);
        const strings = stringNodes(before.root);
        if (strings.length === 0) return;
        const target = strings[pick % strings.length];
        const inner = Math.max(0, target.length - 2);
        const offset = target.offset + 1 + (inner ? at % (inner + 1) : 0);
        const length = Math.min(removed, target.offset + target.length - 1 - offset);
        const after = text.slice(0, offset) + inserted + text.slice(offset + length);
        const edit = { offset, length, newText: inserted };
        if (assertMovedEqualsFullParse(after, () => reparseStringEdit(before, after, edit))) taken++;
      },
    ),
    runParameters(1500),
  );
  // Whether the path is exercised at all, not how often: over thirteen seeds it was taken 49 to 81 times in
  // 1,500 runs, so the bound sits far below that (it was 50, which one of those seeds failed).
  assert.ok(taken > 20, `the in-place path was taken only ${taken} times`);
});

test('typing a letter into a markdown text takes the in-place path; a quote or a tag edit does not', () => {
  const text = JSON.stringify(
    { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'hello' }] } },
    null,
    2,
  );
  const at = text.indexOf('hello') + 2;
  const typed = text.slice(0, at) + 'x' + text.slice(at);
  assert.ok(reparseStringEdit(withTree(text), typed, { offset: at, length: 0, newText: 'x' }));
  const quoted = text.slice(0, at) + '"' + text.slice(at);
  assert.equal(reparseStringEdit(withTree(text), quoted, { offset: at, length: 0, newText: '"' }), undefined);
  const tagAt = text.indexOf('markdown') + 2;
  const tagEdit = text.slice(0, tagAt) + 'x' + text.slice(tagAt);
  assert.equal(
    reparseStringEdit(withTree(text), tagEdit, { offset: tagAt, length: 0, newText: 'x' }),
    undefined,
  );
});
