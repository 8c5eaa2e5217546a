// Re-parse after an edit that stays inside one string value: the commonest edit while typing (a text, a URL,
// a callback value). The tree keeps its shape, so instead of parsing a large card again (~100 ms at 1 MB) the
// previous card's nodes are moved in place: offsets after the edit shift, the containers around it grow or
// shrink, the string gets its new value. Completion right after such an edit then waits for nothing.
//
// The previous CardDocument is consumed: its nodes now describe the new text. Anything the edit could change
// beyond offsets and this one value — a string's quotes or escapes, a key, a `tag`, `schema` or behavior
// `type` (which the component model and its caches are built from) — makes this return undefined, and the
// caller parses the text in full.
import type { Node } from 'jsonc-parser';
import { forgetValue } from './json';
import type { CardDocument } from './model';

export interface StringEdit {
  /** Offset of the replaced range in the previous text. */
  offset: number;
  /** Length of the replaced range. */
  length: number;
  /** What replaces it. */
  newText: string;
}

/** jsonc-parser declares its nodes read-only; this module is the one place that moves them. */
export type MovableNode = { -readonly [K in keyof Node]: Node[K] };

/** Values whose change alters the component model (or data cached per component), not just one value. */
const STRUCTURAL_KEYS = new Set(['tag', 'schema', 'type']);

export function reparseStringEdit(
  previous: CardDocument,
  text: string,
  edit: StringEdit,
): CardDocument | undefined {
  if (!isPlainCard(previous)) return undefined;
  const end = edit.offset + edit.length;
  const delta = edit.newText.length - edit.length;
  if (text.length !== previous.text.length + delta || !text.startsWith(edit.newText, edit.offset))
    return undefined;
  if (!isInert(previous.text.slice(edit.offset, end)) || !isInert(edit.newText)) return undefined;
  const node = stringAround(previous.root!, edit.offset, end);
  if (!node) return undefined;
  const property = node.parent;
  const key = property?.children?.[0];
  if (property?.type !== 'property' || property.children?.[1] !== node || key?.type !== 'string')
    return undefined;
  if (STRUCTURAL_KEYS.has(String(key.value))) return undefined;
  // Its new value is its raw text only if the whole string has no escapes (not just the edited part).
  const content = text.slice(node.offset + 1, node.offset + node.length - 1 + delta);
  if (!isInert(content)) return undefined;

  shiftAfter(previous.root!, end, delta);
  for (let around: Node | undefined = node; around; around = around.parent) {
    (around as MovableNode).length += delta;
    forgetValue(around);
  }
  (node as MovableNode).value = content;
  return { ...previous, text };
}

/** A bare card that parsed cleanly: the only kind whose tree is reused (no wrapper offsets to remap). */
export function isPlainCard(card: CardDocument): boolean {
  return (
    card.root !== undefined &&
    card.kind !== 'not-card' &&
    card.wrapper === 'none' &&
    card.syntaxErrors.length === 0 &&
    !card.fileSyntaxErrors?.length &&
    !card.skipped &&
    !card.callback &&
    !card.notObject
  );
}

/** Text that cannot end a string or start an escape, so the string's bounds and decoding stay as they were. */
function isInert(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code < 0x20) return false;
  }
  return true;
}

/** The string node whose content (between its quotes) holds [start, end), if there is one. */
function stringAround(root: Node, start: number, end: number): Node | undefined {
  let node: Node | undefined = root;
  while (node) {
    if (node.type === 'string') {
      return node.offset < start && end < node.offset + node.length ? node : undefined;
    }
    node = node.children?.find((child) => child.offset <= start && end <= child.offset + child.length);
  }
  return undefined;
}

/**
 * Moves every node that starts at or after `from` by `delta`. Recursive: a reused tree is at most
 * parseCard's depth limit deep (it is never reused when that guard stopped the parse).
 */
export function shiftAfter(node: Node, from: number, delta: number): void {
  if (node.offset >= from) return shiftAll(node as MovableNode, delta);
  if (node.colonOffset !== undefined && node.colonOffset >= from) (node as MovableNode).colonOffset! += delta;
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.offset + child.length >= from) shiftAfter(child, from, delta);
  }
}

/** Moves a node and everything inside it by `delta`. */
function shiftAll(node: MovableNode, delta: number): void {
  node.offset += delta;
  if (node.colonOffset !== undefined) node.colonOffset += delta;
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) shiftAll(children[i] as MovableNode, delta);
}
