// Shared reading of `behaviors` arrays, used by every behavior rule.
import type { Node } from 'jsonc-parser';
import { arrayItems, prop, stringValue } from '../../../parse/json';
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

/** The component's behaviors, read once per parsed card: nearly every rule asks for them. */
export function behaviorsOf(component: ComponentNode): BehaviorEntry[] {
  let entries = memo.get(component);
  if (!entries) memo.set(component, (entries = readBehaviors(component)));
  return entries;
}

function readBehaviors(component: ComponentNode): BehaviorEntry[] {
  return arrayItems(prop(component.node, 'behaviors')).map((node, index) => {
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

/** Does the component send a callback when used — by default or through an explicit `callback` behavior? */
export function callsBack(component: ComponentNode): boolean {
  if (behaviorsOf(component).some((b) => b.type === 'callback')) return true;
  return component.spec?.callsBackByDefault ?? false;
}
