// Shared reading of `behaviors` arrays, used by every behavior rule.
import type { Node } from 'jsonc-parser';
import { prop, stringValue } from '../../../parse/json';
import type { ComponentNode } from '../../../parse/model';

export interface BehaviorEntry {
  readonly component: ComponentNode;
  readonly node: Node;
  readonly index: number;
  /** `type` value; undefined when missing or not a string. */
  readonly type: string | undefined;
  readonly typeNode: Node | undefined;
}

/**
 * The entry's path below the card root, for a finding's data and fixes: built when asked, since only a
 * finding needs it. Each entry carried one, built eagerly, which was more than half of what behaviorsOf
 * allocated (on the 1 MB bench card 475 of 853 KB, for 1,787 behaviors, of which the bench reports none). A
 * plain literal, no class with a lazy getter: that class made behaviorsOf 4x slower on a card the GC had
 * already moved to the old generation (9.7 ms instead of 2.6; the literal takes 2.2).
 */
export function behaviorPath(behavior: BehaviorEntry): (string | number)[] {
  return [...behavior.component.path, 'behaviors', behavior.index];
}

const memo = new WeakMap<ComponentNode, BehaviorEntry[]>();
/** Shared by every component without behaviors (most of them), so those cost no memo entry. */
const NONE: readonly BehaviorEntry[] = Object.freeze([]);

/**
 * The component's behaviors, read once per parsed card: nearly every rule asks for them. The rules loop over
 * them with an index: a for-of here allocated an iterator result per step even after 25 lints (on the 1 MB
 * bench card, open-url-default-missing made 433 KB with it, 210 KB without, 195 of them the measuring's own).
 */
export function behaviorsOf(component: ComponentNode): readonly BehaviorEntry[] {
  const known = memo.get(component);
  if (known) return known;
  const behaviors = prop(component.node, 'behaviors');
  // The parse trees give every array its children.
  if (behaviors?.type !== 'array' || !behaviors.children!.length) return NONE;
  const entries = readBehaviors(component, behaviors.children!);
  memo.set(component, entries);
  return entries;
}

function readBehaviors(component: ComponentNode, items: Node[]): BehaviorEntry[] {
  return items.map((node, index) => {
    const typeNode = prop(node, 'type');
    return { component, node, index, type: stringValue(typeNode), typeNode };
  });
}
