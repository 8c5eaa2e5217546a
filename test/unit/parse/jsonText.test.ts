// Text helpers of the parser (server/src/card/parse/jsonText.ts), through their own interface: the nesting
// depth the size guard reads, JSON string decoding with its offset map (content-string cards report at the
// right place in the file), visible ranges, did-you-mean and the UTF-8 sizes the size rule reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compactJsonBytes,
  decodeJsonString,
  didYouMean,
  editDistance,
  maxNestingDepth,
  utf8Length,
  visibleRange,
} from '../../../server/src/card/parse/jsonText';

test('maxNestingDepth: counts objects and arrays, not brackets inside strings', () => {
  assert.equal(maxNestingDepth(''), 0);
  assert.equal(maxNestingDepth('1'), 0);
  assert.equal(maxNestingDepth('{}'), 1);
  assert.equal(maxNestingDepth('[]'), 1);
  assert.equal(maxNestingDepth('{"a":[{"b":[]}]}'), 4);
  assert.equal(maxNestingDepth('[[],[[]],[]]'), 3);
  // Brackets in strings, escaped quotes and backslashes do not count.
  assert.equal(maxNestingDepth('{"a":"[[[{{{"}'), 1);
  assert.equal(maxNestingDepth('{"a":"\\"[[["}'), 1);
  assert.equal(maxNestingDepth('{"a":"\\\\","b":[[]]}'), 3);
  // Closing brackets without opening ones never make the depth negative.
  assert.equal(maxNestingDepth(']]]}}[[1]]'), 2);
  assert.equal(maxNestingDepth('}{'), 1);
  // Both kinds of closing bracket end a level.
  assert.equal(maxNestingDepth('[{},{},{}]'), 2);
  assert.equal(maxNestingDepth('{"a":[],"b":[],"c":[]}'), 2);
});

test('maxNestingDepth: stops once past the limit, with a number above it', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  assert.equal(maxNestingDepth(deep), 100_000);
  assert.equal(maxNestingDepth(deep, 256), 257);
  assert.equal(maxNestingDepth('[[[]]]', 3), 3);
  assert.equal(maxNestingDepth('[[[]]]', 2), 3);
});

test('decodeJsonString: plain text maps each unit to its raw offset', () => {
  assert.deepEqual(decodeJsonString('"ab"'), { value: 'ab', offsets: [1, 2, 3] });
  assert.deepEqual(decodeJsonString('""'), { value: '', offsets: [1] });
});

test('decodeJsonString: short escapes decode to one unit at the backslash', () => {
  const { value, offsets } = decodeJsonString('"\\"\\\\\\/\\b\\f\\n\\r\\t"');
  assert.equal(value, '"\\/\b\f\n\r\t');
  assert.deepEqual(offsets, [1, 3, 5, 7, 9, 11, 13, 15, 17]);
});

test('decodeJsonString: \\u escapes in either case, a bad one kept as written', () => {
  assert.deepEqual(decodeJsonString('"\\u0041\\u00e9\\u00E9x"'), {
    value: 'Aééx',
    offsets: [1, 7, 13, 19, 20],
  });
  // Not four hex digits: the backslash stays, the rest is read as text.
  assert.deepEqual(decodeJsonString('"\\u00g1"'), { value: '\\u00g1', offsets: [1, 2, 3, 4, 5, 6, 7] });
  // An unknown escape keeps its backslash too, even before four hex digits.
  assert.deepEqual(decodeJsonString('"\\q"'), { value: '\\q', offsets: [1, 2, 3] });
  assert.equal(decodeJsonString('"\\x0041"').value, '\\x0041');
  // Fewer than four characters left: kept as written.
  assert.equal(decodeJsonString('"\\u41"').value, '\\u41');
  // The four digits are the ones right after `\u`, not any four further on.
  assert.equal(decodeJsonString('"\\u00g1 cafe"').value, '\\u00g1 cafe');
  // A lone surrogate stays one unit.
  assert.equal(decodeJsonString('"\\ud800"').value, '\ud800');
});

test('decodeJsonString: a literal without its closing quote decodes to its end', () => {
  assert.deepEqual(decodeJsonString('"ab'), { value: 'ab', offsets: [1, 2, 3] });
  assert.deepEqual(decodeJsonString('"'), { value: '', offsets: [1] });
  // A backslash at the very end has nothing to escape.
  assert.deepEqual(decodeJsonString('"a\\'), { value: 'a\\', offsets: [1, 2, 3] });
});

test('visibleRange: at least one character, never past the end', () => {
  assert.deepEqual(visibleRange(0, 0, 0), { start: 0, end: 0 });
  assert.deepEqual(visibleRange(5, 3, 0), { start: 0, end: 0 });
  assert.deepEqual(visibleRange(2, 3, 10), { start: 2, end: 5 });
  assert.deepEqual(visibleRange(2, 0, 10), { start: 2, end: 3 });
  assert.deepEqual(visibleRange(10, 0, 10), { start: 9, end: 10 });
  assert.deepEqual(visibleRange(8, 5, 10), { start: 8, end: 10 });
  assert.deepEqual(visibleRange(-3, 1, 10), { start: 0, end: 1 });
  assert.deepEqual(visibleRange(0, 1, 1), { start: 0, end: 1 });
});

