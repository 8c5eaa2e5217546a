// The value readers rules use (server/src/card/parse/values.ts), on values as JSON.parse makes them: each
// returns only the card's own keys, only of the type it promises, and valueAtPath walks keys and indexes
// without stepping into the wrong kind of container.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isRecord,
  own,
  ownItems,
  ownRecord,
  ownString,
  valueAtPath,
} from '../../../server/src/card/parse/values';

const parsed = (text: string): unknown => JSON.parse(text);

test('isRecord: a JSON object only, not an array, null or a scalar', () => {
  assert.equal(isRecord(parsed('{}')), true);
  assert.equal(isRecord(parsed('{"a":1}')), true);
  for (const text of ['[]', '[{}]', 'null', '"{}"', '1', 'true'])
    assert.equal(isRecord(parsed(text)), false, text);
  assert.equal(isRecord(undefined), false);
});

test('own: the card’s own keys, never what Object.prototype lends', () => {
  const card = parsed('{"tag":"button","n":0,"empty":"","no":null}');
  assert.equal(own(card, 'tag'), 'button');
  // Falsy values are values.
  assert.equal(own(card, 'n'), 0);
  assert.equal(own(card, 'empty'), '');
  assert.equal(own(card, 'no'), null);
  assert.equal(own(card, 'missing'), undefined);
  for (const inherited of ['constructor', 'toString', 'hasOwnProperty', '__proto__'])
    assert.equal(own(card, inherited), undefined, inherited);
  // A card may have such a key itself.
  assert.equal(own(parsed('{"constructor":"mine"}'), 'constructor'), 'mine');
  // Not an object: nothing, not even an array's or a string's own properties.
  assert.equal(own(parsed('["a"]'), '0'), undefined);
  assert.equal(own(parsed('["a"]'), 'length'), undefined);
  assert.equal(own('text', 'length'), undefined);
  assert.equal(own(null, 'tag'), undefined);
  assert.equal(own(undefined, 'tag'), undefined);
});

test('ownString, ownRecord: the own value when it has the type, else undefined', () => {
  const card = parsed('{"s":"x","e":"","n":1,"o":{"a":1},"a":[1],"z":null}');
  assert.equal(ownString(card, 's'), 'x');
  assert.equal(ownString(card, 'e'), '');
  for (const key of ['n', 'o', 'a', 'z', 'missing', 'constructor'])
    assert.equal(ownString(card, key), undefined, key);
  assert.deepEqual(ownRecord(card, 'o'), { a: 1 });
  assert.equal(ownRecord(card, 'o'), (card as { o: unknown }).o);
  for (const key of ['s', 'n', 'a', 'z', 'missing', 'constructor'])
    assert.equal(ownRecord(card, key), undefined, key);
  assert.equal(ownString('s', 'length'), undefined);
  assert.equal(ownRecord(parsed('[{"o":{}}]'), '0'), undefined);
});

test('ownItems: the own array itself, else one shared empty array no caller can fill', () => {
  const card = parsed('{"elements":[{"tag":"hr"},2],"none":[],"o":{"0":1,"length":1},"s":"ab"}') as {
    elements: unknown[];
  };
  assert.equal(ownItems(card, 'elements'), card.elements);
  assert.deepEqual(ownItems(card, 'none'), []);
  const missing = [
    ownItems(card, 'o'),
    ownItems(card, 's'),
    ownItems(card, 'missing'),
    ownItems(card, 'constructor'),
    ownItems(parsed('[[1]]'), '0'),
    ownItems(null, 'elements'),
  ];
  for (const items of missing) {
    assert.deepEqual(items, []);
    assert.ok(Object.isFrozen(items));
    assert.equal(items, missing[0]);
  }
  assert.throws(() => (ownItems(card, 'missing') as unknown[]).push(1), TypeError);
});

test('valueAtPath: keys step into objects and indexes into arrays, nothing else', () => {
  const card = parsed(
    '{"body":{"elements":[{"tag":"div","text":{"content":"hi"}},{"tag":"hr"}]},"o":{"0":"zero"},"a":["x"]}',
  );
  assert.equal(valueAtPath(card, []), card);
  assert.equal(valueAtPath(null, []), null);
  assert.equal(valueAtPath(card, ['body', 'elements', 0, 'text', 'content']), 'hi');
  assert.equal(valueAtPath(card, ['body', 'elements', 1, 'tag']), 'hr');
  assert.deepEqual(valueAtPath(card, ['body', 'elements', 1]), { tag: 'hr' });
  assert.equal(valueAtPath(card, ['body', 'elements', 2]), undefined);
  assert.equal(valueAtPath(card, ['body', 'elements', 2, 'tag']), undefined);
  assert.equal(valueAtPath(card, ['body', 'missing', 'tag']), undefined);
  // An index does not read an object's key "0", nor a key an array's item.
  assert.equal(valueAtPath(card, ['o', 0]), undefined);
  assert.equal(valueAtPath(card, ['o', '0']), 'zero');
  assert.equal(valueAtPath(card, ['a', '0']), undefined);
  assert.equal(valueAtPath(card, ['a', 'length']), undefined);
  assert.equal(valueAtPath(card, ['a', 0]), 'x');
  assert.equal(valueAtPath(card, ['constructor']), undefined);
  assert.equal(valueAtPath(card, ['body', 'elements', 0, 'text', 'content', 'length']), undefined);
  // The walk stops at the path's end, even where a key named "undefined" could be read one step on.
  const odd = parsed('{"a":{"undefined":5}}');
  assert.deepEqual(valueAtPath(odd, ['a']), { undefined: 5 });
});
