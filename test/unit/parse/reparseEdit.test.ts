// The in-place re-parse after an edit (server/src/card/parse/stringEdit.ts and treeEdit.ts), through
// reparseEdit and reparseStringEdit: an edit they take leaves the very tree and components a full parse of
// the new text builds; every edit that could change more than offsets and one value is refused (undefined),
// so the caller parses the text in full.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTree } from 'jsonc-parser';
import type { CardDocument } from '../../../server/src/card/parse/model';
import { sharedValueOf } from '../../../server/src/card/parse/json';
import { withTree } from '../../support/cardWithTree';
import { parseCard } from '../../../server/src/card/parse/parse';
import { reparseStringEdit, type StringEdit } from '../../../server/src/card/parse/stringEdit';
import { reparseEdit } from '../../../server/src/card/parse/treeEdit';
import { assertSameTree } from '../../support/sameTree';

const CARD = JSON.stringify(
  {
    schema: '2.0',
    header: { title: { tag: 'plain_text', content: 'Title' } },
    body: {
      elements: [
        { tag: 'markdown', content: 'hello world' },
        { tag: 'button', text: { tag: 'plain_text', content: 'Go' }, behaviors: [{ type: 'callback' }] },
        { tag: 'markdown', content: 'last', icons: ['a', 'b'] },
      ],
    },
  },
  null,
  2,
);

/** The edit applied to the text, and where it lands. */
function edited(text: string, at: number, length: number, newText: string): [string, StringEdit] {
  return [text.slice(0, at) + newText + text.slice(at + length), { offset: at, length, newText }];
}

/** The card a full parse of `text` gives, compared with the one moved in place. */
function assertLikeFullParse(moved: CardDocument | undefined, text: string): void {
  assert.ok(moved, 'the edit is taken');
  const full = parseCard(text);
  assert.equal(moved.text, text);
  assertSameTree(moved.root!, full.root!);
  assert.equal(moved.kind, full.kind);
  assert.deepEqual(
    moved.components.map((c) => [c.tag, c.path, c.node.offset, c.node.length]),
    full.components.map((c) => [c.tag, c.path, c.node.offset, c.node.length]),
  );
}

const inside = (text: string, needle: string, skip = 0) => text.indexOf(needle) + skip;

test('a character typed into a text value moves the tree in place', () => {
  for (const [at, length, newText] of [
    [inside(CARD, 'hello world', 5), 0, '!'],
    [inside(CARD, 'hello world', 0), 5, 'bye'],
    [inside(CARD, 'hello world', 0), 11, ''],
    [inside(CARD, '"Go"', 1), 2, '中文😀 and more'],
    [inside(CARD, '"Title"', 6), 0, 'x'],
    [inside(CARD, '"last"', 5), 0, '$'],
  ] as const) {
    const before = withTree(CARD);
    const [text, edit] = edited(CARD, at, length, newText);
    const moved = reparseStringEdit(before, text, edit);
    assertLikeFullParse(moved, text);
    assertLikeFullParse(reparseEdit(withTree(CARD), text, edit), text);
  }
});

test('the moved value and the values around it are read again', () => {
  const before = withTree(CARD);
  const old = sharedValueOf(before.cardNode!, before.text) as { body: { elements: { content: string }[] } };
  assert.equal(old.body.elements[0].content, 'hello world');
  const [text, edit] = edited(CARD, inside(CARD, 'hello world', 5), 0, ',');
  const moved = reparseStringEdit(before, text, edit)!;
  const value = sharedValueOf(moved.cardNode!, moved.text) as typeof old;
  assert.equal(value.body.elements[0].content, 'hello, world');
  assert.deepEqual(value, JSON.parse(text));
});

test('a string under a repeated key is moved, and the value JSON.parse keeps (the last) stays as it was', () => {
  // The first `content` of a component, and a string inside the first of two `header` objects: both are in
  // the tree but in no value, so only the tree changes.
  const repeated =
    '{"schema":"2.0","header":{"title":{"tag":"plain_text","content":"old"}},' +
    '"header":{"title":{"tag":"plain_text","content":"kept"}},' +
    '"body":{"elements":[{"tag":"markdown","content":"first","content":"second"}]}}';
  for (const needle of ['"first"', '"old"']) {
    const before = withTree(repeated);
    const [text, edit] = edited(repeated, inside(repeated, needle, 2), 0, 'X');
    const moved = reparseStringEdit(before, text, edit);
    assertLikeFullParse(moved, text);
    assert.deepEqual(moved!.cardValue, JSON.parse(text), needle);
    assert.deepEqual(sharedValueOf(moved!.cardNode!, moved!.text), JSON.parse(text), needle);
  }
  // The kept one, for contrast: its new text is in the value.
  const [text, edit] = edited(repeated, inside(repeated, '"second"', 2), 0, 'X');
  const moved = reparseStringEdit(withTree(repeated), text, edit)!;
  assert.equal(
    (moved.cardValue as { body: { elements: { content: string }[] } }).body.elements[0].content,
    'sXecond',
  );
  assert.deepEqual(moved.cardValue, JSON.parse(text));
});

