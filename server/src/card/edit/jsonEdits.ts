// Minimal, format-preserving JSON edits for quick fixes. Each edit touches only the characters it must:
// jsonc-parser's `modify` re-formats every line around its change, which on a minified card is the whole
// file, so edits are built here from the tree and only the inserted value is laid out to match the file.
import { parseTree, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
import type { CardDocument, TextEdit } from '../parse/model';

// Completion asks for the formatting on every keystroke. A file is laid out one way throughout, so its first
// 64 KB decide: scanning all of a 1 MB card after every edit cost ~7 ms of each completion. Remembering the
// last answer also saves the scan while one version of the document is being completed in.
const SCANNED = 64 * 1024;
let lastHead: string | undefined;
let lastFormatting: FormattingOptions | undefined;

/** Guesses the file's indentation and line ends so inserted text matches its neighbours. */
export function detectFormatting(text: string): FormattingOptions {
  const head = text.length > SCANNED ? text.slice(0, SCANNED) : text;
  if (head !== lastHead || !lastFormatting) {
    lastFormatting = scanFormatting(head);
    lastHead = head;
  }
  return { ...lastFormatting };
}

function scanFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  const indents = text.match(/^[ \t]+(?=["{[\]}])/gm) ?? [];
  if (indents.some((i) => i.startsWith('\t'))) return { insertSpaces: false, tabSize: 4, eol };
  const widths = indents.map((i) => i.length).filter((w) => w > 0);
  const tabSize = widths.length ? widths.reduce((a, b) => gcd(a, b)) : 2;
  return { insertSpaces: true, tabSize: tabSize > 0 && tabSize <= 8 ? tabSize : 2, eol };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export interface SetOptions {
  /** Insert into the array at the path's last index instead of replacing the item there. */
  insertAt?: boolean;
  /** For a new object property: where among the existing keys it goes (default: last). */
  insertionIndex?: number;
}

/**
 * Sets (or, with `undefined`, removes) the value at a path below the card root, creating missing objects
 * and arrays on the way. Returns no edit when that cannot be done cleanly: the text does not parse, a
 * parent on the path is a value of another type, the key to remove is duplicated (removing one would
 * bring the other into effect) or absent.
 */
export function setAt(
  card: CardDocument,
  text: string,
  pathInCard: JSONPath,
  value: unknown,
  options: SetOptions = {},
): TextEdit[] {
  const root = treeOf(text);
  const path = [...card.cardPath, ...pathInCard];
  if (!root || path.length === 0) return [];
  const edit =
    value === undefined
      ? options.insertAt
        ? undefined
        : removal(text, root, path)
      : setting(text, root, path, value, options);
  return edit ? [edit] : [];
}

// Fix-all asks every finding of a round for its fixes on the same text: parse it once.
let lastTree: { text: string; root: Node | undefined } | undefined;

function treeOf(text: string): Node | undefined {
  if (lastTree?.text !== text) {
    const errors: import('jsonc-parser').ParseError[] = [];
    // A BOM counts as a space, as in parse.ts, so that every offset stays true.
    const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    const root = parseTree(source, errors);
    lastTree = { text, root: errors.length === 0 ? root : undefined };
  }
  return lastTree.root;
}

/** Items of a container: property nodes of an object, values of an array. */
function items(node: Node): Node[] {
  return node.children ?? [];
}

/** The child at one path segment; for a duplicated key the last one, which is what JSON.parse keeps. */
function childAt(node: Node, segment: string | number): Node | undefined {
  if (node.type === 'object' && typeof segment === 'string') {
    const list = items(node);
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].children?.length === 2 && list[i].children![0].value === segment)
        return list[i].children![1];
    }
    return undefined;
  }
  if (node.type === 'array' && typeof segment === 'number') return items(node)[segment];
  return undefined;
}

function fits(node: Node, segment: string | number): boolean {
  return (
    (node.type === 'object' && typeof segment === 'string') ||
    (node.type === 'array' && typeof segment === 'number' && Number.isInteger(segment) && segment >= 0)
  );
}

function removal(text: string, root: Node, path: JSONPath): TextEdit | undefined {
  let parent: Node | undefined = root;
  for (const segment of path.slice(0, -1)) parent = parent && childAt(parent, segment);
  const segment = path[path.length - 1];
  if (!parent || !fits(parent, segment)) return undefined;
  const list = items(parent);
  let index: number;
  if (parent.type === 'object') {
    const matching = list.filter((p) => p.children?.[0]?.value === segment);
    if (matching.length !== 1) return undefined;
    index = list.indexOf(matching[0]);
  } else {
    index = segment as number;
    if (index >= list.length) return undefined;
  }
  const item = list[index];
  if (list.length === 1) {
    // The only item: the container becomes empty (`{}` / `[]`), whatever the layout was.
    return { offset: parent.offset + 1, length: parent.length - 2, newText: '' };
  }
  if (index === list.length - 1) {
    // The last item takes the comma before it along.
    const previous = list[index - 1];
    const start = previous.offset + previous.length;
    return { offset: start, length: item.offset + item.length - start, newText: '' };
  }
  // Any other item takes the comma and the space after it, so the next item moves into its place.
  return { offset: item.offset, length: list[index + 1].offset - item.offset, newText: '' };
}

function setting(
  text: string,
  root: Node,
  path: JSONPath,
  value: unknown,
  options: SetOptions,
): TextEdit | undefined {
  // Walk down as far as the path exists.
  let node = root;
  let parent: Node | undefined;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const next = childAt(node, path[depth]);
    if (!next) break;
    parent = node;
    node = next;
  }
  const layout = layoutOf(text);
  if (depth === path.length && !(options.insertAt && parent?.type === 'array')) {
    const indent = lineIndent(text, node.offset);
    const pretty = parent !== undefined && hasLineBreak(text, parent);
    return { offset: node.offset, length: node.length, newText: render(value, layout, indent, pretty) };
  }
  if (depth === path.length) {
    // Inserting into the array that holds the item at that index.
    node = parent!;
    depth--;
  }
  const segment = path[depth];
  if (!fits(node, segment)) return undefined;
  let inner = value;
  for (const s of path.slice(depth + 1).reverse()) inner = typeof s === 'number' ? [inner] : { [s]: inner };
  const list = items(node);
  const index =
    node.type === 'array'
      ? Math.min(segment as number, list.length)
      : depth === path.length - 1 && options.insertionIndex !== undefined
        ? Math.max(0, Math.min(options.insertionIndex, list.length))
        : list.length;
  const containerText = text.slice(node.offset, node.offset + node.length);
  const spaced = /"\s*:[ \t]/.test(list.length ? containerText : text);
  const entry = (indent: string, pretty: boolean): string =>
    (node.type === 'object' ? JSON.stringify(segment) + (pretty || spaced ? ': ' : ':') : '') +
    render(inner, layout, indent, pretty);

  if (list.length === 0) {
    const inside = containerText.slice(1, -1);
    if (!/[\r\n]/.test(text)) return { offset: node.offset + 1, length: 0, newText: entry('', false) };
    // An empty container in a multi-line file opens up, like its neighbours.
    const outer = lineIndent(text, node.offset);
    const indent = outer + layout.unit;
    const newText = layout.eol + indent + entry(indent, true) + layout.eol + outer;
    return { offset: node.offset + 1, length: /^\s*$/.test(inside) ? inside.length : 0, newText };
  }
  const pretty = hasLineBreak(text, node);
  if (index === 0) {
    const indent = pretty ? lineIndent(text, list[0].offset) : '';
    const newText = (pretty ? layout.eol + indent : '') + entry(indent, pretty) + ',';
    return { offset: node.offset + 1, length: 0, newText };
  }
  const previous = list[index - 1];
  const indent = pretty ? lineIndent(text, previous.offset) : '';
  const newText = ',' + (pretty ? layout.eol + indent : '') + entry(indent, pretty);
  return { offset: previous.offset + previous.length, length: 0, newText };
}

