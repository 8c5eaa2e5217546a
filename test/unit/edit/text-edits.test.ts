// The text side of edit/jsonEdits.ts: the formatting a file is guessed to use, applying edits, the one
// minimal edit between two texts (never inside a surrogate pair) and edits into a card held in a JSON string.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applyEdits,
  changedRange,
  detectFormatting,
  minimalEdit,
  replaceInCard,
  replaceRange,
} from '../../../server/src/card/edit/jsonEdits';
import { parseCard } from '../../../server/src/card/parse/parse';

test('detectFormatting: the indent unit is the common divisor of the indents, tabs win, else two spaces', () => {
  assert.deepEqual(detectFormatting('{\n    "a": {\n        "b": 1\n    }\n}'), {
    insertSpaces: true,
    tabSize: 4,
    eol: '\n',
  });
  assert.deepEqual(detectFormatting('{\n  "a": {\n      "b": 1\n  }\n}'), {
    insertSpaces: true,
    tabSize: 2,
    eol: '\n',
  });
  assert.deepEqual(detectFormatting('{\n   "a": 1\n}'), { insertSpaces: true, tabSize: 3, eol: '\n' });
  assert.deepEqual(detectFormatting('{\n        "a": 1\n}'), { insertSpaces: true, tabSize: 8, eol: '\n' });
  // Wider than 8, or no indented line at all: two spaces.
  assert.deepEqual(detectFormatting('{\n          "a": 1\n}'), { insertSpaces: true, tabSize: 2, eol: '\n' });
  assert.deepEqual(detectFormatting('{"a":1}'), { insertSpaces: true, tabSize: 2, eol: '\n' });
  assert.deepEqual(detectFormatting('{\n  "a": {\n\t"b": 1\n  }\n}'), {
    insertSpaces: false,
    tabSize: 4,
    eol: '\n',
  });
  // Only lines that start a key or a bracket count (not continued strings or numbers in a list).
  assert.deepEqual(detectFormatting('{\n    "a": [\n       1,\n       2\n    ]\n}'), {
    insertSpaces: true,
    tabSize: 4,
    eol: '\n',
  });
  assert.deepEqual(detectFormatting('[\n  {\n  }\n]').tabSize, 2);
});

test('detectFormatting: line ends CRLF, LF or lone CR', () => {
  assert.equal(detectFormatting('{\r\n  "a": 1\r\n}').eol, '\r\n');
  assert.equal(detectFormatting('{\n  "a": 1\r\n}').eol, '\r\n');
  assert.equal(detectFormatting('{\r  "a": 1\r}').eol, '\r');
  assert.equal(detectFormatting('{\r  "a": 1\n}').eol, '\n');
  assert.equal(detectFormatting('{"a":1}').eol, '\n');
});

test('detectFormatting: the first 64 KB decide, and each answer is a fresh object', () => {
  const head = '{\n    "a": 1,\n' + '    "b": "' + 'x'.repeat(70 * 1024) + '",\n';
  assert.deepEqual(detectFormatting(head + '\t"c": 1\r\n}'), { insertSpaces: true, tabSize: 4, eol: '\n' });
  assert.deepEqual(detectFormatting('{\n\t"c": 1\r\n}'), { insertSpaces: false, tabSize: 4, eol: '\r\n' });
  const first = detectFormatting('{\n  "a": 1\n}');
  first.tabSize = 7;
  assert.equal(detectFormatting('{\n  "a": 1\n}').tabSize, 2);
});

test('applyEdits applies non-overlapping edits in any order; replaceRange is one edit', () => {
  const text = 'abcdef';
  assert.equal(
    applyEdits(text, [
      { offset: 0, length: 1, newText: 'A' },
      { offset: 4, length: 2, newText: '' },
      { offset: 2, length: 0, newText: '-' },
    ]),
    'Ab-cd',
  );
  assert.equal(applyEdits(text, []), text);
  assert.deepEqual(replaceRange(2, 5, 'X'), [{ offset: 2, length: 3, newText: 'X' }]);
  assert.equal(applyEdits(text, replaceRange(2, 5, 'X')), 'abXf');
});

