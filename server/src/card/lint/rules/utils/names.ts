// Names and element ids: what the card already uses, and new ones that collide with nothing.
// Quick fixes that add or rename a `name` / `element_id` all go through here so they agree.
import { nodeAt } from '../../../parse/json';
import type { CardDocument, ComponentNode } from '../../../parse/model';
import { own, ownItems, type JsonValue } from '../../../parse/values';
import { inComponent, placeRange, type Place } from '../../locate';
import { containsVariable } from '../../../template/variables';
import type { LocalizedText } from '../../../catalog/catalog';
import { inDocumentOrder } from './documentOrder';
import { descendants, isSubmitButton, replaceString, text } from './shared';
import type { Finding, Fix, FixContext } from '../../types';

export const ELEMENT_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,19}$/;
export const ELEMENT_ID_MAX = 20;

/** Every `name` string in the card, whichever component carries it. */
export function namesInCard(card: CardDocument): Set<string> {
  const names = new Set<string>();
  const components = card.components;
  // An index loop: see duplicateNames.
  for (let i = 0; i < components.length; i++) {
    const name = components[i].value.name;
    if (typeof name === 'string') names.add(name);
  }
  return names;
}

/** `<base>_<n>` with the smallest n ≥ 1 that is not taken (`field_<n>` without a usable base). */
export function uniqueName(base: string | undefined, taken: Set<string>): string {
  const stem = base?.replace(/_\d+$/, '') || 'field';
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

const idNodesOfCard = new WeakMap<CardDocument, CheckedElementId[]>();

/** An `element_id` string of a component or of a header text tag; `elementIdPlace` names where it stands. */
export interface ElementId {
  value: string;
  /** The component that carries it; undefined for a header text tag. */
  component: ComponentNode | undefined;
  /** For a header text tag, its index in `header.text_tag_list` (-1 for a component's id). */
  tagIndex: number;
}

const ELEMENT_ID_STEPS = ['element_id'];

/**
 * Where an id stands, by path: built when asked (for a finding or a fix), since a path per id up front
 * would also build the path of every component that has one.
 */
export function elementIdPlace(id: ElementId): Place {
  return id.component
    ? inComponent(id.component, ELEMENT_ID_STEPS)
    : { path: ['header', 'text_tag_list', id.tagIndex, 'element_id'] };
}

/**
 * The card offset of an id's string, by which a finding's data names it. Only the tree knows offsets: ask
 * this for a finding or a fix, never for every id.
 */
export function elementIdOffset(card: CardDocument, id: ElementId): number | undefined {
  return placeRange(card, elementIdPlace(id))?.start;
}

/**
 * `element_id` strings of the components and the header's text tags, in document order (which decides
 * which of two equal ids is the repeat). Read once per parsed card (both element-id rules and the name plan
 * ask); callers must not modify the list.
 */
export function elementIdNodes(card: CardDocument): ElementId[] {
  return idNodesOf(card);
}

function idNodesOf(card: CardDocument): CheckedElementId[] {
  let nodes = idNodesOfCard.get(card);
  if (!nodes) idNodesOfCard.set(card, (nodes = collectElementIds(card)));
  return nodes;
}

/**
 * Each id is made with the fields of a checked one (set by checkElementIds), so that list reuses these objects
 * instead of copying them: one object per id, not two (on the 1 MB bench card 2,671 ids).
 */
function collectElementIds(card: CardDocument): CheckedElementId[] {
  const out: CheckedElementId[] = [];
  const add = (value: JsonValue | undefined, component: ComponentNode | undefined, tagIndex: number) => {
    // Stryker disable next-line BooleanLiteral: checkElementIds sets both on every id it checks; the others (variables) are read only as an ElementId
    if (typeof value === 'string') out.push({ value, component, tagIndex, repeat: false, invalid: false });
  };
  inDocumentOrder(
    card,
    (key, value) => {
      if (key !== 'header') return;
      const tags = ownItems(value, 'text_tag_list');
      for (let i = 0; i < tags.length; i++) add(own(tags[i], 'element_id'), undefined, i);
    },
    (component, key, value) => {
      if (key === 'element_id') add(value, component, -1);
    },
  );
  return out;
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

/** Fields of a form as the catalog marks them (`formField`). */
export function isField(component: ComponentNode): boolean {
  return component.spec?.formField === true;
}

/** A field inside a form that has no `name` (or an empty one): `form-field-missing-name` reports it. */
export function needsName(component: ComponentNode): boolean {
  if (!component.form || !isField(component)) return false;
  const name = component.value.name;
  return name === undefined || name === '';
}

/**
 * Forms and form fields whose name an earlier one already has: `name-duplicate` reports them (at the
 * component's `name`).
 */
export function duplicateNames(card: CardDocument): { component: ComponentNode; name: string }[] {
  const seen = new Set<string>();
  const out = [];
  const components = card.components;
  // An index loop, not for-of: a whole-card check runs once per lint, in code V8 leaves unoptimized, where
  // for-of allocates an iterator result per step (40 B a component, 107 KB on the 1 MB bench card).
  for (let i = 0; i < components.length; i++) {
    const component = components[i];
    if (component.tag !== 'form' && !(component.form && isField(component))) continue;
    const name = component.value.name;
    // A name built from a variable (inside a loop) differs per repetition.
    if (typeof name !== 'string' || !name || containsVariable(name)) continue;
    if (seen.has(name)) out.push({ component, name });
    seen.add(name);
  }
  return out;
}

/** A literal element id and what is wrong with it, if anything. */
export type CheckedElementId = ElementId & {
  /** An earlier component already has it: `element-id-duplicate` reports it. */
  repeat: boolean;
  /** It breaks the format: `element-id-invalid` reports it. */
  invalid: boolean;
};

/**
 * The element ids of the card that are not variables (those are checked once the template is filled), in
 * document order, each with its faults. The one reading both element-id rules and the name plan filter, so the
 * plan renames exactly what the rules report. Read once per parsed card; callers must not modify the list.
 */
export function checkedElementIds(card: CardDocument): CheckedElementId[] {
  let checked = checkedIdsOfCard.get(card);
  if (!checked) checkedIdsOfCard.set(card, (checked = checkElementIds(card)));
  return checked;
}

const checkedIdsOfCard = new WeakMap<CardDocument, CheckedElementId[]>();

function checkElementIds(card: CardDocument): CheckedElementId[] {
  const seen = new Set<string>();
  const checked: CheckedElementId[] = [];
  // One loop over the collected ids, filling in their faults, not filter + map + spread: a 1 MB card has
  // thousands of ids, and the spread copies were a tenth of its whole lint. Filling in the collected objects
  // rather than making new ones: 2.75 -> 2.34 ms and 820 -> 710 KB on the 1 MB bench card.
  const ids = idNodesOf(card);
  // An index loop: see duplicateNames.
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (containsVariable(id.value)) continue;
    id.repeat = seen.has(id.value);
    seen.add(id.value);
    id.invalid = !ELEMENT_ID_PATTERN.test(id.value);
    checked.push(id);
  }
  return checked;
}

/** Element ids that `element-id-invalid` or `element-id-duplicate` reports, in document order. */
export function badElementIds(card: CardDocument): CheckedElementId[] {
  return checkedElementIds(card).filter((id) => id.repeat || id.invalid);
}

export interface NamePlan {
  /** New `name` for each duplicate or missing one, by component. */
  names: Map<ComponentNode, string>;
  /** `name` of the submit button to add, by form without one. */
  submits: Map<ComponentNode, string>;
  /** New `element_id` for each invalid or repeated one (the entries of `badElementIds`). */
  elementIds: Map<CheckedElementId, string>;
}

const plans = new WeakMap<CardDocument, NamePlan>();

/**
 * Every new name and element id that the fixes of one card hand out, chosen together: each is unique
 * against the card and against all the others, so the fixes of several rules applied in one "fix all"
 * round never collide (and one round repairs them all). Computed once per parsed card.
 */
export function namePlan(card: CardDocument): NamePlan {
  let plan = plans.get(card);
  if (plan) return plan;
  plan = { names: new Map(), submits: new Map(), elementIds: new Map() };
  const takenNames = namesInCard(card);
  const duplicates = new Map(duplicateNames(card).map((d) => [d.component, d.name]));
  for (const component of card.components) {
    const old = duplicates.get(component);
    if (old !== undefined || needsName(component)) {
      const name = uniqueName(old ?? component.tag, takenNames);
      takenNames.add(name);
      plan.names.set(component, name);
    }
    if (component.tag === 'form' && !hasSubmitButton(component)) {
      const name = uniqueName('submit', takenNames);
      takenNames.add(name);
      plan.submits.set(component, name);
    }
  }
  const takenIds = elementIdsInCard(card);
  for (const bad of badElementIds(card)) {
    const id = deriveElementId(bad.value, takenIds);
    takenIds.add(id);
    plan.elementIds.set(bad, id);
  }
  plans.set(card, plan);
  return plan;
}

/** Whether a form contains a submit button (what `form-no-submit` checks). */
export function hasSubmitButton(form: ComponentNode): boolean {
  return descendants(form).some((c) => c.tag === 'button' && isSubmitButton(c));
}

/**
 * The one fix of both element-id rules: rename the reported id to the one the card's name plan chose, so a
 * single "fix all" round gives every reported id its own, whichever of the two rules renames it.
 */
export function renameElementIdFix(
  finding: Finding,
  ctx: FixContext,
  reported: (card: CardDocument) => CheckedElementId[],
  title: LocalizedText,
): Fix[] {
  const { offset, id: old } = finding.data ?? {};
  const card = ctx.card;
  // A fix runs on a code-action request, not in the lint: it may read offsets and the string node.
  const target = reported(card).find((t) => t.value === old && elementIdOffset(card, t) === offset);
  const node = target && nodeAt(card.cardNode, elementIdPlace(target).path);
  if (!target || !node) return [];
  // The plan renames every id of badElementIds, and `reported` picks among those: the entry is always there.
  const id = namePlan(card).elementIds.get(target)!;
  return [{ title: text(ctx.locale, title, { id }), edits: replaceString(card, node, id), safe: true }];
}
