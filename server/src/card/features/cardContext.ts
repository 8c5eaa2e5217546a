// Where in the card a JSON path points: a component array slot, a component (and which of its
// properties), one of its behaviors, or a card section. Completion and hover both start from here, so
// they agree on what a place in the card is. Works on partial trees: missing nodes just mean fewer facts.
import type { Node } from 'jsonc-parser';
import {
  allTags,
  catalogFor,
  componentSpec,
  removedInV2,
  type CatalogKind,
  type ComponentSpec,
  type PropertySpec,
} from '../catalog/catalog';
import { cardRootSchema, type SchemaLike } from '../catalog/schemaReader';
import { arrayItems, nodeAt, prop, stringValue } from '../parse/json';
import type { CardDocument } from '../parse/model';

/** What is known about an array that holds components. */
export interface SlotContext {
  /** The array node, when the tree has it. */
  array: Node | undefined;
  /** `body.elements` (or a 2.0 card's root `elements`): rootOnly components may stand here. */
  atRoot: boolean;
  /** Only these tags may stand here (e.g. `column` in `columns`). */
  allow: string[] | undefined;
  /** The slot is one component object, not an array (1.0 `div.extra`). */
  single?: boolean;
  /** The nearest enclosing form's node, if any. */
  form: Node | undefined;
  /** Tags forbidden by any enclosing container. */
  forbidden: Set<string>;
  /** The card's version: which catalog says what may stand here. */
  cardKind: CatalogKind;
}

export interface ComponentContext {
  kind: 'component';
  /** The component object, when the tree has it. */
  node: Node | undefined;
  tag: string | undefined;
  spec: ComponentSpec | undefined;
  /** The array the component stands in. */
  slot: SlotContext;
  /** Path below the component object (empty: the object itself). */
  rest: (string | number)[];
}

export interface BehaviorContext {
  kind: 'behavior';
  component: ComponentContext;
  /** The behavior object, when the tree has it. */
  node: Node | undefined;
  index: number;
  /** Path below the behavior object. */
  rest: (string | number)[];
}

export interface SlotItemContext {
  kind: 'slot';
  slot: SlotContext;
  index: number;
}

export interface BehaviorItemContext {
  kind: 'behavior-slot';
  component: ComponentContext;
  index: number;
}

export interface SectionContext {
  kind: 'section';
  /** Schema of the object the path starts in (the card root's own schema for root-level paths). */
  schema: SchemaLike;
  /** Node of that object. */
  node: Node | undefined;
  rest: (string | number)[];
}

export type CardContext =
  ComponentContext | BehaviorContext | SlotItemContext | BehaviorItemContext | SectionContext;

/**
 * Interprets a path below the card root. Returns undefined for paths that lead nowhere useful (element
 * arrays anywhere but the places read below). A path ending in an array index
 * means a position between items, unless `object` says it names the (possibly partial) object there.
 */
export function contextAt(
  card: CardDocument,
  path: (string | number)[],
  options: { object?: boolean; keysOf?: boolean } = {},
): CardContext | undefined {
  const object = options.object ?? false;
  /** The path names an object whose keys are wanted (completion), not a key (hover). */
  const keysOf = options.keysOf ?? false;
  const cardNode = card.cardNode;
  const rootSlot = (arrayPath: (string | number)[]): SlotContext => ({
    array: nodeAt(cardNode, arrayPath),
    atRoot: true,
    cardKind: card.kind,
    allow: undefined,
    form: undefined,
    forbidden: new Set(),
  });

  if (card.kind === 'v1') {
    if (path[0] === 'elements' && typeof path[1] === 'number') {
      return inSlot(card, rootSlot(['elements']), path.slice(1), object, keysOf);
    }
    if (path[0] === 'i18n_elements' && typeof path[1] === 'string' && typeof path[2] === 'number') {
      return inSlot(card, rootSlot(['i18n_elements', path[1]]), path.slice(2), object, keysOf);
    }
  }
  if (card.kind === 'v2') {
    if (path[0] === 'body' && path[1] === 'elements' && typeof path[2] === 'number') {
      return inSlot(card, rootSlot(['body', 'elements']), path.slice(2), object, keysOf);
    }
    // A root `elements` array in a 2.0 card is a 1.0 habit, but its components are still components.
    if (path[0] === 'elements' && typeof path[1] === 'number') {
      return inSlot(card, rootSlot(['elements']), path.slice(1), object, keysOf);
    }
  }
  // Element arrays are read only at the places above: a 1.0 card's components are not card sections, and a
  // 2.0 card's root schema has neither key.
  if (path[0] === 'elements' || path[0] === 'i18n_elements') return undefined;
  return { kind: 'section', schema: cardRootSchema, node: cardNode, rest: path };
}