test('minimalEdit: nothing for equal texts, else the one range that differs', () => {
  assert.deepEqual(minimalEdit('{"a":1}', '{"a":1}'), []);
  assert.deepEqual(minimalEdit('{"a":1}', '{"a":12}'), [{ offset: 6, length: 0, newText: '2' }]);
  assert.deepEqual(minimalEdit('{"a":1,"b":2}', '{"a":1}'), [{ offset: 6, length: 6, newText: '' }]);
  assert.deepEqual(changedRange('abc', 'xbc'), { offset: 0, length: 1, newText: 'x' });
  assert.deepEqual(changedRange('abc', 'abx'), { offset: 2, length: 1, newText: 'x' });
  assert.deepEqual(changedRange('aaa', 'aaaa'), { offset: 3, length: 0, newText: 'a' });
  assert.deepEqual(changedRange('', 'a'), { offset: 0, length: 0, newText: 'a' });
});

test('changedRange over long texts: blocks on both sides, the same answer as character by character', () => {
  const long = 'x'.repeat(5000);
  for (const [before, after] of [
    [long + 'A' + long, long + 'BC' + long],
    [long, long + 'y'],
    ['y' + long, long],
    [long + 'A' + long.slice(0, 1500), long + long.slice(0, 1500)],
    ['a'.repeat(1024) + 'b'.repeat(1024), 'a'.repeat(1024) + 'c' + 'b'.repeat(1024)],
  ]) {
    const edit = changedRange(before, after);
    assert.equal(applyEdits(before, [edit]), after);
    assert.ok(
      edit.length + edit.newText.length <= Math.abs(before.length - after.length) + 4,
      JSON.stringify(edit).slice(0, 80),
    );
  }
  assert.deepEqual(changedRange(long + 'A' + long, long + 'BC' + long), {
    offset: 5000,
    length: 1,
    newText: 'BC',
  });
});

test('changedRange never cuts a surrogate pair', () => {
  // Same high surrogate, different low one: the edit starts before the pair.
  assert.deepEqual(changedRange('a\u{1F600}b', 'a\u{1F601}b'), {
    offset: 1,
    length: 2,
    newText: '\u{1F601}',
  });
  // Different high surrogate, same low one: the edit ends after the pair.
  assert.deepEqual(changedRange('a\ud83d\ude00b', 'a\ud83e\ude00b'), {
    offset: 1,
    length: 2,
    newText: '\ud83e\ude00',
  });
  // Whole characters: nothing to widen.
  assert.deepEqual(changedRange('\u{1F600}a', '\u{1F600}b'), { offset: 2, length: 1, newText: 'b' });
  assert.deepEqual(changedRange('a\u{1F600}', 'b\u{1F600}'), { offset: 0, length: 1, newText: 'b' });
});

test('replaceInCard: card offsets into file offsets, escaped inside a content string', () => {
  const bare = parseCard('{"elements":[{"tag":"hr"}]}');
  assert.deepEqual(replaceInCard(bare, 1, 11, '"x": "y"'), [{ offset: 1, length: 10, newText: '"x": "y"' }]);
  const file = '{"msg_type":"interactive","content":"{\\"elements\\":[{\\"tag\\":\\"hr\\"}]}"}';
  const wrapped = parseCard(file);
  assert.equal(wrapped.wrapper, 'content-string');
  assert.equal(wrapped.text.slice(1, 11), '"elements"');
  const edits = replaceInCard(wrapped, 1, 11, '"x": "y"');
  assert.equal(
    applyEdits(file, edits),
    '{"msg_type":"interactive","content":"{\\"x\\": \\"y\\":[{\\"tag\\":\\"hr\\"}]}"}',
  );
});
