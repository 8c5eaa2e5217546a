// Small helpers over jsonc-parser nodes, so rules read like the JSON they check.
import { getNodeValue, type Node } from 'jsonc-parser';

/** The value node of `key` in an object node (the last one, as JSON.parse keeps the last duplicate). */
export function prop(obj: Node | undefined, key: string): Node | undefined {
  const pair = propPair(obj, key);
  return pair?.children?.[1];
}

/** The key node (the string before the colon) of `key` in an object node. */
export function propKey(obj: Node | undefined, key: string): Node | undefined {
  return propPair(obj, key)?.children?.[0];
}

/** The whole `"key": value` property node. */
export function propPair(obj: Node | undefined, key: string): Node | undefined {
  if (!obj || obj.type !== 'object' || !obj.children) return undefined;
  for (let i = obj.children.length - 1; i >= 0; i--) {
    const pair = obj.children[i];
    if (pair.children?.[0]?.value === key) return pair;
  }
  return undefined;
}

/** Property pairs of an object node, in order. */
export function pairs(
  obj: Node | undefined,
): { key: string; keyNode: Node; value: Node | undefined; pair: Node }[] {
  if (!obj || obj.type !== 'object' || !obj.children) return [];
  const result = [];
  for (const pair of obj.children) {
    const keyNode = pair.children?.[0];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    result.push({ key: keyNode.value, keyNode, value: pair.children?.[1], pair });
  }
  return result;
}

export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

export function isObject(node: Node | undefined): node is Node {
  return node?.type === 'object';
}

export function arrayItems(node: Node | undefined): Node[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

const values = new WeakMap<Node, unknown>();

/**
 * The plain value of a node, built once per node: validation and the size rule both need the whole card's
 * value, and building it again for a 1 MB card costs more than JSON.parse. Callers must not mutate it.
 */
export function sharedValueOf(node: Node): unknown {
  if (!values.has(node)) values.set(node, getNodeValue(node));
  return values.get(node);
}

/** The plain JavaScript value of a node (safe on partial trees). */
export function valueOf(node: Node | undefined): unknown {
  return node ? getNodeValue(node) : undefined;
}

/** Follows a property path (strings for keys, numbers for array indexes). */
export function nodeAt(root: Node | undefined, path: (string | number)[]): Node | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    node = typeof segment === 'number' ? arrayItems(node)[segment] : prop(node, segment);
  }
  return node;
}
