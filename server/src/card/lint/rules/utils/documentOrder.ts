// The card's keys and components in document order, read from its value (no offsets, no tree): the order
// that decides which of two equal element ids is the repeat, and the order links are listed in.
import type { CardDocument, ComponentNode } from '../../../parse/model';
import { isRecord, type JsonValue } from '../../../parse/values';

/**
 * Calls `cardKey` for each key of the card object, and `componentKey` for each key of each component, in
 * document order without reading offsets: a value's keys in the order JSON.parse keeps them, which is the
 * order they are written in, and each component's children where the key of their slot stands (a
 * container's `element_id` written after its `elements` comes after its children's). The card's component
 * arrays (`body.elements`, `elements`, `i18n_elements`) are walked as components, not passed to `cardKey`.
 * Two exceptions, for keys no card writes so: JSON.parse puts keys that are array indexes ("1") first, and
 * gives a repeated key the place of its first occurrence (and the value of its last, as the tree's `prop`;
 * components under the earlier occurrence of a repeated `i18n_elements` language are not met).
 */
export function inDocumentOrder(
  card: CardDocument,
  cardKey: (key: string, value: JsonValue | undefined) => void,
  componentKey: (component: ComponentNode, key: string, value: JsonValue | undefined) => void,
): void {
  const root = card.cardValue;
  if (!isRecord(root)) return;
  const top = card.topLevel;
  const visit = (component: ComponentNode): void => {
    const value = component.value;
    const children = component.children;
    for (const key in value) {
      componentKey(component, key, value[key]);
      // Stryker disable next-line ConditionalExpression: a shortcut; a component without children has no slot to walk
      if (children.length === 0) continue;
      const slot = slotAt(component, key);
      if (slot === undefined) continue;
      // A slot's children stand together in `children`, in their array's order.
      for (let i = 0; i < children.length; i++) if (children[i].slot === slot) visit(children[i]);
    }
  };
  // The top-level components of one array: parse.ts lists the arrays one after the other, in its own order.
  const visitTop = (items: JsonValue | undefined): void => {
    if (!Array.isArray(items)) return;
    let next = -1;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      // parse.ts makes a component of every object item, with that object as its value.
      if (!isRecord(item)) continue;
      if (next < 0) next = top.findIndex((c) => c.value === item);
      if (next < 0 || top[next]?.value !== item) return;
      visit(top[next++]);
    }
  };
  const v2 = card.kind === 'v2';
  for (const key in root) {
    const value = root[key];
    if (key === 'elements') visitTop(value);
    else if (v2 && key === 'body') visitTop(isRecord(value) ? value.elements : undefined);
    else if (!v2 && key === 'i18n_elements' && isRecord(value))
      for (const lang in value) visitTop(value[lang]);
    else cardKey(key, value);
  }
}

/** The slot (its last step, as `ComponentNode.slot`) whose path starts at `key`, if any. */
function slotAt(component: ComponentNode, key: string): string | undefined {
  // Unknown tags (and 1.0 tags in a 2.0 card) get their `elements`, `actions` and `columns` walked (parse.ts):
  // one-step slots, named by their key.
  if (!component.spec) return key;
  const slots = component.spec.slots;
  if (!slots) return undefined;
  for (let i = 0; i < slots.length; i++) {
    const path = slots[i].path;
    if (path[0] === key) return path[path.length - 1];
  }
  return undefined;
}