test('editDistance: insertions, deletions and substitutions each cost one', () => {
  assert.equal(editDistance('', ''), 0);
  assert.equal(editDistance('tag', 'tag'), 0);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('abc', ''), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('markdwn', 'markdown'), 1);
  assert.equal(editDistance('buton', 'button'), 1);
  assert.equal(editDistance('ab', 'ba'), 2);
  assert.equal(editDistance('flaw', 'lawn'), 2);
});

test('didYouMean: the closest candidate within a third of the word, ignoring case', () => {
  assert.equal(didYouMean('buton', ['markdown', 'button', 'img']), 'button');
  assert.equal(didYouMean('BUTTON', ['button']), 'button');
  assert.equal(didYouMean('Button', ['BUTTON']), 'BUTTON');
  // The first of equally close candidates.
  assert.equal(didYouMean('ab', ['ax', 'ay']), 'ax');
  assert.equal(didYouMean('ab', ['zz', 'ay', 'ax']), 'ay');
  // One edit is always allowed; a six-letter word allows two; more is too far.
  assert.equal(didYouMean('a', ['b']), 'b');
  assert.equal(didYouMean('ab', ['cd']), undefined);
  assert.equal(didYouMean('abcdef', ['abcdxy']), 'abcdxy');
  assert.equal(didYouMean('abcdef', ['abcxyz']), undefined);
  assert.equal(didYouMean('anything', []), undefined);
});

test('utf8Length: bytes as the encoder writes them', () => {
  // The first and last pairs (U+10000, U+10FFFF) and the edges of each range.
  for (const text of [
    '',
    'abc',
    '\u007f',
    '\u0080',
    'é',
    '\u07ff',
    '\u0800',
    '中文',
    '\uffff',
    '😀',
    'a😀b',
    '\ud800\udc00',
    '\udbff\udfff',
    '\ud800\udfff',
    '\udbff\udc00',
  ]) {
    assert.equal(utf8Length(text), new TextEncoder().encode(text).length, JSON.stringify(text));
  }
  // Lone surrogates (leading, trailing, at the end) are three bytes each, as U+FFFD.
  for (const text of [
    '\ud800',
    '\udc00',
    '\ud800a',
    'a\ud800',
    '\ud800\ud800',
    '\udfff\ud800',
    '\udc00\udc00',
    '中\udc00',
    '\ud7ff\udc00',
    '\udc00\ude00',
    '\ud800\ue000',
  ]) {
    assert.equal(utf8Length(text), new TextEncoder().encode(text).length, JSON.stringify(text));
  }
});

/** What compactJsonBytes must count: the bytes of JSON.stringify's text, as the encoder writes them. */
const stringifiedBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

test('compactJsonBytes: scalars as JSON.stringify writes them', () => {
  for (const text of ['0', '-0', '7', '-12.5', '1e21', '1e-7', '1e400', '-1e400', 'true', 'false', 'null']) {
    const value: unknown = JSON.parse(text);
    assert.equal(compactJsonBytes(value), stringifiedBytes(value), text);
  }
  // Strings: plain ones, and each kind that is escaped or widened, alone and beside plain text.
  for (const text of [
    '',
    'a',
    'plain text',
    '"',
    '\\',
    '\n',
    '\u0000',
    '\u001f',
    '\b\t\f\r\u000b',
    'é',
    '中',
    '😀',
    '\ud800',
    // Each edge of UTF-8's widths and of the surrogate ranges: pairs, lone halves, halves in the wrong order.
    '\u007f',
    '\u0080',
    '\u07ff',
    '\u0800',
    '\ud7ff',
    '\ue000',
    '\uffff',
    '\ud800\udc00',
    '\ud800\udfff',
    '\udbff\udc00',
    '\udbff\udfff',
    '\ud800\udbff',
    '\ud800\ue000',
    '\udc00',
    '\udfff',
    '\udc00\udc00',
    '\udfff\ud800',
  ]) {
    for (const value of [text, `x${text}y`])
      assert.equal(compactJsonBytes(value), stringifiedBytes(value), JSON.stringify(value));
  }
});

test('compactJsonBytes: arrays and objects with their brackets, commas, colons and quoted keys', () => {
  for (const text of [
    '[]',
    '[1]',
    '[1,2]',
    '[1,2,3]',
    '[[],[[]]]',
    '{}',
    '{"a":1}',
    '{"a":1,"bb":"x"}',
    '{"a":1,"b":2,"c":3}',
    '{"é":"中","\\"":{"\\n":[]}}',
    '[{"a":[true,null]},{}]',
  ]) {
    const value: unknown = JSON.parse(text);
    assert.equal(compactJsonBytes(value), stringifiedBytes(value), text);
  }
});

test('compactJsonBytes: an undefined item is written null, an undefined member left out', () => {
  for (const value of [[undefined], [1, undefined], [undefined, undefined, 'x']])
    assert.equal(compactJsonBytes(value), stringifiedBytes(value), String(value.length));
  for (const value of [
    { a: undefined },
    { a: undefined, b: 1 },
    { a: 1, b: undefined },
    { a: 1, b: undefined, c: 2 },
  ])
    assert.equal(compactJsonBytes(value), stringifiedBytes(value), Object.keys(value).join());
});

test('compactJsonBytes: a value JSON.stringify writes no text for counts nothing', () => {
  for (const value of [undefined, () => 1, Symbol('s')])
    assert.equal(compactJsonBytes(value), (JSON.stringify(value) as string | undefined)?.length ?? 0);
});
