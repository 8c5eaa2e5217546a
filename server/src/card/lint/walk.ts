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
  // Stryker disable next-line ConditionalExpression: a shortcut; with no list by tag or key the loop adds nothing
  if (byTag.size + byKey.size === 0) return lists;
  for (const component of components) {
    // A component without a tag is in no tag's list and no tag set (`as string`: the maps only miss then).
    const tag = component.tag as string;
    for (const { list } of byTag.get(tag) ?? []) list.push(component);
    // Stryker disable next-line ConditionalExpression: a shortcut; with no list by key the loop adds nothing
    if (byKey.size === 0) continue;
    // A property node always has its key as first child (jsonc-parser builds it so, also on broken text).
    for (const pair of component.node.children ?? []) {
      const listed = byKey.get(pair.children![0].value);
      if (!listed) continue;
      for (const { tags, list } of listed) {
        // Once per component, however many of the rule's keys it carries.
        if (list[list.length - 1] === component) continue;
        if (!tags || tags.has(tag)) list.push(component);
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
  // Stryker disable next-line ConditionalExpression,StringLiteral: the whole-tree walk finds the same pairs; the search is its shortcut
  if (text.includes('\\u')) return walkedPairs(root, new Set(keys));
  const found: Node[] = [];
  for (const key of new Set(keys)) {
    const quoted = JSON.stringify(key);
    for (let at = text.indexOf(quoted); at !== -1; at = text.indexOf(quoted, at + 1)) {
      // A leaf starting where the quote does is that string (it ends at the closing quote: its value is the key).
      const node = leafFrom(root, at);
      const pair = node.parent;
      // Stryker disable next-line OptionalChaining: a leaf starting at a quote is a string, never the root
      if (node.offset === at && pair?.type === 'property' && pair.children![0] === node) found.push(pair);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * The leaf that starts at `offset` if there is one, else a leaf near it: children are in offset order, so
 * each level is a binary search for the last child starting at or before `offset`.
 */
function leafFrom(root: Node, offset: number): Node {
  let node = root;
  while (node.children?.length) {
    const children = node.children;
    let low = 0;
    let high = children.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (children[middle].offset <= offset) low = middle;
      else high = middle - 1;
    }
    node = children[low];
  }
  return node;
}

/** Pre-order over the whole tree with an explicit stack (trees may be deep): pairs with a key in `keys`. */
function walkedPairs(root: Node, keys: Set<string>): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children;
    if (!children) continue;
    if (node.type === 'property' && keys.has(children[0].value)) found.push(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