/** `rest` starts with the index of an item in the slot's array. */
function inSlot(
  card: CardDocument,
  slot: SlotContext,
  rest: (string | number)[],
  object: boolean,
  keysOf: boolean,
): CardContext {
  const index = rest[0] as number;
  if (rest.length === 1 && !object) return { kind: 'slot', slot, index };
  const node = slot.single ? slot.array : arrayItems(slot.array)[index];
  const tag = stringValue(prop(node, 'tag'));
  const spec = componentSpec(tag, card.kind);
  const component: ComponentContext = {
    kind: 'component',
    node,
    tag,
    spec,
    slot,
    rest: rest.slice(1),
  };
  const below = rest.slice(1);

  for (const slotPath of slotPathsOf(tag, spec)) {
    if (!slotPath.path.every((segment, i) => below[i] === segment)) continue;
    const single = slotPath.single === true;
    // Past an array slot's key comes an index; a single slot is the component itself, named by its key
    // already when its keys are wanted (its value is the object they go in).
    const inside = single
      ? below.length > slotPath.path.length || keysOf
      : typeof below[slotPath.path.length] === 'number';
    if (!inside) continue;
    const forbidden = new Set(slot.forbidden);
    // Stryker disable next-line ArrayDeclaration: no tag is named "Stryker was here", so forbidding it changes nothing
    for (const t of spec?.forbiddenDescendants ?? []) forbidden.add(t);
    const child: SlotContext = {
      array: nodeAt(node, slotPath.path),
      atRoot: false,
      allow: slotPath.allow,
      single,
      form: tag === 'form' ? node : slot.form,
      forbidden,
      cardKind: slot.cardKind,
    };
    // A single slot has no index: its component context starts right below the slot's key.
    const inner = single ? [0, ...below.slice(slotPath.path.length)] : below.slice(slotPath.path.length);
    return inSlot(card, child, inner, single || object, keysOf);
  }

  if (below[0] === 'behaviors' && typeof below[1] === 'number') {
    if (below.length === 2 && !object) return { kind: 'behavior-slot', component, index: below[1] };
    return {
      kind: 'behavior',
      component,
      node: arrayItems(prop(node, 'behaviors'))[below[1]],
      index: below[1],
      rest: below.slice(2),
    };
  }
  return component;
}

/** Child arrays of a component; unknown tags get the usual container arrays so their children still work. */
function slotPathsOf(
  tag: string | undefined,
  spec: ComponentSpec | undefined,
): { path: string[]; allow?: string[]; single?: boolean }[] {
  if (spec) return spec.slots ?? [];
  // No tag reads as "undefined", which names no removed component.
  if (Object.prototype.hasOwnProperty.call(removedInV2(), String(tag))) return [];
  return [{ path: ['elements'] }, { path: ['columns'] }];
}

/**
 * Tags that only exist inside one particular slot (like `column`, which belongs in `columns`). The catalog
 * says so only from the parent's side (`allow`), so a container named in some slot's allow-list is taken
 * to live only there; an interactive component named in one (a button in a checker's button area) is
 * still a component of its own everywhere else.
 */
export function slotBoundTags(kind: CatalogKind): Set<string> {
  const bound = new Set<string>();
  for (const spec of Object.values(catalogFor(kind).components)) {
    // Stryker disable next-line ArrayDeclaration: a string in place of a slot has no allow-list, so adds nothing
    for (const slot of spec.slots ?? []) {
      // Stryker disable next-line ArrayDeclaration: no tag is named "Stryker was here", so it is no container
      for (const tag of slot.allow ?? []) {
        // Stryker disable next-line OptionalChaining: every allow-listed tag is in the catalog (the catalog tests check slot allow-lists)
        if (componentSpec(tag, kind)?.category === 'container') bound.add(tag);
      }
    }
  }
  return bound;
}

/** Whether a component of this tag may stand in this slot, by every placement fact the catalog has. */
export function allowedInSlot(tag: string, slot: SlotContext, bound = slotBoundTags(slot.cardKind)): boolean {
  const spec = componentSpec(tag, slot.cardKind);
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: callers pass catalog tags only (allTags, an allow-list entry with a spec), so this guard of the exported function never fires
  if (!spec) return false;
  if (slot.allow) return slot.allow.includes(tag) && !slot.forbidden.has(tag);
  if (bound.has(tag)) return false;
  if (spec.rootOnly && !slot.atRoot) return false;
  if (spec.formOnly && !slot.form) return false;
  return !slot.forbidden.has(tag);
}

/** Every tag allowed in the slot, in catalog order. */
export function tagsForSlot(slot: SlotContext): string[] {
  const bound = slotBoundTags(slot.cardKind);
  return allTags(slot.cardKind).filter((tag) => allowedInSlot(tag, slot, bound));
}

/** A component's properties, common ones included, keyed by name. */
export function componentProperties(
  tag: string | undefined,
  kind: CatalogKind,
): Record<string, PropertySpec> {
  const spec = componentSpec(tag, kind);
  return { ...catalogFor(kind).commonProperties, ...(spec?.properties ?? {}) };
}

// Completion suggests names with the same helpers the naming rules use, so both agree on what is unique.
export { namesInCard, uniqueName } from '../lint/rules/utils/names';

/** File offset → card offset: the inverse of `card.toFileOffset`, which only differs inside a JSON string. */
export function toCardOffset(card: CardDocument, fileOffset: number): number {
  // Stryker disable next-line ConditionalExpression: a shortcut; elsewhere toFileOffset is the identity, so the search below finds fileOffset too
  if (card.wrapper !== 'content-string') return fileOffset;
  let low = 0;
  let high = card.text.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (card.toFileOffset(mid) <= fileOffset) low = mid;
    else high = mid - 1;
  }
  return low;
}
