// Property-based check of the in-place re-parse of whitespace edits between tokens (parse/treeEdit.ts):
// whenever it takes an edit, the tree must be the very tree a full parse of the new text builds (offsets,
// lengths, colon offsets, values, parents), with the same components and the same findings; it must refuse
// whitespace typed inside a token, and take the common edit (a new line or an indent) rather than always
// giving up. Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>].
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintCard } from '../../server/src/card/lint/engine';
import { parseCard } from '../../server/src/card/parse/parse';
import { withTree } from '../support/cardWithTree';
import { reparseEdit } from '../../server/src/card/parse/treeEdit';
import { assertMovedEqualsFullParse } from '../support/movedTree';
import { documentText, runParameters } from './cards';

const whitespace = fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\r\n', '  '), maxLength: 4 });

/** Length of the run of JSON whitespace at `offset`, up to `max`. */
function whitespaceRun(text: string, offset: number, max: number): number {
  let n = 0;
  while (n < max && /[ \t\n\r]/.test(text[offset + n] ?? '')) n++;
  return n;
}

test('whitespace inserted or removed anywhere: the moved tree equals a full parse of the new text', () => {
  let taken = 0;
  fc.assert(
    fc.property(documentText, fc.nat(), fc.nat(3), whitespace, (text, at, removed, inserted) => {
      const before = withTree(text);
      const offset = text.length ? at % (text.length + 1) : 0;
      // Only whitespace is removed (what follows the offset, if it is whitespace at all).
      const length = whitespaceRun(text, offset, removed);
      const after = text.slice(0, offset) + inserted + text.slice(offset + length);
      const edit = { offset, length, newText: inserted };
      if (assertMovedEqualsFullParse(after, () => reparseEdit(before, after, edit))) taken++;
    }),
    runParameters(1500),
  );
  assert.ok(taken > 50, `the in-place path was taken only ${taken} times`);
});

test('a new line between properties is moved in place; a space inside a number, a key or a tag is not', () => {
  const text = JSON.stringify(
    { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'hello', margin: '12px' }] } },
    null,
    2,
  );
  const comma = text.indexOf('"hello",') + '"hello",'.length;
  assert.ok(
    reparseEdit(withTree(text), text.slice(0, comma) + '\n' + text.slice(comma), {
      offset: comma,
      length: 0,
      newText: '\n',
    }),
  );
  const numeric = JSON.stringify({ schema: '2.0', body: { elements: [], padding: 12 } });
  const digit = numeric.indexOf('12') + 1;
  for (const [source, at] of [
    [numeric, digit],
    [text, text.indexOf('"content"') + 3],
    [text, text.indexOf('markdown') + 3],
  ] as const) {
    const spaced = source.slice(0, at) + ' ' + source.slice(at);
    assert.equal(reparseEdit(withTree(source), spaced, { offset: at, length: 0, newText: ' ' }), undefined);
  }
  // A card with comments is never moved for whitespace: a line break inside a line comment would end it.
  const commented = '{"schema": "2.0", // a b\n"body": {"elements": []}}';
  const inComment = commented.indexOf('a b') + 1;
  const broken = commented.slice(0, inComment) + '\n' + commented.slice(inComment);
  assert.equal(
    reparseEdit(withTree(commented), broken, { offset: inComment, length: 0, newText: '\n' }),
    undefined,
  );
});

test('a space before a byte-order mark is not moved in place: the mark becomes a stray symbol', () => {
  const text = '\ufeff{"schema":"2.0","body":{"elements":[]}}';
  const after = ' ' + text;
  assert.equal(reparseEdit(withTree(text), after, { offset: 0, length: 0, newText: ' ' }), undefined);
  assert.ok(lintCard(parseCard(after)).some((f) => f.ruleId === 'json-syntax'));
});
