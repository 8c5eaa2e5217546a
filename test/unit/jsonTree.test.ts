// The strict-JSON fast path (server/src/card/parse/jsonTree.ts): on valid JSON it must build exactly the tree
// jsonc-parser's parseTree builds (offsets, lengths, colon offsets, values, parent links, key order); on
// anything else it must give up (undefined) so that parseTree, which reports the errors, takes over.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { largeCard } from '../../bench/cards';
import { parseJsonTree } from '../../server/src/card/parse/jsonTree';
import { assertSameTree } from '../support/sameTree';
import { parseCard } from '../../server/src/card/parse/parse';

const OPTIONS = { allowTrailingComma: false, disallowComments: false };

function jsonc(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  return { root: parseTree(text, errors, OPTIONS), errors };
}

/** Checks that the text is valid for jsonc-parser and that the fast path builds the same tree. */
function assertSameAsJsonc(text: string): Node {
  const expected = jsonc(text);
  assert.deepEqual(expected.errors, [], `jsonc-parser rejects ${JSON.stringify(text)}`);
  const actual = parseJsonTree(text);
  assert.ok(actual, `fast path gave up on ${JSON.stringify(text)}`);
  assertSameTree(actual, expected.root!);
  return actual;
}

test('jsonTree: builds the same tree as parseTree for every kind of value', () => {
  for (const text of [
    '{}',
    '[]',
    '""',
    '"text"',
    '0',
    'true',
    'false',
    'null',
    '{"a":1}',
    '[1,"two",true,false,null,{},[]]',
    '{"a":{"b":[1,{"c":"d"}],"e":{}},"f":[[],[[]]]}',
    '{"tag":"markdown","content":"**hi**","behaviors":[{"type":"callback","value":{"k":"v"}}]}',
  ]) {
    assertSameAsJsonc(text);
  }
});

test('jsonTree: whitespace is never part of a node, wherever it is', () => {
  for (const text of [
    ' \t\r\n{ "a" : 1 , "b" :\t[ 1 ,\n2 ] }\r\n ',
    '{\r\n  "a": {\r\n    "b": "c"\r\n  }\r\n}',
    '{\r  "lone": "cr"\r}',
    '[\n\n]',
    '{ }',
    '  "padded"  ',
    '\n\n42\n',
    '{"a"\n:\n"b"\n}',
  ]) {
    assertSameAsJsonc(text);
  }
});

test('jsonTree: property nodes run from the key to the end of the value, with the colon offset', () => {
  const root = assertSameAsJsonc('{ "key" :  [1, 2] , "x":{"y":null} }');
  const [first, second] = root.children!;
  assert.deepEqual([first.offset, first.length, first.colonOffset], [2, 15, 8]);
  assert.deepEqual([second.offset, second.length, second.colonOffset], [20, 14, 23]);
  // The key is a string node of its own, quotes included.
  assert.deepEqual(
    [first.children![0].type, first.children![0].value, first.children![0].length],
    ['string', 'key', 5],
  );
});

test('jsonTree: the root has no parent property, like parseTree leaves it', () => {
  for (const text of ['{"a":1}', '[1]', '"s"', '1', 'null']) {
    const root = assertSameAsJsonc(text);
    assert.equal('parent' in root, false, text);
  }
});

test('jsonTree: duplicate keys stay separate properties, in order', () => {
  const root = assertSameAsJsonc('{"a":1,"a":2,"b":3,"a":{}}');
  assert.deepEqual(
    root.children!.map((p) => p.children![0].value),
    ['a', 'a', 'b', 'a'],
  );
});

test('jsonTree: numbers are valued like Number() of their text', () => {
  for (const text of [
    '0',
    '-0',
    '-0.0',
    '0e0',
    '7',
    '-7',
    '1.5',
    '-12.5E+3',
    '1e5',
    '1E-5',
    '0.1',
    '123456789012345', // 15 digits: still exact
    '999999999999999',
    '9007199254740993', // beyond 2^53: rounded as Number() rounds it
    '-9007199254740993',
    '12345678901234567890',
    '29273896812645379', // 17 digits: adding them up one by one would round twice, off by one unit
    '123456789012345.5',
    '1e400', // Infinity, which parseTree accepts without an error
    '-1e400',
    '1e-400', // 0
    '[0,-0,1,-1,2.5e-3]',
  ]) {
    const root = assertSameAsJsonc(text);
    if (root.type === 'number') assert.equal(root.value, Number(text.trim()), text);
  }
  assert.equal(parseJsonTree('-0')!.value, -0);
});

