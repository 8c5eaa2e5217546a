// How a new version of the previewed card replaces the old one on screen without a full redraw: the
// components the pairing (cardDiff.ts) found unchanged, at the same path and in the same form, keep their
// DOM (so what the page holds there — typed text, focus, selection, scroll — stays as it is); the rest is
// drawn afresh; the body's children are then put in order with as few DOM moves as possible. Also carries
// the UI-only state (panels, table pages) to where its component now is, and cuts the superseded parse
// loose so the DOM that outlives it does not keep every earlier parse in memory.
import { type CardDocument, type ComponentNode, pathKey } from '../../../server/src/card';
import type { Pairing } from './cardDiff';

/** During an update: hands out the DOM of unchanged components for the render context to return. */
export class Reuse {
  private readonly containers = new Map<ComponentNode, HTMLElement | undefined>();

  /** `top`: the element of each top-level component of the card drawn. */
  constructor(
    private readonly pairing: Pairing,
    private readonly top: Map<ComponentNode, HTMLElement>,
  ) {}

  /** The old element of `node`'s unchanged twin, if it can stand for `node` as it is. */
  take(node: ComponentNode): HTMLElement | undefined {
    const old = this.pairing.sameAs(node);
    // Its listeners find their component by path; inside a form or not decides what a field does.
    if (!old || !samePath(old.path, node.path) || !samePath(old.form?.path, node.form?.path))
      return undefined;
    return this.elementOf(old);
  }

  private elementOf(old: ComponentNode): HTMLElement | undefined {
    if (!old.parent) return this.top.get(old);
    if (!this.containers.has(old.parent)) this.containers.set(old.parent, this.elementOf(old.parent));
    const key = CSS.escape(pathKey(old.path));
    return this.containers.get(old.parent)?.querySelector<HTMLElement>(`[data-path="${key}"]`) ?? undefined;
  }
}

function samePath(a: (string | number)[] | undefined, b: (string | number)[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((step, i) => step === b[i]);
}

/** Makes `parent`'s element children exactly `wanted`, in order, leaving in place those already there. */
export function reconcile(parent: HTMLElement, wanted: HTMLElement[]): void {
  const keep = new Set<Element>(wanted);
  for (const child of Array.from(parent.children)) if (!keep.has(child)) child.remove();
  let cursor = parent.firstElementChild;
  for (const node of wanted) {
    if (node === cursor) cursor = cursor.nextElementSibling;
    else parent.insertBefore(node, cursor);
  }
}

/**
 * Moves UI-only state to where its component is in the new card (`placeOf` from the pairing); state of
 * removed or changed components is dropped. Keys are a path key, optionally followed by a suffix
 * (`["body","elements",3]:page`).
 */
export function carryUi(
  ui: Map<string, unknown>,
  placeOf: (key: string) => (string | number)[] | undefined,
): void {
  const entries = [...ui];
  ui.clear();
  for (const [key, value] of entries) {
    const end = key.lastIndexOf(']') + 1;
    const path = end > 0 ? placeOf(key.slice(0, end)) : undefined;
    if (path) ui.set(pathKey(path) + key.slice(end), value);
  }
}

/**
 * Keeps the focused element focused (with its text selection) if it is still on the page after `change`:
 * moving a node in the DOM blurs it, and an unchanged field moved into its redrawn container is still the
 * field the user was typing in.
 */
export function keepingFocus(scope: HTMLElement, change: () => void): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !scope.contains(active)) return change();
  const field =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active : undefined;
  let selection: [number | null, number | null, 'forward' | 'backward' | 'none' | undefined] | undefined;
  try {
    if (field) selection = [field.selectionStart, field.selectionEnd, field.selectionDirection ?? undefined];
  } catch {
    // Input types without a text selection (date, checkbox) throw on reading it.
  }
  change();
  if (!active.isConnected || document.activeElement === active) return;
  active.focus({ preventScroll: true });
  if (field && selection && selection[0] !== null && selection[1] !== null)
    field.setSelectionRange(selection[0], selection[1], selection[2]);
}

/**
 * Cuts a superseded parse loose: the listeners of DOM drawn from it hold its components, and a component
 * holds its whole tree through `node` and `parent`. Listeners find their component in the current card by
 * `path`, which is kept (with `tag` and `slot`); nothing else reads a superseded component.
 */
export function release(doc: CardDocument): void {
  for (const c of doc.components) {
    const loose = c as unknown as {
      card?: unknown;
      parent?: unknown;
      form?: unknown;
      children: unknown[];
    };
    // `node` is read through a getter (the core builds the tree on first read): shadowed, not assigned. The
    // component's document goes too, since it holds that tree and the card's value.
    Object.defineProperty(c, 'node', { value: undefined, writable: true, configurable: true });
    loose.card = undefined;
    loose.parent = undefined;
    loose.form = undefined;
    loose.children = [];
  }
}
