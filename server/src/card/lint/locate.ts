// Where a finding stands in the text, for a rule that names the place by its path in the card's value
// (parse/values.ts) instead of holding a tree node. The one translation from a path to a range.
import type { Node } from 'jsonc-parser';
import { nodeAt } from '../parse/json';
import type { CardDocument, ComponentNode } from '../parse/model';
import type { JsonPath } from '../parse/values';

/**
 * A place in the card: the value at `path` (below the card root, as `ComponentNode.path`), or with `part`
 * its key (the quoted name before the colon) or the whole `"key": value` pair. `key` and `pair` need a path
 * that ends in a key.
 */
export interface Place {
  path: JsonPath;
  part?: 'key' | 'pair';
}

/** The range of a place in card offsets; undefined if the card has no such place. */
export function placeRange(card: CardDocument, place: Place): { start: number; end: number } | undefined {
  // A card read from strict JSON has its offsets: no tree needed (and none built).
  const offsets = card.offsets;
  if (offsets) {
    const value = offsets.find(card.cardPath.length ? [...card.cardPath, ...place.path] : place.path);
    if (value < 0) return undefined;
    if (!place.part) return offsets.valueRange(value);
    if (typeof place.path[place.path.length - 1] !== 'string') return undefined;
    return place.part === 'key' ? offsets.keyRange(value) : offsets.pairRange(value);
  }
  const node = placeNode(card, place);
  return node && { start: node.offset, end: node.offset + node.length };
}

function placeNode(card: CardDocument, { path, part }: Place): Node | undefined {
  const value = nodeAt(card.cardNode, path);
  if (!part) return value;
  // The value's parent is its `"key": value` pair when the path ends in a key.
  const pair = value?.parent;
  if (pair?.type !== 'property' || typeof path[path.length - 1] !== 'string') return undefined;
  return part === 'pair' ? pair : pair.children![0];
}

/** A place in a component: its object itself, or what `steps` lead to below it. */
export function inComponent(component: ComponentNode, steps: JsonPath = [], part?: Place['part']): Place {
  return { path: steps.length ? [...component.path, ...steps] : component.path, part };
}
