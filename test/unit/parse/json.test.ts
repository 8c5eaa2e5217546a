// The node helpers every rule reads the card through (server/src/card/parse/json.ts), on trees from both
// parsers (the strict fast path and jsonc-parser's, which also takes comments and broken text).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTree, type Node } from 'jsonc-parser';
import {
  arrayItems,
  forgetValue,
  isObject,
  nodeAt,
  pairs,
  prop,
  propKey,
  propPair,
  sharedValueOf,
  stringValue,
  valueOf,
} from '../../../server/src/card/parse/json';
import { parseJsonTree } from '../../../server/src/card/parse/jsonTree';

const TEXT = '{"a": 1, "s": "x", "o": {"b": [10, {"c": true}]}, "a": 2, "n": null}';
const trees: [string, Node][] = [
  ['fast path', parseJsonTree(TEXT)!],
  ['jsonc-parser', parseTree(TEXT)!],
];

test('prop, propKey, propPair: the last duplicate wins, as in JSON.parse', () => {
  for (const [name, root] of trees) {
    assert.equal(prop(root, 'a')?.value, 2, name);
    const key = propKey(root, 'a');
    assert.equal(key?.type, 'string', name);
    assert.equal(key?.offset, TEXT.lastIndexOf('"a"'), name);
    const pair = propPair(root, 'a');
    assert.equal(pair?.type, 'property', name);
    assert.equal(pair?.offset, TEXT.lastIndexOf('"a"'), name);
    assert.equal(prop(root, 's')?.value, 'x', name);
    assert.equal(prop(root, 'missing'), undefined, name);
    assert.equal(propKey(root, 'missing'), undefined, name);
    // The first property is found too (the search runs to the start).
    assert.equal(propPair(parseJsonTree('{"k": 0, "l": 1}'), 'k')?.children?.[1]?.value, 0, name);
  }
});

test('prop: only objects have properties', () => {
  assert.equal(prop(undefined, 'a'), undefined);
  assert.equal(prop(parseJsonTree('[{"a": 1}]'), 'a'), undefined);
  assert.equal(prop(parseJsonTree('"a"'), 'a'), undefined);
  // An array whose items start with the key's text has no properties either.
  assert.equal(propPair(parseJsonTree('[["a", 1]]'), 'a'), undefined);
  assert.deepEqual(pairs(parseJsonTree('[["a", 1]]')), []);
  assert.equal(prop(parseJsonTree('{}'), 'a'), undefined);
  // A key being typed (no value yet) has a pair but no value node.
  const partial = parseTree('{"a": 1, "b"');
  assert.equal(propKey(partial, 'b')?.value, 'b');
  assert.equal(prop(partial, 'b'), undefined);
});

test('pairs: every property in order, duplicates included, keys as written', () => {
  for (const [name, root] of trees) {
    const all = pairs(root);
    assert.deepEqual(
      all.map((p) => p.key),
      ['a', 's', 'o', 'a', 'n'],
      name,
    );
    assert.equal(all[0].value?.value, 1, name);
    assert.equal(all[3].value?.value, 2, name);
    assert.equal(all[0].keyNode.offset, 1, name);
    assert.equal(all[0].pair.type, 'property', name);
    assert.equal(all[4].value?.type, 'null', name);
  }
  assert.deepEqual(pairs(undefined), []);
  assert.deepEqual(pairs(parseJsonTree('[1]')), []);
  assert.deepEqual(pairs(parseJsonTree('{}')), []);
  // jsonc-parser keeps a property whose key is not a string (an error): it has no key to list.
  const broken = parseTree('{1: 2, "b": 3}');
  assert.deepEqual(
    pairs(broken).map((p) => p.key),
    ['b'],
  );
});

test('stringValue, isObject, arrayItems: by node type', () => {
  const root = parseJsonTree('{"s": "x", "n": 1, "a": [1, 2], "o": {}}')!;
  assert.equal(stringValue(prop(root, 's')), 'x');
  assert.equal(stringValue(prop(root, 'n')), undefined);
  assert.equal(stringValue(undefined), undefined);
  assert.equal(isObject(root), true);
  assert.equal(isObject(prop(root, 'o')), true);
  assert.equal(isObject(prop(root, 'a')), false);
  assert.equal(isObject(undefined), false);
  assert.deepEqual(
    arrayItems(prop(root, 'a')).map((n) => n.value),
    [1, 2],
  );
  assert.deepEqual(arrayItems(prop(root, 'o')), []);
  assert.deepEqual(arrayItems(undefined), []);
  assert.deepEqual(arrayItems(parseJsonTree('[]')), []);
});

test('nodeAt: keys and indexes, undefined as soon as a step is missing', () => {
  for (const [name, root] of trees) {
    assert.equal(nodeAt(root, []), root, name);
    assert.equal(nodeAt(root, ['o', 'b', 0])?.value, 10, name);
    assert.equal(nodeAt(root, ['o', 'b', 1, 'c'])?.value, true, name);
    assert.equal(nodeAt(root, ['o', 'b', 2]), undefined, name);
    assert.equal(nodeAt(root, ['o', 'x', 0]), undefined, name);
    assert.equal(nodeAt(root, ['o', 0]), undefined, name);
    assert.equal(nodeAt(root, ['o', 'b', 'c']), undefined, name);
  }
  assert.equal(nodeAt(undefined, ['a']), undefined);
});

/** jsonc-parser builds objects without a prototype; compare what they hold. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

test('valueOf: the plain value, also of a partial tree', () => {
  assert.deepEqual(plain(valueOf(trees[0][1])), JSON.parse(TEXT));
  assert.equal(valueOf(undefined), undefined);
  assert.deepEqual(plain(valueOf(parseTree('{"a": [1, 2'))), { a: [1, 2] });
});

test('sharedValueOf: JSON.parse of the node text, built once until forgotten', () => {
  const root = parseJsonTree(TEXT)!;
  const value = sharedValueOf(root, TEXT);
  assert.deepEqual(value, JSON.parse(TEXT));
  assert.equal(sharedValueOf(root, TEXT), value, 'the same object the second time');
  const inner = prop(root, 'o')!;
  assert.deepEqual(sharedValueOf(inner, TEXT), { b: [10, { c: true }] });
  // A `__proto__` key stays a plain key, as JSON.parse keeps it.
  const protoText = '{"__proto__": {"x": 1}}';
  const proto = sharedValueOf(parseJsonTree(protoText)!, protoText) as Record<string, unknown>;
  assert.deepEqual(Object.keys(proto), ['__proto__']);
  // After forgetValue the value is built again from the (changed) text.
  const changed = TEXT.replace('"x"', '"y"');
  forgetValue(root);
  assert.equal((sharedValueOf(root, changed) as { s: string }).s, 'y');
  // Forgetting one node leaves the others cached.
  assert.equal(sharedValueOf(root, TEXT), sharedValueOf(root, 'ignored'));
});

test('sharedValueOf: text JSON.parse rejects (comments) is read from the tree', () => {
  const text = '{"a": 1, // note\n "b": [true]}';
  const root = parseTree(text)!;
  assert.deepEqual(plain(sharedValueOf(root, text)), { a: 1, b: [true] });
});