interface Layout {
  eol: string;
  unit: string;
}

function layoutOf(text: string): Layout {
  const f = detectFormatting(text);
  return { eol: f.eol ?? '\n', unit: f.insertSpaces ? ' '.repeat(f.tabSize ?? 2) : '\t' };
}

function hasLineBreak(text: string, node: Node): boolean {
  return /[\r\n]/.test(text.slice(node.offset, node.offset + node.length));
}

/** The whitespace that starts the line on which `offset` stands. */
function lineIndent(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** A value as JSON: on one line, or laid out over lines continuing from `indent`. */
function render(value: unknown, layout: Layout, indent: string, pretty: boolean): string {
  if (!pretty) return JSON.stringify(value);
  return JSON.stringify(value, null, layout.unit).replace(/\n/g, layout.eol + indent);
}

/** Replaces the text of a node range as it is (for renames inside strings and such). */
export function replaceRange(start: number, end: number, newText: string): TextEdit[] {
  return [{ offset: start, length: end - start, newText }];
}

/** Applies edits to a text (used by tests, fix-all and the CLI). Edits must not overlap. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
  }
  return result;
}

/** One edit covering only what differs between two texts (none when they are equal). */
export function minimalEdit(before: string, after: string): TextEdit[] {
  return before === after ? [] : [changedRange(before, after)];
}

/** Length of blocks compared at once while looking for the first and last difference. */
const BLOCK = 1024;

/**
 * The one replacement that turns `before` into `after`: their common start and end kept, never splitting a
 * surrogate pair. Compares blocks of text natively before looking at single characters, so two 1 MB texts
 * that differ in one place cost well under a millisecond.
 */
export function changedRange(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK))
    start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  const room = () => Math.min(endBefore, endAfter) - start;
  while (
    room() >= BLOCK &&
    before.slice(endBefore - BLOCK, endBefore) === after.slice(endAfter - BLOCK, endAfter)
  ) {
    endBefore -= BLOCK;
    endAfter -= BLOCK;
  }
  while (room() > 0 && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never cut a surrogate pair in two: an edit boundary inside a character confuses editors.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (endBefore < before.length && isHighSurrogate(before.charCodeAt(endBefore - 1))) {
    endBefore++;
    endAfter++;
  }
  return { offset: start, length: endBefore - start, newText: after.slice(start, endAfter) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Replaces a card-offset range with new JSON text, in file offsets. For a card that is itself a JSON string
 * (`"content": "{...}"`) the new text is escaped so the file stays valid.
 */
export function replaceInCard(card: CardDocument, start: number, end: number, newText: string): TextEdit[] {
  const text = card.wrapper === 'content-string' ? JSON.stringify(newText).slice(1, -1) : newText;
  const from = card.toFileOffset(start);
  return [{ offset: from, length: card.toFileOffset(end) - from, newText: text }];
}
