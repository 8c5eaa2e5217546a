// Names and element ids: what the card already uses, and new ones that collide with nothing.
// Quick fixes that add or rename a `name` / `element_id` all go through here so they agree.
import { prop, stringValue } from '../json';
import type { CardDocument, ComponentNode } from '../model';

export const ELEMENT_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,19}$/;
export const ELEMENT_ID_MAX = 20;

/** Components whose `name` must be unique in the card: forms and form fields (wherever they stand). */
export function isNamed(component: ComponentNode): boolean {
  return component.tag === 'form' || component.spec?.formField === true || component.form !== undefined;
}

/** Every `name` string in the card, whichever component carries it. */
export function namesInCard(card: CardDocument): Set<string> {
  const names = new Set<string>();
  for (const component of card.components) {
    const name = stringValue(prop(component.node, 'name'));
    if (name !== undefined) names.add(name);
  }
  return names;
}

/** `<base>_<n>` with the smallest n ≥ 1 that is not taken. */
export function uniqueName(base: string, taken: Set<string>): string {
  const stem = base.replace(/_\d+$/, '') || 'field';
  for (let n = 1; ; n++) {
    const candidate = `${stem}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Every `element_id` string in the card: components and header text tags. */
export function elementIdsInCard(card: CardDocument): Set<string> {
  const ids = new Set<string>();
  for (const { value } of elementIdNodes(card)) ids.add(value);
  return ids;
}

/** `element_id` string nodes of the components and the header's text tags. */
export function elementIdNodes(
  card: CardDocument,
): { node: import('jsonc-parser').Node; value: string; path: (string | number)[] }[] {
  const out = [];
  const header = prop(card.cardNode, 'header');
  const tagList = prop(header, 'text_tag_list');
  for (const [i, item] of (tagList?.type === 'array' ? (tagList.children ?? []) : []).entries()) {
    const node = prop(item, 'element_id');
    const value = stringValue(node);
    if (node && value !== undefined) out.push({ node, value, path: ['header', 'text_tag_list', i] });
  }
  for (const component of card.components) {
    const node = prop(component.node, 'element_id');
    const value = stringValue(node);
    if (node && value !== undefined) out.push({ node, value, path: component.path });
  }
  return out.sort((a, b) => a.node.offset - b.node.offset);
}

/**
 * A valid element id close to `old`: other characters become `_`, a leading non-letter gets an `e` in front,
 * and it is cut to 20 characters; a number is added (still within 20) if the result is taken.
 */
export function deriveElementId(old: string, taken: Set<string>): string {
  let id = old.replace(/[^A-Za-z0-9_]/g, '_').replace(/_+/g, '_');
  if (!/^[A-Za-z]/.test(id)) id = 'e' + id;
  id = id.slice(0, ELEMENT_ID_MAX);
  if (id === 'e' || id === 'e_') id = 'element';
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = id.replace(/_\d+$/, '').slice(0, ELEMENT_ID_MAX - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
