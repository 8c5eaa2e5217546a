// The engine's one pass over a card for all rules. A rule subscribes by what it looks at (components by tag
// or by a key they carry, property pairs by key anywhere in the card) instead of walking the card itself:
// the components are sorted into the subscribers' lists in one pass, and each rule then runs over its own
// list only, so a large card costs one pass plus the components each rule actually asked for.
// Each rule runs its list in one `run` step, as its own loop would: a rule that throws stops there, and
// what it reported so far stays. Findings are kept per rule, so the order rules run in does not matter.
import type { CardDocument, ComponentNode } from '../parse/model';
import { isRecord, type JsonPath, type JsonValue } from '../parse/values';
import type { PropertyEntry, Rule, RuleContext } from './types';

/** A rule that runs on this card, with the context its reports go through. */
export interface Subscriber {
  rule: Rule;
  ctx: RuleContext;
}

/**
 * Calls `component` of every subscriber on the components it asked for (document order, each component at
 * most once per rule), then `property` on the properties it asked for.
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
    if (!rule.property || !rule.properties?.length || card.cardValue === undefined) continue;
    const entries = propertyEntries(card, rule.properties);
    run(subscriber, () => {
      for (const entry of entries) rule.property!(entry, ctx);
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
    for (const key in component.value) {
      const listed = byKey.get(key);
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
 * Every `"key": value` in the card's value whose key is one of `keys`, with its path, in document order
 * (for values JSON.parse gives; a repeated key counts once, with its last value, as the platform reads it).
 * A key appears in the text as itself unless it is written with `\u` escapes, so a text that has none of the
 * keys in quotes (and no `\u` at all) is not walked.
 */
function propertyEntries(card: CardDocument, keys: readonly string[]): PropertyEntry[] {
  const wanted = new Set(keys);
  const text = card.text;
  // Stryker disable next-line ConditionalExpression,StringLiteral: the walk finds nothing the search misses; the search is its shortcut
  if (!text.includes('\\u') && ![...wanted].some((key) => text.includes(JSON.stringify(key)))) return [];
  const found: PropertyEntry[] = [];
  const path: JsonPath = [];
  // Recursive: the card is within parse.ts's depth guard.
  const visit = (value: JsonValue | undefined): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
    } else if (isRecord(value)) {
      for (const key in value) {
        path.push(key);
        if (wanted.has(key)) found.push({ key, value: value[key]!, path: [...path] });
        visit(value[key]);
        path.pop();
      }
    }
  };
  visit(card.cardValue);
  return found;
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
