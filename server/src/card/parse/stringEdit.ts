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
import { forgetValue, prop, rememberValue } from './json';
import { hasTree } from './parse';
import { isRecord } from './values';
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

/**
 * Values whose change alters the component model (or data cached per component), not just one value:
 * `msg_type` too, as "interactive" makes the root a message that wraps its card.
 */
const STRUCTURAL_KEYS = new Set(['tag', 'schema', 'type', 'msg_type']);

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
  // Only a property's value: not a key (which the model reads), nor an array item or the root.
  const property = node.parent;
  if (property?.type !== 'property' || property.children![1] !== node) return undefined;
  if (STRUCTURAL_KEYS.has(property.children![0].value as string)) return undefined;
  // Its new value is its raw text only if the whole string has no escapes (not just the edited part).
  const content = text.slice(node.offset + 1, node.offset + node.length - 1 + delta);
  if (!isInert(content)) return undefined;

  shiftAfter(previous.root!, end, delta);
  for (let around: Node | undefined = node; around; around = around.parent) {
    (around as MovableNode).length += delta;
    forgetValue(around);
  }
  (node as MovableNode).value = content;
  // The card's value (which the components' values are part of) gets the same change, and stays the
  // card node's value: the rules then read the new string without a JSON.parse of the whole card.
  const owner = valueHolding(previous, property);
  if (owner) owner[property.children![0].value as string] = content;
  // Stryker disable next-line all: speed only; without it the card node's value is read again from the tree, equal
  if (previous.cardNode && previous.cardValue !== undefined)
    rememberValue(previous.cardNode, previous.cardValue);
  // The spread reads the tree (it exists: isPlainCard); the offsets of the old text would be stale.
  return { ...previous, text, offsets: undefined };
}

/**
 * The object of the card's value that holds `property`'s value: found by going up the tree to the card
 * node, and down the value again. Undefined when the property, or one above it, is a repeated key that an
 * later one overrides: its string is in no value (JSON.parse keeps the last), so there is nothing to change.
 */
function valueHolding(card: CardDocument, property: Node): Record<string, unknown> | undefined {
  const steps: (string | number)[] = [];
  let child: Node = property.parent!;
  while (child !== card.cardNode) {
    const parent = child.parent;
    if (!parent) return undefined;
    if (parent.type === 'array') steps.push(parent.children!.indexOf(child));
    else if (parent.type === 'property') {
      const key = parent.children![0].value as string;
      if (prop(parent.parent, key) !== child) return undefined;
      steps.push(key);
      child = parent.parent!;
      continue;
    }
    child = parent;
  }
  let value: unknown = card.cardValue;
  for (let i = steps.length - 1; i >= 0; i--) value = (value as Record<string | number, unknown>)[steps[i]];
  const key = property.children![0].value as string;
  if (!isRecord(value) || prop(property.parent, key) !== property.children![1]) return undefined;
  return value as Record<string, unknown>;
}

/** A bare card that parsed cleanly: the only kind whose tree is reused (no wrapper offsets to remap). */
export function isPlainCard(card: CardDocument): boolean {
  return (
    // A tree not built yet is not built for this: parsing the new text costs less than building the old one.
    hasTree(card) &&
    // Stryker disable next-line ConditionalExpression: every card without a root is also skipped or not a card
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
  // Stryker disable next-line EqualityOperator: one step past the end reads NaN, which passes every test
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code < 0x20) return false;
  }
  return true;
}

/**
 * The string node whose range holds [start, end), if there is one. An edit that reaches one of its quotes
 * is refused by the caller's check of the new content (it would hold a quote or lose one).
 */
function stringAround(root: Node, start: number, end: number): Node | undefined {
  let node: Node | undefined = root;
  while (node && node.type !== 'string') {
    // Stryker disable next-line EqualityOperator: an edit on a child's first or last character reaches a quote or bracket, refused either way
    node = node.children?.find((child) => child.offset <= start && end <= child.offset + child.length);
  }
  return node;
}

/**
 * Moves every node that starts at or after `from` by `delta`. Recursive: a reused tree is at most
 * parseCard's depth limit deep (it is never reused when that guard stopped the parse).
 */
export function shiftAfter(node: Node, from: number, delta: number): void {
  if (node.offset >= from) {
    // Stryker disable next-line ConditionalExpression: speed only; shiftAll would move the root the same
    return node.parent === undefined
      ? shiftRoot(node as MovableNode, delta)
      : shiftAll(node as MovableNode, delta);
  }
  // A node without a colon (-1) has none to move.
  if ((node.colonOffset ?? -1) >= from) (node as MovableNode).colonOffset! += delta;
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    // Only a shortcut: a child ending before `from` holds nothing at or after it.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: visiting such a child moves nothing
    if (child.offset + child.length >= from) shiftAfter(child, from, delta);
  }
}

/**
 * Moves a node and everything inside it by `delta`. Each kind of node is moved by lines of its own: a tree
 * holds nodes of several shapes (containers, properties, keys, values), and a property read that meets more
 * than a few shapes is many times slower in V8 than one that meets one or two. On the 1 MB card (75,000
 * nodes) one set of lines for every kind took 5–8 ms per edit; these take about 0.5 ms.
 */
function shiftAll(node: MovableNode, delta: number): void {
  switch (node.type) {
    case 'object':
    case 'array': {
      node.offset += delta;
      const children = node.children!;
      for (let i = 0; i < children.length; i++) shiftAll(children[i] as MovableNode, delta);
      return;
    }
    case 'property': {
      node.offset += delta;
      // Stryker disable next-line ConditionalExpression: a property of a plain card always has its colon
      if (node.colonOffset !== undefined) node.colonOffset += delta;
      const children = node.children!;
      shiftKey(children[0] as MovableNode, delta);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a property of a plain card always has its value
      if (children.length > 1) shiftAll(children[1] as MovableNode, delta);
      return;
    }
    default:
      node.offset += delta;
  }
}

/**
 * The root, moved apart from the other nodes: it has no `parent` property (deleted, as in jsonc-parser's own
 * trees), which leaves it in V8's slow dictionary mode, and reads in shiftAll that had met it once stayed
 * slow for every node after (an edit before the root of the 1 MB card: 5 ms instead of 0.5 for each shift).
 */
function shiftRoot(root: MovableNode, delta: number): void {
  root.offset += delta;
  const children = root.children ?? [];
  for (let i = 0; i < children.length; i++) shiftAll(children[i] as MovableNode, delta);
}

/** A property's key: a string node of a shape of its own (its `value` comes first). */
function shiftKey(key: MovableNode, delta: number): void {
  key.offset += delta;
}
