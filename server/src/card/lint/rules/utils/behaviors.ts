// Shared reading of `behaviors` arrays, used by every behavior rule.
import type { Node } from 'jsonc-parser';
import { prop, stringValue } from '../../../parse/json';
import type { ComponentNode } from '../../../parse/model';

export interface BehaviorEntry {
  component: ComponentNode;
  node: Node;
  index: number;
  /** `type` value; undefined when missing or not a string. */
  type: string | undefined;
  typeNode: Node | undefined;
  /** Path below the card root, for fixes. */
  path: (string | number)[];
}

const memo = new WeakMap<ComponentNode, BehaviorEntry[]>();
/** Shared by every component without behaviors (most of them), so those cost no memo entry. */
const NONE: readonly BehaviorEntry[] = Object.freeze([]);

/** The component's behaviors, read once per parsed card: nearly every rule asks for them. */
export function behaviorsOf(component: ComponentNode): readonly BehaviorEntry[] {
  const known = memo.get(component);
  if (known) return known;
  const behaviors = prop(component.node, 'behaviors');
  if (behaviors?.type !== 'array' || !behaviors.children?.length) return NONE;
  const entries = readBehaviors(component, behaviors.children);
  memo.set(component, entries);
  return entries;
}

function readBehaviors(component: ComponentNode, items: Node[]): BehaviorEntry[] {
  return items.map((node, index) => {
    const typeNode = prop(node, 'type');
    return {
      component,
      node,
      index,
      type: stringValue(typeNode),
      typeNode,
      path: [...component.path, 'behaviors', index],
    };
  });
}
