// Minimal, format-preserving JSON edits for quick fixes, built on jsonc-parser's `modify`.
import { findNodeAtLocation, modify, parseTree, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import type { CardDocument, TextEdit } from './model';

/** Guesses the file's indentation and line ends so inserted text matches its neighbours. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indents = text.match(/^[ \t]+(?=["{[\]}])/gm) ?? [];
  if (indents.some((i) => i.startsWith('\t'))) return { insertSpaces: false, tabSize: 4, eol };
  const widths = indents.map((i) => i.length).filter((w) => w > 0);
  const tabSize = widths.length ? widths.reduce((a, b) => gcd(a, b)) : 2;
  return { insertSpaces: true, tabSize: tabSize > 0 && tabSize <= 8 ? tabSize : 2, eol };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Sets (or, with `undefined`, removes) the value at a path below the card root.
 * `insertAt` inserts into an array instead of replacing.
 */
export function setAt(
  card: CardDocument,
  text: string,
  pathInCard: JSONPath,
  value: unknown,
  options: { insertAt?: boolean } = {},
): TextEdit[] {
  if (value === undefined && !options.insertAt) {
    const removal = removeLastArrayItem(text, [...card.cardPath, ...pathInCard]);
    if (removal) return removal;
  }
  return modify(text, [...card.cardPath, ...pathInCard], value, {
    formattingOptions: detectFormatting(text),
    isArrayInsertion: options.insertAt ?? false,
  }).map((e) => ({ offset: e.offset, length: e.length, newText: e.content }));
}

/**
 * jsonc-parser 3.3.1 `modify` removes only the comma when asked to remove the last of several array items
 * (`[1,2]` becomes `[12]`, and `[{..},{..}]` becomes invalid JSON). This removal does it right: from the end
 * of the previous item to the end of the removed one, leaving the rest of the file's formatting alone.
 */
function removeLastArrayItem(text: string, path: JSONPath): TextEdit[] | undefined {
  const index = path[path.length - 1];
  if (typeof index !== 'number') return undefined;
  const root = parseTree(text);
  const array = root && findNodeAtLocation(root, path.slice(0, -1));
  const items = array?.type === 'array' ? (array.children ?? []) : [];
  if (items.length < 2 || index !== items.length - 1) return undefined;
  const previous = items[index - 1];
  const item = items[index];
  const start = previous.offset + previous.length;
  return [{ offset: start, length: item.offset + item.length - start, newText: '' }];
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
