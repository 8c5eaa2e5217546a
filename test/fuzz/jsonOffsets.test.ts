// Property-based check of the value offsets (parse/jsonOffsets.ts) against the jsonc-parser tree: for every
// strict-JSON text and every value in it, the offsets find at that value's path exactly the range the tree
// gives, and its key and `"key": value` ranges; a repeated key finds its last occurrence, as the tree's
// `nodeAt` and JSON.parse do. Texts: JSON written token by token with random whitespace, keys from a small
// set (so they repeat) spelled plainly or with `\u` escapes, nested at random. About 2 s for 2,000 texts.
// Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>].
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { getNodePath, type Node } from 'jsonc-parser';
import { test } from 'node:test';
import { nodeAt } from '../../server/src/card/parse/json';
import { JsonOffsets } from '../../server/src/card/parse/jsonOffsets';
import { parseJsonTree } from '../../server/src/card/parse/jsonTree';
import { runParameters } from './cards';

const space = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n'), maxLength: 2 });

/** Keys that repeat, some spelled with escapes that decode to another key of the set. */
const key = fc.constantFrom(
  '"tag"',
  '"t\\u0061g"',
  '"a"',
  '"\\u0061"',
  '"b\\"c"',
  '""',
  '"elements"',
  '"中"',
  '"k\\\\"',
);

// Strings that end in backslashes: an even number escape one another, not the closing quote.
const scalar = fc.constantFrom(
  '1',
  '-0.5e3',
  'true',
  'false',
  'null',
  '"x"',
  '"a\\nb"',
  '"\\"]}"',
  '"{[,:"',
  '"\\\\"',
  '"a\\\\\\"]"',
);

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc
      .array(fc.tuple(space, key, space, space, tie('value'), space), { maxLength: 5 })
      .map((members) => `{${members.map(([a, k, b, c, v, d]) => `${a}${k}${b}:${c}${v}${d}`).join(',')}}`),
    fc
      .array(fc.tuple(space, tie('value'), space), { maxLength: 5 })
      .map((items) => `[${items.map((parts) => parts.join('')).join(',')}]`),
  ),
}));

const text = fc.tuple(space, value, space).map((parts) => parts.join(''));

function range(node: Node): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}

function values(root: Node): Node[] {
  const out: Node[] = [];
  const walk = (node: Node) => {
    out.push(node);
    for (const child of node.children ?? []) walk(child.type === 'property' ? child.children![1] : child);
  };
  walk(root);
  return out;
}

test('value offsets find every path of a strict-JSON text where the tree does', () => {
  fc.assert(
    fc.property(text, (source) => {
      JSON.parse(source); // the generator writes strict JSON only
      const root = parseJsonTree(source)!;
      const offsets = JsonOffsets.scan(source, 512)!;
      for (const node of values(root)) {
        const path = getNodePath(node);
        // A repeated key: the path leads to its last occurrence, in the tree as in the offsets.
        // Below a key a later one repeats, the path leads nowhere in both.
        const expected = nodeAt(root, path);
        const found = offsets.find(path);
        if (!expected) {
          assert.equal(found, -1, JSON.stringify(path));
          continue;
        }
        assert.ok(found >= 0, JSON.stringify(path));
        assert.deepEqual(offsets.valueRange(found), range(expected), JSON.stringify(path));
        const pair = expected.parent;
        if (pair?.type === 'property') {
          assert.deepEqual(offsets.keyRange(found), range(pair.children![0]));
          assert.deepEqual(offsets.pairRange(found), range(pair));
        } else {
          assert.equal(offsets.keyRange(found), undefined);
          assert.equal(offsets.pairRange(found), undefined);
        }
      }
      // Paths that lead nowhere find nothing.
      assert.equal(offsets.find([...getNodePath(root), 'no such key']), -1);
      assert.equal(offsets.find([99]), root.type === 'array' && root.children!.length > 99 ? 0 : -1);
    }),
    runParameters(2_000),
  );
});

test('the scan gives up past the depth it is given, as the depth guard counts', () => {
  assert.ok(JsonOffsets.scan('[[[]]]', 3));
  assert.equal(JsonOffsets.scan('[[[]]]', 2), undefined);
  assert.equal(JsonOffsets.scan('{"a":{"b":[1]}}', 2), undefined);
  assert.ok(JsonOffsets.scan('{"a":{"b":[1]}}', 3));
  // Brackets inside strings are text.
  assert.ok(JsonOffsets.scan('["[[[[", "{{{{"]', 1));
});

test('a step of the wrong kind finds nothing: an index into an object, a key into an array, a negative index', () => {
  const text = '["x", {"a": 1}, [true]]';
  const offsets = JsonOffsets.scan(text, 8)!;
  const at = (path: (string | number)[]) => {
    const found = offsets.find(path);
    return found < 0 ? undefined : text.slice(offsets.valueRange(found).start, offsets.valueRange(found).end);
  };
  assert.equal(at([1, 'a']), '1');
  assert.equal(at([1, 0]), undefined);
  assert.equal(at([2, 0]), 'true');
  assert.equal(at([2, 'a']), undefined);
  assert.equal(at([-1]), undefined);
  assert.equal(at([2, -1]), undefined);
  // Not even a key spelled like the text before the array's first string.
  assert.equal(at(['[']), undefined);
  assert.equal(at(['x']), undefined);
  assert.equal(at([0, 'x']), undefined);
});

test('values at exactly the depth given are found, with their siblings', () => {
  const text = '[[[7, {"a": [8]}]], 9]';
  const offsets = JsonOffsets.scan(text, 5)!;
  const at = (path: (string | number)[]) => {
    const { start, end } = offsets.valueRange(offsets.find(path));
    return text.slice(start, end);
  };
  assert.equal(at([0, 0, 0]), '7');
  assert.equal(at([0, 0, 1, 'a', 0]), '8');
  assert.equal(at([0, 0, 1, 'a']), '[8]');
  assert.equal(at([1]), '9');
  assert.equal(JsonOffsets.scan(text, 4), undefined);
});
