// Small helpers over jsonc-parser nodes, so rules read like the JSON they check.
// Both parsers (jsonc-parser's parseTree and jsonTree.ts) give every object, array and property node a
// `children` array, and every property a string key node first: the helpers rely on it.
import { getNodeValue, type Node } from 'jsonc-parser';

/** The value node of `key` in an object node (the last one, as JSON.parse keeps the last duplicate). */
export function prop(obj: Node | undefined, key: string): Node | undefined {
  return propPair(obj, key)?.children![1];
}

/** The key node (the string before the colon) of `key` in an object node. */
export function propKey(obj: Node | undefined, key: string): Node | undefined {
  return propPair(obj, key)?.children![0];
}

/** The whole `"key": value` property node. */
export function propPair(obj: Node | undefined, key: string): Node | undefined {
  if (obj?.type !== 'object') return undefined;
  const children = obj.children!;
  for (let i = children.length - 1; i >= 0; i--) {
    const pair = children[i];
    if (pair.children![0].value === key) return pair;
  }
  return undefined;
}

/** Property pairs of an object node, in order. */
export function pairs(
  obj: Node | undefined,
): { key: string; keyNode: Node; value: Node | undefined; pair: Node }[] {
  if (obj?.type !== 'object') return [];
  return obj.children!.map((pair) => {
    const [keyNode, value] = pair.children!;
    return { key: keyNode.value as string, keyNode, value, pair };
  });
}

export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

export function isObject(node: Node | undefined): node is Node {
  return node?.type === 'object';
}

export function arrayItems(node: Node | undefined): Node[] {
  return node?.type === 'array' ? node.children! : [];
}

const values = new WeakMap<Node, unknown>();

/**
 * The plain value of a node, built once per node: validation and the size rule both need the whole card's
 * value. `text` is the text the node was parsed from: the engine's own JSON.parse of the node's slice is
 * several times faster than walking the tree (and keeps a `__proto__` key as a plain key); a slice it
 * rejects (comments are allowed in our files) is walked instead. Callers must not mutate the value.
 */
export function sharedValueOf(node: Node, text: string): unknown {
  if (!values.has(node)) values.set(node, plainValue(node, text));
  return values.get(node);
}

/** Drops the cached value of a node whose text changed in place (parse/stringEdit.ts). */
export function forgetValue(node: Node): void {
  values.delete(node);
}

/** Keeps `value` as the node's value: one that parse/stringEdit.ts has updated in place for its edit. */
export function rememberValue(node: Node, value: unknown): void {
  values.set(node, value);
}

function plainValue(node: Node, text: string): unknown {
  try {
    return JSON.parse(text.slice(node.offset, node.offset + node.length));
  } catch {
    return treeValue(node);
  }
}

/**
 * The value of a tree that JSON.parse rejects (comments, or syntax errors): like jsonc-parser's
 * `getNodeValue` (objects without a prototype), except that a key whose value is missing, as in a card being
 * typed, stays as an own key set to undefined, so parse/detect.ts can tell it from no key at all.
 * Recursive: such trees are within parse.ts's depth guard.
 */
function treeValue(node: Node): unknown {
  switch (node.type) {
    case 'array':
      return node.children!.map(treeValue);
    case 'object': {
      const obj = Object.create(null) as Record<string, unknown>;
      for (const pair of node.children!) {
        const [key, value] = pair.children!;
        obj[key.value as string] = value ? treeValue(value) : undefined;
      }
      return obj;
    }
    default:
      return node.value;
  }
}

/** The plain JavaScript value of a node (safe on partial trees). */
export function valueOf(node: Node | undefined): unknown {
  return node ? getNodeValue(node) : undefined;
}

/** Follows a property path (strings for keys, numbers for array indexes). */
export function nodeAt(root: Node | undefined, path: (string | number)[]): Node | undefined {
  let node = root;
  // A missing step leaves node undefined, and both lookups give undefined for it.
  for (const segment of path) {
    node = typeof segment === 'number' ? arrayItems(node)[segment] : prop(node, segment);
  }
  return node;
}