test('jsonTree: strings decode every escape like parseTree, lone surrogates included', () => {
  for (const text of [
    String.raw`"\" \\ \/ \b \f \n \r \t"`,
    String.raw`"\u0041\u00e9\u00E9\u4e2d"`,
    String.raw`"\uD83D\uDE00 and \ud83d\ude00"`,
    String.raw`"lone \ud800 high, lone \udc00 low, reversed \udc00\ud800"`,
    String.raw`"\u0000\u001f\u007f\uffff"`,
    String.raw`{"k\u0065y":"\\\\","\"":"\/"}`,
    String.raw`"escape at the end\n"`,
    String.raw`"\n at the start"`,
    '"raw: é 中 😀 \u2028 \u2029 \u007f \u0080"',
    '"raw lone surrogates: \ud800 \udc00"',
    '{"":""}',
    '"' + 'x'.repeat(100_000) + '"',
  ]) {
    const root = assertSameAsJsonc(text);
    if (root.type === 'string') assert.equal(root.value, JSON.parse(text), text);
  }
});

test('jsonTree: gives up on anything that is not strict JSON', () => {
  const notStrict = [
    // empty
    '',
    '   \n\t',
    // comments, which parseTree accepts: its tree is the reference there
    '{} // comment',
    '/* comment */ {}',
    '{"a": /* x */ 1}',
    '// only a comment',
    // trailing, missing and extra commas
    '{"a":1,}',
    '[1,]',
    '[,1]',
    '{,}',
    '[1,,2]',
    '{"a":1,,"b":2}',
    '[1 2]',
    '{"a":1 "b":2}',
    // keys and colons
    '{"a" 1}',
    '{"a":}',
    '{"a"}',
    '{a:1}',
    "{'a':1}",
    '{1:2}',
    '{"a"::1}',
    // strings
    '"abc',
    '"abc\\"',
    '"a\nb"',
    '"a\rb"',
    '"a\tb"',
    '"a\u0000b"',
    '"a\u001fb"',
    '"\\n\u0001"', // a control character after an escape
    '"\\x41"',
    '"\\a"',
    "'single'",
    '"\\u12"',
    '"\\u12G4"',
    '"\\u{41}"',
    '"\\U0041"',
    '"\\',
    '"\\u',
    // numbers
    '01',
    '-01',
    '00',
    '1.',
    '1.e5',
    '.5',
    '+1',
    '-',
    '--1',
    '1e',
    '1e+',
    '1E-',
    '0x10',
    '1_000',
    'NaN',
    'Infinity',
    '-Infinity',
    '1.5.3',
    '[-]',
    // keywords
    'tru',
    'truex',
    'True',
    'nul',
    'nulll',
    'trux',
    'fals3',
    'nuLl',
    'undefined',
    '[true false]',
    // brackets
    '{',
    '[',
    '}',
    ']',
    '{"a":1',
    '[1',
    '[1}',
    '{"a":1]',
    '{"a":[1}',
    // after the root
    '{} {}',
    '{}]',
    '{}}',
    '1 2',
    '"a" "b"',
    '{}x',
    '{},',
    // whitespace JSON does not know (jsonc-parser reports these as invalid symbols)
    '\ufeff{}',
    '\f{}',
    '\v{}',
    '\u00a0{}',
    '{}\u2028',
    '[1,\u00a02]',
  ];
  for (const text of notStrict) {
    assert.equal(parseJsonTree(text), undefined, JSON.stringify(text));
    // Each is either reported by parseTree or has a comment (which only parseTree handles).
    assert.ok(jsonc(text).errors.length > 0 || /\/[/*]/.test(text), `${JSON.stringify(text)} is valid`);
  }
});

test('jsonTree: nesting within the limit is parsed, deeper nesting gives up without overflowing', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  assertSameAsJsonc(nested(256));
  assertSameAsJsonc(objects(256));
  assert.ok(parseJsonTree(nested(512)));
  assert.equal(parseJsonTree(nested(513)), undefined);
  assert.equal(parseJsonTree(nested(100_000)), undefined);
  assert.equal(parseJsonTree(objects(100_000)), undefined);
  assert.equal(parseJsonTree('['.repeat(100_000)), undefined);
});

test('jsonTree: the shipped example cards come out the same as with parseTree', () => {
  const dir = path.join(__dirname, '..', '..', 'examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 0);
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    assertSameAsJsonc(text);
    assertSameAsJsonc(JSON.stringify(JSON.parse(text))); // minified
    assertSameAsJsonc(JSON.stringify(JSON.parse(text), null, '\t').replace(/\n/g, '\r\n'));
  }
});

test('jsonTree: the 1 MB benchmark card, what the fast path is for, comes out the same', () => {
  const { text } = largeCard();
  assertSameAsJsonc(text);
  assertSameAsJsonc(JSON.stringify(JSON.parse(text)));
});

test('jsonTree: parseCard falls back to parseTree and its errors when the fast path gives up', () => {
  const valid = parseCard('{"schema":"2.0","body":{"elements":[]}}');
  assert.deepEqual(valid.syntaxErrors, []);
  assert.equal(valid.kind, 'v2');
  assertSameTree(valid.root!, jsonc(valid.text).root!);

  // Comments: not strict JSON, but no error for jsonc-parser, and the same card.
  const commented = parseCard('{\n  // v2\n  "schema": "2.0", "body": {"elements": []}\n}');
  assert.deepEqual(commented.syntaxErrors, []);
  assert.equal(commented.kind, 'v2');

  const broken = parseCard('{"schema":"2.0","body":{"elements":[,]}}');
  assert.ok(broken.syntaxErrors.length > 0);
  assert.equal(broken.kind, 'v2');

  // A BOM is replaced by a space before parsing, so the fast path still applies (offsets unchanged).
  const bom = parseCard('\ufeff{"schema":"2.0","body":{"elements":[]}}');
  assert.deepEqual(bom.syntaxErrors, []);
  assert.equal(bom.root!.offset, 1);
});

test('parseCard: valid JSON nested past the depth limit is skipped as too deep, at the limit it is parsed', () => {
  const nested = (levels: number) =>
    `{"schema":"2.0","x":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
  const atLimit = parseCard(nested(256));
  assert.equal(atLimit.skipped, undefined);
  assert.ok(atLimit.root);
  assert.deepEqual(parseCard(nested(257)).skipped, { reason: 'too-deep', detail: 257 });
  // The same with an error in it, where jsonc-parser would be the one to recurse.
  assert.deepEqual(parseCard(nested(257) + ',').skipped, { reason: 'too-deep', detail: 257 });
});

test('jsonTree: short strings shared between nodes keep each spelling apart', () => {
  // Ten thousand short keys and values (many prefixes of each other, more than the table has entries):
  // whatever collides in the table of shared strings, every node keeps its own text.
  const entries = Array.from({ length: 10_000 }, (_, i) => [`k${i}`, `v${i % 997}`]);
  const text = JSON.stringify(Object.fromEntries(entries));
  const root = assertSameAsJsonc(text);
  assert.deepEqual(
    root.children!.map((p) => [p.children![0].value, p.children![1].value]),
    entries,
  );
  // Around the length limit of shared strings, and strings the table must not take (escapes, at the end).
  const around = ['', 'a', 'abcdefghijk', 'abcdefghijkl', 'abcdefghijklm', 'abcdefghijkl\\n', 'a\\"b'];
  for (const value of around) assertSameAsJsonc(`["${value}","${value}",{"${value}":"${value}"}]`);
  assert.equal(parseJsonTree('"abc'), undefined);
  assert.equal(parseJsonTree('{"abc'), undefined);
  assert.equal(parseJsonTree('["a\u0001"]'), undefined);
});
