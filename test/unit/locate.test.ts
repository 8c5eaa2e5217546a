// placeRange (server/src/card/lint/locate.ts) turns a finding's path into the range it underlines. A card
// read from strict JSON answers from its value offsets; any other card (here: the same text with a comment
// after it) from its tree. Both must name the same text, for a bare card and one a message wraps in `card`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inComponent, placeRange, type Place } from '../../server/src/card/lint/locate';
import type { CardDocument } from '../../server/src/card/parse/model';
import { hasTree, parseCard } from '../../server/src/card/parse/parse';

const CARD = `{
  "schema": "2.0",
  "body": { "elements": [
    { "tag": "markdown", "content": "hi" },
    { "tag": "column_set", "columns": [ { "tag": "column", "elements": [ { "tag": "hr" } ] } ] }
  ] }
}`;
const WRAPPED = `{"msg_type": "interactive", "card": ${CARD}}`;

/** The same card both ways: from its offsets, and (a comment makes it JSONC) from its tree. */
function bothWays(text: string): [string, CardDocument][] {
  const strict = parseCard(text);
  const jsonc = parseCard(`${text} // a comment`);
  assert.ok(strict.offsets, 'the strict text is read through its offsets');
  assert.equal(hasTree(strict), false);
  assert.equal(jsonc.offsets, undefined, 'the commented text is read through its tree');
  return [
    ['offsets', strict],
    ['tree', jsonc],
  ];
}

function textAt(card: CardDocument, place: Place): string | undefined {
  const range = placeRange(card, place);
  return range && card.text.slice(range.start, range.end);
}

for (const [name, text] of [
  ['a bare card', CARD],
  ['a card a message wraps', WRAPPED],
]) {
  test(`placeRange names values, keys and pairs in ${name}`, () => {
    for (const [how, card] of bothWays(text)) {
      const at = (place: Place) => textAt(card, place);
      assert.equal(at({ path: ['schema'] }), '"2.0"', how);
      assert.equal(at({ path: ['schema'], part: 'key' }), '"schema"', how);
      assert.equal(at({ path: ['schema'], part: 'pair' }), '"schema": "2.0"', how);
      assert.equal(at({ path: ['body', 'elements', 0] }), '{ "tag": "markdown", "content": "hi" }', how);
      assert.equal(at({ path: ['body', 'elements', 0, 'content'], part: 'pair' }), '"content": "hi"', how);
      assert.equal(at({ path: ['body', 'elements', 1, 'columns', 0, 'elements', 0, 'tag'] }), '"hr"', how);
      // The card itself, from the root of the card (not of the message).
      assert.equal(at({ path: [] }), CARD, how);
    }
  });

  test(`placeRange finds no place that is not there, and no key of an item, in ${name}`, () => {
    for (const [how, card] of bothWays(text)) {
      const at = (place: Place) => placeRange(card, place);
      assert.equal(at({ path: ['header'] }), undefined, how);
      assert.equal(at({ path: ['body', 'elements', 2] }), undefined, how);
      assert.equal(at({ path: ['body', 'elements', 0, 'tag', 'x'] }), undefined, how);
      assert.equal(at({ path: ['header'], part: 'key' }), undefined, how);
      // An array item has no key, nor has the card's root, even where a message holds it under `card`.
      for (const part of ['key', 'pair'] as const) {
        assert.equal(at({ path: ['body', 'elements', 0], part }), undefined, `${how} ${part}`);
        assert.equal(at({ path: [], part }), undefined, `${how} ${part}`);
      }
    }
  });

  test(`inComponent names a component and places below it in ${name}`, () => {
    for (const [how, card] of bothWays(text)) {
      const hr = card.components.find((c) => c.tag === 'hr')!;
      assert.deepEqual(inComponent(hr).path, hr.path, how);
      assert.equal(inComponent(hr).part, undefined, how);
      assert.equal(textAt(card, inComponent(hr)), '{ "tag": "hr" }', how);
      assert.equal(textAt(card, inComponent(hr, ['tag'])), '"hr"', how);
      assert.equal(textAt(card, inComponent(hr, ['tag'], 'key')), '"tag"', how);
      assert.equal(textAt(card, inComponent(hr, ['tag'], 'pair')), '"tag": "hr"', how);
      // The steps extend a copy: the component's own path stays as it was.
      assert.deepEqual(hr.path, ['body', 'elements', 1, 'columns', 0, 'elements', 0], how);
    }
  });
}

test('placeRange of a card read from strict JSON builds no tree: the lint never needs one', () => {
  for (const text of [CARD, WRAPPED]) {
    const card = parseCard(text);
    assert.equal(textAt(card, { path: ['body', 'elements', 0, 'tag'], part: 'pair' }), '"tag": "markdown"');
    assert.equal(textAt(card, { path: ['header'] }), undefined);
    assert.equal(hasTree(card), false);
  }
});