test('edits that leave the string, or could end or escape it, are refused', () => {
  const at = inside(CARD, 'hello world', 5);
  for (const newText of ['"', '\\', '\n', '\t', '\u0000', 'a"b']) {
    const [text, edit] = edited(CARD, at, 0, newText);
    assert.equal(reparseEdit(withTree(CARD), text, edit), undefined, JSON.stringify(newText));
  }
  // Replacing the closing quote, a range across two values, a range starting on the opening quote.
  const close = inside(CARD, 'hello world"', 11);
  for (const [from, length] of [
    [close, 1],
    [at, CARD.indexOf('last') - at],
    [inside(CARD, '"hello'), 1],
  ]) {
    const [text, edit] = edited(CARD, from, length, 'x');
    assert.equal(reparseStringEdit(withTree(CARD), text, edit), undefined);
  }
  // An edit touching only the opening or closing quote's outside is not inside the string.
  for (const from of [inside(CARD, '"hello'), close + 1]) {
    const [text, edit] = edited(CARD, from, 0, 'x');
    assert.equal(reparseEdit(withTree(CARD), text, edit), undefined);
  }
});

test('keys, array items and structural values are refused', () => {
  for (const [needle, skip] of [
    ['"content"', 3], // a key
    ['"a"', 1], // an array item: not a property's value
    ['"b"', 1], // the second one too
    ['"markdown"', 3], // tag
    ['"2.0"', 2], // schema
    ['"callback"', 3], // a behavior type
  ] as const) {
    const [text, edit] = edited(CARD, inside(CARD, needle, skip), 0, 'x');
    assert.equal(reparseStringEdit(withTree(CARD), text, edit), undefined, needle);
  }
});

test('msg_type is structural: "interactive" makes the card a message wrapper', () => {
  const card = JSON.stringify({ msg_type: 'interactivx', card: JSON.parse(CARD) });
  const [text, edit] = edited(card, card.indexOf('interactivx') + 10, 1, 'e');
  assert.equal(parseCard(card).wrapper, 'none');
  assert.equal(parseCard(text).wrapper, 'card');
  assert.equal(reparseEdit(withTree(card), text, edit), undefined);
});

test('a string with an escape anywhere in it is refused (its raw text is not its value)', () => {
  const card = CARD.replace('hello world', 'hello\\nworld');
  const [text, edit] = edited(card, inside(card, 'world', 2), 0, 'x');
  assert.equal(reparseStringEdit(withTree(card), text, edit), undefined);
  // The edit removing the escape's backslash is refused too.
  const [unescaped, removal] = edited(card, inside(card, '\\n'), 1, '');
  assert.equal(reparseStringEdit(withTree(card), unescaped, removal), undefined);
});

test('an edit that does not match the new text is refused', () => {
  const at = inside(CARD, 'hello world', 5);
  const [text, edit] = edited(CARD, at, 0, 'x');
  assert.equal(reparseEdit(withTree(CARD), text + ' ', edit), undefined, 'length differs');
  const [spaced, space] = edited(CARD, inside(CARD, ': "Title"', 1), 0, ' ');
  assert.equal(reparseEdit(withTree(CARD), spaced + ' ', space), undefined, 'length differs (whitespace)');
  assert.equal(
    reparseEdit(withTree(CARD), spaced, { ...space, offset: 1 }),
    undefined,
    'whitespace elsewhere',
  );
  assert.equal(reparseEdit(withTree(CARD), text, { ...edit, newText: 'y' }), undefined, 'other text');
  assert.equal(reparseEdit(withTree(CARD), text, { ...edit, offset: at + 1 }), undefined, 'elsewhere');
});

test('only a bare card that parsed cleanly is moved', () => {
  const wrapped = JSON.stringify({ msg_type: 'interactive', card: JSON.parse(CARD) });
  const broken = CARD.replace('"last"', '"last",');
  const notCard = JSON.stringify({ greeting: 'hello' });
  const request = JSON.stringify({ action: { value: { note: 'hello' } }, context: {} });
  const answer = JSON.stringify({ toast: { type: 'info', content: 'hello' } });
  for (const [source, options] of [
    [wrapped, {}],
    [broken, {}],
    [notCard, {}],
    [request, { forceCard: true }],
    [answer, { forceCard: true }],
    [CARD, { maxSize: 10 }],
    [CARD, { maxDepth: 2 }],
    ['"hello world"', { forceCard: true }],
  ] as const) {
    const before = withTree(source, options);
    const at = source.indexOf('hello') + 2;
    const [text, edit] = edited(source, at, 0, 'x');
    assert.equal(reparseEdit(before, text, edit), undefined, source.slice(0, 40));
  }
});

