// Component operations inside a 2.0 card by `element_id`, as the CardKit element APIs do them: find,
// insert before/after/append, replace, merge properties, delete. The card is plain JSON; every array of
// components anywhere under `body` counts (containers keep theirs under `elements`, `columns`, …).
import { isRecord } from './api';

type Json = Record<string, unknown>;

export interface Located {
  list: unknown[];
  index: number;
  element: Json;
}

export function findElement(card: Json, elementId: string): Located | undefined {
  let found: Located | undefined;
  const walk = (value: unknown, depth: number) => {
    if (found || depth > 64) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (found) return;
        if (isRecord(item) && item.element_id === elementId) found = { list: value, index, element: item };
        else walk(item, depth + 1);
      });
    } else if (isRecord(value)) for (const v of Object.values(value)) walk(v, depth + 1);
  };
  walk(card.body, 0);
  return found;
}

export function elementIds(card: Json): string[] {
  const ids: string[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > 64) return;
    if (Array.isArray(value)) value.forEach((v) => walk(v, depth + 1));
    else if (isRecord(value)) {
      if (typeof value.element_id === 'string' && typeof value.tag === 'string') ids.push(value.element_id);
      for (const v of Object.values(value)) walk(v, depth + 1);
    }
  };
  walk(card.body, 0);
  return ids;
}

export function duplicateId(card: Json): string | undefined {
  const seen = new Set<string>();
  for (const id of elementIds(card)) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** `type`: insert_before / insert_after need `target`; append adds to `target`'s children, or to the body. */
export function addElements(
  card: Json,
  type: string,
  target: string | undefined,
  elements: unknown[],
): string | undefined {
  if (type === 'append') {
    if (!target) {
      const body = isRecord(card.body) ? card.body : (card.body = {});
      const list = Array.isArray(body.elements) ? body.elements : (body.elements = []);
      list.push(...elements);
      return undefined;
    }
    const at = findElement(card, target);
    if (!at) return `target_element_id ${target} not found`;
    const list = Array.isArray(at.element.elements) ? at.element.elements : (at.element.elements = []);
    (list as unknown[]).push(...elements);
    return undefined;
  }
  if (type !== 'insert_before' && type !== 'insert_after') return `unknown type ${type}`;
  if (!target) return 'target_element_id is required';
  const at = findElement(card, target);
  if (!at) return `target_element_id ${target} not found`;
  at.list.splice(type === 'insert_before' ? at.index : at.index + 1, 0, ...elements);
  return undefined;
}

export function replaceElement(card: Json, elementId: string, element: Json): string | undefined {
  const at = findElement(card, elementId);
  if (!at) return `element_id ${elementId} not found`;
  at.list[at.index] = element;
  return undefined;
}

/** Property merge; the tag cannot change (300312 on the patch page). */
export function patchElement(card: Json, elementId: string, partial: Json): string | undefined {
  const at = findElement(card, elementId);
  if (!at) return `element_id ${elementId} not found`;
  if (partial.tag !== undefined && partial.tag !== at.element.tag) return 'tag';
  Object.assign(at.element, partial);
  return undefined;
}

export function deleteElement(card: Json, elementId: string): string | undefined {
  const at = findElement(card, elementId);
  if (!at) return `element_id ${elementId} not found`;
  at.list.splice(at.index, 1);
  return undefined;
}
