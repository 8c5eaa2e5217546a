// The component model of a card (model.ts), built from the card's plain value: every component with its
// parent, children, slot, path, container depth and form. Its jsonc-parser node is found on first read, so
// a lint that reads only values never needs the object tree (parse.ts builds that lazily).
import type { Node } from 'jsonc-parser';
import { componentSpec, type ComponentSpec } from '../catalog/catalog';
import { nodeAt } from './json';
import type { CardDocument, ComponentNode } from './model';
import { isRecord, valueAtPath, type JsonObject, type JsonValue } from './values';

/**
 * One component of the model. A class so that `path` and `node` are built on first read: most paths are read
 * by no one (a rule reads one for a finding or a fix), and building all of them up front (`concat` per
 * component) was about a third of the model's allocations. On a large card every MB allocated while the
 * card is young brings the next scavenge closer. Measured with bench/allocations.ts (sampled, 30 lints): the
 * model of the 10,000-component card allocated 3.03 MB per lint before, 2.41 MB with this and exact-size
 * `children` (below); the 1 MB card's 0.68 → 0.50 MB.
 */
class Component implements ComponentNode {
  children: readonly ComponentNode[] = NO_CHILDREN;
  private cachedPath: (string | number)[] | undefined = undefined;
  private cachedNode: Node | undefined = undefined;

  constructor(
    /** The document whose tree `node` is found in. */
    private readonly card: CardDocument,
    readonly tag: string | undefined,
    readonly spec: ComponentSpec | undefined,
    readonly value: JsonObject,
    readonly parent: Component | undefined,
    readonly slot: string,
    readonly containerDepth: number,
    readonly form: ComponentNode | undefined,
    /** The path of the array or place it stands in: the parent's slot path, or the top-level array's. */
    private readonly slotPath: readonly string[],
    /** Its index in that array; -1 for a component in place (1.0 `div.extra`). */
    private readonly index: number,
  ) {}

  get path(): (string | number)[] {
    if (this.cachedPath) return this.cachedPath;
    const path: (string | number)[] = this.parent
      ? [...this.parent.path, ...this.slotPath]
      : [...this.slotPath];
    if (this.index >= 0) path.push(this.index);
    return (this.cachedPath = path);
  }

  /** The component's object in the card's tree (the same node every time: features compare them). */
  get node(): Node {
    // The path leads to an object: the tree and the value agree item for item (both keep a repeated
    // key's last value).
    return (this.cachedNode ??= nodeAt(this.card.cardNode, this.path)!);
  }
}

/**
 * Fills `card.components` and `card.topLevel` from `card.cardValue` (2.0: body.elements and container slots;
 * 1.0: elements, i18n_elements and action modules).
 */
export function collectComponents(card: CardDocument): void {
  const kind = card.kind;
  const cardValue = card.cardValue;
  // The children of the components being visited, innermost last, copied out when a component's slots are
  // done: each `children` array then has exactly its size, where pushing onto `[]` gave every container room
  // for 17 (measured above, with the paths). jsonTree.ts builds its `children` the same way.
  // (A count of its own, since lowering an array's `length` may shrink its store and pushing grows it again.)
  // Stryker disable next-line ArrayDeclaration: each slot of pending is written before it is read, so what it starts with is never seen
  const pending: ComponentNode[] = [];
  let pendingLength = 0;
  const visit = (
    value: JsonValue | undefined,
    parent: Component | undefined,
    slotPath: readonly string[],
    index: number,
    slot: string,
    form: ComponentNode | undefined,
  ): void => {
    if (!isRecord(value)) return;
    const tag = typeof value.tag === 'string' ? value.tag : undefined;
    const spec = componentSpec(tag, kind);
    const parentCounts = parent !== undefined && (parent.spec?.countsForNesting ?? false);
    const depth = parent ? parent.containerDepth + (parentCounts ? 1 : 0) : 0;
    const component = new Component(card, tag, spec, value, parent, slot, depth, form, slotPath, index);
    card.components.push(component);
    if (!parent) card.topLevel.push(component);
    const childForm = tag === 'form' ? component : form;
    const first = pendingLength;
    for (const { path: childSlotPath, single } of spec ? (spec.slots ?? NO_SLOTS) : UNKNOWN_SLOTS) {
      const slotName = childSlotPath[childSlotPath.length - 1];
      const held = valueAtPath(value, childSlotPath);
      if (single) {
        // One component in place (1.0 `div.extra`).
        visit(held, component, childSlotPath, -1, slotName, childForm);
        continue;
      }
      if (!Array.isArray(held)) continue;
      for (let i = 0; i < held.length; i++) visit(held[i], component, childSlotPath, i, slotName, childForm);
    }
    // A leaf keeps the shared empty list: most components are leaves, and an empty array each was about
    // 0.3 MB per lint of the 10,000-component card (bench/allocations.ts). It is frozen, so a change throws.
    if (pendingLength > first) component.children = pending.slice(first, pendingLength);
    pendingLength = first;
    if (parent) pending[pendingLength++] = component;
  };
  const visitAll = (path: string[]) => {
    const items = valueAtPath(cardValue, path);
    if (!Array.isArray(items)) return;
    for (let i = 0; i < items.length; i++) visit(items[i], undefined, path, i, 'elements', undefined);
  };

  if (kind === 'v2') {
    visitAll(['body', 'elements']);
    // Root `elements` in a 2.0 card is a 1.0 habit; walk it too so its components are still checked.
    visitAll(['elements']);
  } else if (kind === 'v1') {
    visitAll(['elements']);
    const locales = isRecord(cardValue) ? cardValue.i18n_elements : undefined;
    if (isRecord(locales)) for (const locale of Object.keys(locales)) visitAll(['i18n_elements', locale]);
  }
}

const NO_SLOTS: { path: string[]; single?: boolean }[] = [];
/** The children of every leaf (a container with children gets its own array once its slots are walked). */
const NO_CHILDREN: readonly ComponentNode[] = Object.freeze([]);
/** Unknown tags, and 1.0 tags in a 2.0 card (an `action` module), still get their children walked. */
const UNKNOWN_SLOTS: { path: string[]; single?: boolean }[] = [
  { path: ['elements'] },
  { path: ['actions'] },
  { path: ['columns'] },
];