test("a card inside a content string is never moved: its offsets are not the file's", () => {
  const file = JSON.stringify({ msg_type: 'interactive', content: CARD });
  const before = withTree(file);
  assert.equal(before.wrapper, 'content-string');
  // Even an edit given in the inner card's own offsets, on the inner text.
  const [text, edit] = edited(before.text, inside(before.text, 'hello world', 5), 0, 'x');
  assert.equal(reparseEdit(before, text, edit), undefined);
  const [spaced, space] = edited(before.text, inside(before.text, ': "Title"', 1), 0, ' ');
  assert.equal(reparseEdit(withTree(file), spaced, space), undefined);
});

test('whitespace between tokens moves the tree in place, wherever it is', () => {
  for (const [at, length, newText] of [
    [inside(CARD, '\n  "header"'), 0, '\n'],
    [inside(CARD, '\n  "header"'), 3, ''],
    [inside(CARD, ': "Title"'), 0, ' '],
    [inside(CARD, ': "Title"', 1), 1, '\t\t'],
    [inside(CARD, '},', 2), /^\s+/.exec(CARD.slice(inside(CARD, '},', 2)))![0].length, ' '],
    [CARD.length, 0, '\r\n'],
    [0, 0, '  '],
    [inside(CARD, '"a"', 3), 0, ' '],
  ] as const) {
    const [text, edit] = edited(CARD, at, length, newText);
    assertLikeFullParse(reparseEdit(withTree(CARD), text, edit), text);
  }
});

test('whitespace inside a token, or in place of a token, is refused', () => {
  const numeric = JSON.stringify({ schema: '2.0', body: { elements: [], padding: 12 } });
  for (const [source, at, length, newText] of [
    [numeric, numeric.indexOf('12') + 1, 0, ' '], // inside a number
    [numeric, numeric.indexOf('true'), 0, ' '],
    [CARD, inside(CARD, '"content"', 3), 0, ' '], // inside a key
    [CARD, inside(CARD, '"markdown"', 3), 0, ' '], // inside a tag
    [CARD, inside(CARD, ': "Title"'), 1, ' '], // the colon itself
    [CARD, inside(CARD, ': "Title"', 1), 1, 'x'], // not whitespace
    [CARD, inside(CARD, ': "Title"', 1), 0, ' \u00a0'], // not JSON whitespace
  ] as const) {
    const [text, edit] = edited(source, at, length, newText);
    assert.equal(reparseEdit(withTree(source), text, edit), undefined, `${at} ${JSON.stringify(newText)}`);
  }
});

test('whitespace is not moved in a card with comments, nor before or as a byte-order mark', () => {
  const commented = '{"schema": "2.0", // a b\n"body": {"elements": []}}';
  const [text, edit] = edited(commented, commented.indexOf('a b') + 1, 0, '\n');
  assert.ok(parseTree(text));
  assert.equal(reparseEdit(withTree(commented), text, edit), undefined);
  const marked = '\ufeff{"schema":"2.0","body":{"elements":[]}}';
  const [spaced, space] = edited(marked, 0, 0, ' ');
  assert.equal(reparseEdit(withTree(marked), spaced, space), undefined);
  // A mark typed at the very start is not whitespace either, and a space after the mark is taken.
  const plain = '{"schema":"2.0","body":{"elements":[]}}';
  const [withMark, mark] = edited(plain, 0, 0, '\ufeff');
  assert.equal(reparseEdit(withTree(plain), withMark, mark), undefined);
  const [after, afterMark] = edited(marked, 1, 0, ' ');
  assertLikeFullParse(reparseEdit(withTree(marked), after, afterMark), after);
});

test('a card whose tree was never read is parsed afresh: building the old tree would cost more', () => {
  const [text, edit] = edited(CARD, inside(CARD, 'hello world', 5), 0, '!');
  assert.equal(reparseStringEdit(parseCard(CARD), text, edit), undefined);
  assert.equal(reparseEdit(parseCard(CARD), text, edit), undefined);
  const [spaced, space] = edited(CARD, inside(CARD, '\n  "header"'), 0, '\n');
  assert.equal(reparseEdit(parseCard(CARD), spaced, space), undefined);
  // Once read, the same edits are taken.
  assertLikeFullParse(reparseEdit(withTree(CARD), text, edit), text);
  assertLikeFullParse(reparseEdit(withTree(CARD), spaced, space), spaced);
});
