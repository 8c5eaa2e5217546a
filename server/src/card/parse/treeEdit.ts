// Re-parse after an edit of a large card without parsing it all again, for the edits that keep the tree's
// shape: typing inside one string value (stringEdit.ts), and whitespace between tokens (a new line, an
// indent, a space: what editors and formatters do most besides typing text). Both move the previous card's
// nodes in place, so completion right after the edit waits for no parse.
//
// Whitespace between tokens changes no value, so nothing cached per node or component goes stale; only
// offsets after the edit move and the containers around it grow or shrink. It is only taken on a card whose
// text is strict JSON (no comments: whitespace inside a line comment could end it), and never inside a token.
import type { Node } from 'jsonc-parser';
import type { CardDocument } from './model';
import { isPlainCard, reparseStringEdit, shiftAfter, type MovableNode, type StringEdit } from './stringEdit';

/** The card after `edit`, made from `previous` in place; undefined when the text must be parsed in full. */
export function reparseEdit(
  previous: CardDocument,
  text: string,
  edit: StringEdit,
): CardDocument | undefined {
  return reparseStringEdit(previous, text, edit) ?? reparseWhitespaceEdit(previous, text, edit);
}

function reparseWhitespaceEdit(
  previous: CardDocument,
  text: string,
  edit: StringEdit,
): CardDocument | undefined {
  if (!isPlainCard(previous) || !previous.strictJson) return undefined;
  const start = edit.offset;
  const end = edit.offset + edit.length;
  const delta = edit.newText.length - edit.length;
  if (text.length !== previous.text.length + delta || !text.startsWith(edit.newText, start)) return undefined;
  if (!isWhitespace(previous.text, start, end) || !isWhitespace(edit.newText, 0, edit.newText.length))
    return undefined;
  // A byte-order mark is one only as the first character: an edit at the very start can make it a stray symbol.
  // (The new text cannot start with one: the inserted text is whitespace, and a mark anywhere but first is
  // not strict JSON.)
  if (start === 0 && previous.text.charCodeAt(0) === 0xfeff) return undefined;
  // Strict JSON has whitespace only between tokens and inside strings: a whitespace range is one or the other.
  const around: Node[] = [];
  let node: Node | undefined = previous.root!;
  while (node) {
    const nodeEnd = node.offset + node.length;
    if (!(node.offset < start && end < nodeEnd)) break;
    // Inside a string (a key, or a value stringEdit.ts would not move), a number or a keyword.
    if (!node.children) return undefined;
    around.push(node);
    node = childAround(node.children, start, end);
  }
  shiftAfter(previous.root!, end, delta);
  for (const container of around) (container as MovableNode).length += delta;
  // The spread reads the tree (it exists: isPlainCard); the offsets of the old text would be stale.
  return { ...previous, text, offsets: undefined };
}

/**
 * The child whose range holds the whitespace [start, end), if one does (children are in document order).
 * A child it overlaps holds it strictly: a child starts and ends with a token, never with whitespace.
 */
function childAround(children: Node[], start: number, end: number): Node | undefined {
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const child = children[middle];
    // Stryker disable next-line EqualityOperator: a child ending at `start` or starting at `end` only touches the edit, so no sibling holds it either
    if (child.offset + child.length <= start) low = middle + 1;
    // Stryker disable next-line EqualityOperator: as above
    else if (child.offset >= end) high = middle - 1;
    else return child;
  }
  return undefined;
}

/** Only JSON whitespace (space, tab, LF, CR) in text[start, end). */
function isWhitespace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}
