// The engine's one pass over a card for all rules. A rule subscribes by what it looks at (components by tag
// or by a key they carry, property pairs by key anywhere in the card) instead of walking the card itself, so
// a large card is walked twice in all (its components once, its tree once, the latter only when some rule
// asks) whatever the number of rules, and each rule runs only where it has something to look at.
import type { Node } from 'jsonc-parser';
import type { ComponentNode } from '../parse/model';
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
  components: readonly ComponentNode[],
  cardNode: Node | undefined,
  subscribers: readonly Subscriber[],
  run: (subscriber: Subscriber, visit: () => void) => void,
): void {
  walkComponents(components, subscribers, run);
  walkProperties(cardNode, subscribers, run);
}

function walkComponents(
  components: readonly ComponentNode[],
  subscribers: readonly Subscriber[],
  run: (subscriber: Subscriber, visit: () => void) => void,
): void {
  const every: Subscriber[] = [];
  const byTag = new Map<string, Subscriber[]>();
  const byKey = new Map<string, Subscriber[]>();
  const tagged = new Set<Subscriber>();
  for (const subscriber of subscribers) {
    const { rule } = subscriber;
    if (!rule.component) continue;
    const { tags, keys } = rule.components ?? {};
    if (tags) tagged.add(subscriber);
    if (keys) for (const key of keys) listIn(byKey, key).push(subscriber);
    else if (tags) for (const tag of new Set(tags)) listIn(byTag, tag).push(subscriber);
    else every.push(subscriber);
  }
  if (every.length + byTag.size + byKey.size === 0) return;
  // A rule with both `tags` and `keys` is listed by key and its tag checked on the way.
  const wanted = new Set<Subscriber>();
  for (const component of components) {
    for (const subscriber of every) visit(subscriber, component);
    if (byTag.size > 0 && component.tag !== undefined) {
      for (const subscriber of byTag.get(component.tag) ?? []) visit(subscriber, component);
    }
    if (byKey.size === 0) continue;
    const pairs = component.node.children;
    if (!pairs) continue;
    wanted.clear();
    for (const pair of pairs) {
      const key = pair.children?.[0]?.value;
      if (typeof key !== 'string') continue;
      const listed = byKey.get(key);
      if (listed) for (const subscriber of listed) wanted.add(subscriber);
    }
    // In subscription order, not key order: each rule's reports keep the order its own loop had.
    if (wanted.size === 0) continue;
    for (const subscriber of subscribers) {
      if (!wanted.has(subscriber)) continue;
      const tags = subscriber.rule.components?.tags;
      if (!tagged.has(subscriber) || (component.tag !== undefined && tags!.includes(component.tag)))
        visit(subscriber, component);
    }
  }

  function visit(subscriber: Subscriber, component: ComponentNode): void {
    run(subscriber, () => subscriber.rule.component!(component, subscriber.ctx));
  }
}

/** Pre-order over the card's tree with an explicit stack (trees may be deep), property pairs by key. */
function walkProperties(
  cardNode: Node | undefined,
  subscribers: readonly Subscriber[],
  run: (subscriber: Subscriber, visit: () => void) => void,
): void {
  const byKey = new Map<string, Subscriber[]>();
  for (const subscriber of subscribers) {
    if (!subscriber.rule.property) continue;
    for (const key of subscriber.rule.properties ?? []) listIn(byKey, key).push(subscriber);
  }
  if (byKey.size === 0 || !cardNode) return;
  const stack: Node[] = [cardNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children;
    if (!children) continue;
    if (node.type === 'property') {
      const key = children[0]?.value;
      const listed = typeof key === 'string' ? byKey.get(key) : undefined;
      if (listed)
        for (const subscriber of listed)
          run(subscriber, () => subscriber.rule.property!(node, subscriber.ctx));
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
