// The engine's one pass over a card for all rules. A rule subscribes by what it looks at (components by tag
// or by a key they carry, property pairs by key anywhere in the card) instead of walking the card itself:
// the components are sorted into the subscribers' lists in one pass, and each rule then runs over its own
// list only, so a large card costs one pass plus the components each rule actually asked for.
// Each rule runs its list in one `run` step, as its own loop would: a rule that throws stops there, and
// what it reported so far stays. Findings are kept per rule, so the order rules run in does not matter.
import type { Node } from 'jsonc-parser';
import type { CardDocument, ComponentNode } from '../parse/model';
import type { Rule, RuleContext } from './types';

/** A rule that runs on this card, with the context its reports go through. */
export interface Subscriber {
  rule: Rule;
  ctx: RuleContext;
}

/**
 * Calls `component` of every subscriber on the components it asked for (document order, each component at
 * most once per rule), then `property` on the property pairs it asked for, in document order.
 */
export function walkCard(
  card: CardDocument,
  subscribers: readonly Subscriber[],
  run: (subscriber: Subscriber, visit: () => void) => void,
): void {
  const steps = walkSteps(card, subscribers, run);
  while (!steps.next().done);
}

/** The same walk, pausing after each rule's run (the engine's lintSteps lets its host pause there). */
export function* walkSteps(
  card: CardDocument,
  subscribers: readonly Subscriber[],
  run: (subscriber: Subscriber, visit: () => void) => void,
): Generator<void, void, void> {
  for (const [subscriber, components] of componentLists(card.components, subscribers)) {
    const { rule, ctx } = subscriber;
    run(subscriber, () => {
      for (const component of components) rule.component!(component, ctx);
    });
    yield;
  }
  for (const subscriber of subscribers) {
    const { rule, ctx } = subscriber;
    if (!rule.property || !rule.properties?.length || !card.cardNode) continue;
    const pairs = propertyPairs(card.cardNode, card.text, rule.properties);
    run(subscriber, () => {
      for (const pair of pairs) rule.property!(pair, ctx);
    });
    yield;
  }
}

/** For each subscriber with a `component` visitor: the components it asked for, in document order. */
function componentLists(
  components: readonly ComponentNode[],
  subscribers: readonly Subscriber[],
): Map<Subscriber, readonly ComponentNode[]> {
  const lists = new Map<Subscriber, readonly ComponentNode[]>();
  const byTag = new Map<string, { tags: Set<string>; list: ComponentNode[] }[]>();
  const byKey = new Map<string, { tags: Set<string> | undefined; list: ComponentNode[] }[]>();
  for (const subscriber of subscribers) {
    const { rule } = subscriber;
    if (!rule.component) continue;
    const { tags, keys } = rule.components ?? {};
    if (!tags && !keys) {
      lists.set(subscriber, components);
      continue;
    }
    const list: ComponentNode[] = [];
    lists.set(subscriber, list);
    // A rule with both `tags` and `keys` is listed by key and its tag checked on the way.
    const tagSet = tags ? new Set(tags) : undefined;
    if (keys) for (const key of new Set(keys)) listIn(byKey, key).push({ tags: tagSet, list });
    else for (const tag of tagSet!) listIn(byTag, tag).push({ tags: tagSet!, list });
  }
  if (byTag.size + byKey.size === 0) return lists;
  for (const component of components) {
    const tag = component.tag;
    if (tag !== undefined) for (const { list } of byTag.get(tag) ?? []) list.push(component);
    if (byKey.size === 0) continue;
    const pairs = component.node.children;
    if (!pairs) continue;
    for (const pair of pairs) {
      const key = pair.children?.[0]?.value;
      const listed = typeof key === 'string' ? byKey.get(key) : undefined;
      if (!listed) continue;
      for (const { tags, list } of listed) {
        // Once per component, however many of the rule's keys it carries.
        if (list[list.length - 1] === component) continue;
        if (!tags || (tag !== undefined && tags.has(tag))) list.push(component);
      }
    }
  }
  return lists;
}

/**
 * The `"key": value` pairs of the tree whose key is one of `keys`, in document order. A key appears in the
 * text as itself unless it is written with `\u` escapes, so the text is searched for each key in quotes and
 * the tree entered only there; a text with `\u` anywhere, which could spell a key otherwise, is walked
 * whole. Each hit is checked to be a key node of the tree (not text inside a string or a comment).
 */
function propertyPairs(root: Node, text: string, keys: readonly string[]): Node[] {
  if (text.includes('\\u')) return walkedPairs(root, new Set(keys));
  const found: Node[] = [];
  for (const key of new Set(keys)) {
    const quoted = JSON.stringify(key);
    for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
      const node = deepestAt(root, at);
      const pair = node?.parent;
      if (
        node?.offset === at &&
        node.value === key &&
        pair?.type === 'property' &&
        pair.children?.[0] === node
      )
        found.push(pair);
    }
  }
  return keys.length > 1 ? found.sort((a, b) => a.offset - b.offset) : found;
}

/** The deepest node whose range holds `offset`; children are in offset order, so each level is a binary search. */
function deepestAt(root: Node, offset: number): Node | undefined {
  if (offset < root.offset || offset >= root.offset + root.length) return undefined;
  let node = root;
  for (;;) {
    const children = node.children;
    if (!children || children.length === 0) return node;
    let low = 0;
    let high = children.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (children[middle].offset <= offset) low = middle;
      else high = middle - 1;
    }
    const child = children[low];
    if (offset < child.offset || offset >= child.offset + child.length) return node;
    node = child;
  }
}

/** Pre-order over the whole tree with an explicit stack (trees may be deep): pairs with a key in `keys`. */
function walkedPairs(root: Node, keys: Set<string>): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children;
    if (!children) continue;
    if (node.type === 'property') {
      const key = children[0]?.value;
      if (typeof key === 'string' && keys.has(key)) found.push(node);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
