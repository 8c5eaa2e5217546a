// A whole new text from the client is narrowed to the one range that changed (lsp/editLog.ts): applying
// that edit to the old text must give the new text exactly, and the range must not split a surrogate pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedRange } from '../../server/src/card/edit/jsonEdits';

const UNITS = ['a', 'b', '{', '"', '\n', '\r\n', '😀', '中', ' '];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += UNITS[Math.floor(random() * UNITS.length)];
  return text;
}

/** A small deterministic generator, so a failure replays. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

test('the narrowed edit turns the old text into the new one, around block boundaries too', () => {
  const random = generator(15);
  for (let run = 0; run < 3000; run++) {
    // Long texts with a change somewhere cross the 1024-character blocks compared at once.
    const before = randomText(random, run % 3 === 0 ? 3000 : Math.floor(random() * 40));
    const at = Math.floor(random() * (before.length + 1));
    const removed = Math.floor(random() * 5);
    const after =
      before.slice(0, at) + randomText(random, Math.floor(random() * 4)) + before.slice(at + removed);
    const edit = changedRange(before, after);
    const applied = before.slice(0, edit.offset) + edit.newText + before.slice(edit.offset + edit.length);
    assert.equal(applied, after, JSON.stringify({ before, after, edit }));
    const low = (text: string, i: number) => text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
    assert.ok(!low(before, edit.offset), 'the edit starts on a whole character');
    assert.ok(!low(before, edit.offset + edit.length), 'the edit ends on a whole character');
  }
});

test('only the change is replaced: the common start and end are kept', () => {
  const before = 'x'.repeat(5000) + 'hello' + 'y'.repeat(5000);
  assert.deepEqual(changedRange(before, before.replace('hello', 'help')), {
    offset: 5003,
    length: 2,
    newText: 'p',
  });
  assert.deepEqual(changedRange(before, before), { offset: before.length, length: 0, newText: '' });
});
