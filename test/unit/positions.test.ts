// Diagnostics get their positions from one pass over the text (lsp/positions.ts) instead of the document's
// line index: every offset must land where TextDocument.positionAt puts it, with LF, CR LF, lone CR,
// offsets inside a CR LF pair, out of range, repeated and unsorted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionsAt } from '../../server/src/lsp/positions';

const UNITS = ['a', '{', '"', '\n', '\r\n', '\r', '😀', ' ', '\n\n', '\r\r'];

/** A small deterministic generator, so a failure replays. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

test('every offset gets the position TextDocument.positionAt gives', () => {
  const random = generator(7);
  for (let run = 0; run < 2000; run++) {
    let text = '';
    const length = Math.floor(random() * (run % 10 === 0 ? 400 : 30));
    for (let i = 0; i < length; i++) text += UNITS[Math.floor(random() * UNITS.length)];
    const offsets = Array.from(
      { length: Math.floor(random() * 12) },
      () => Math.floor(random() * (text.length + 6)) - 3,
    );
    const document = TextDocument.create('file:///t.json', 'json', 1, text);
    assert.deepEqual(
      positionsAt(text, offsets),
      offsets.map((offset) => document.positionAt(offset)),
      `${JSON.stringify(text)} at ${offsets.join(',')}`,
    );
  }
});

test('no offsets, an empty text, offsets past the end', () => {
  assert.deepEqual(positionsAt('abc\n', []), []);
  assert.deepEqual(positionsAt('', [0, 5]), [
    { line: 0, character: 0 },
    { line: 0, character: 0 },
  ]);
  assert.deepEqual(positionsAt('a\r\nb', [99, 2, 3]), [
    { line: 1, character: 1 },
    { line: 0, character: 1 },
    { line: 1, character: 0 },
  ]);
});
