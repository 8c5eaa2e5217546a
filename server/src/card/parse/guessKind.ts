// A cheap guess at a card's kind for text too large or too deep to parse (parse.ts skips such a text): it
// decides whether the user gets the one size/depth message or, for JSON that is no card, nothing at all.
import type { CardKind } from './model';

/** How much of the text the guess reads: keys of a real card come long before this. */
const SCAN_LIMIT = 200_000;

/**
 * 'v2' for a 2.0 card or a message body carrying a card; 'v1' for a text whose root object has the 1.0
 * shape parse.ts recognises (root `elements` holding objects, `i18n_elements`, or `header` with `config` or
 * `card_link`, and no root `tag`); otherwise 'not-card'. `force` (a file the user calls a card) never
 * gives 'not-card'.
 */
export function guessKind(text: string, force = false): CardKind {
  const head = text.slice(0, SCAN_LIMIT);
  if (/"schema"\s*:\s*"2\.0"/.test(head)) return 'v2';
  if (/"msg_type"\s*:\s*"interactive"/.test(head.slice(0, 4096))) return 'v2';
  const keys = rootKeys(head);
  const opens = (key: string, bracket: string) => {
    const at = keys.get(key);
    return at !== undefined && head[at] === bracket;
  };
  // As parse.ts: a root `tag` is a component snippet, `elements` holding arrays are rich-text rows.
  const elements = keys.get('elements');
  // Stryker disable next-line ConditionalExpression: without `elements`, head[NaN] is undefined as well
  const firstItem = elements === undefined ? undefined : head[skipSpace(head, elements + 1)];
  const hasV1Shape =
    !keys.has('tag') &&
    ((opens('elements', '[') && firstItem !== '[') ||
      opens('i18n_elements', '{') ||
      (opens('header', '{') && (keys.has('config') || keys.has('card_link'))));
  if (keys.has('schema') && opens('body', '{')) return 'v2';
  if (hasV1Shape) return 'v1';
  return force ? 'v2' : 'not-card';
}

/**
 * The keys of the root object that `text` reaches, each with the offset of its value. Reads strings and
 * brackets only, without recursion; stops at the end of the root.
 */
function rootKeys(text: string): Map<string, number> {
  const keys = new Map<string, number>();
  let i = skipSpace(text, 0);
  if (text[i] !== '{') return keys;
  let depth = 0;
  // Stryker disable next-line BooleanLiteral: the root `{` read first sets it anyway
  let expectKey = false;
  // Stryker disable next-line EqualityOperator: text[text.length] is undefined and matches no branch
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        const colon = skipSpace(text, end);
        if (text[colon] === ':') {
          const value = skipSpace(text, colon + 1);
          // Stryker disable next-line ConditionalExpression,EqualityOperator: a key at the very end has no value; head[at] is undefined then, as for a missing key
          if (value < text.length) keys.set(text.slice(i + 1, end - 1), value);
        }
        expectKey = false;
      }
      i = end - 1;
    } else if (c === '{' || c === '[') {
      depth++;
      expectKey = c === '{' && depth === 1;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) break;
    } else if (c === ',' && depth === 1) expectKey = true;
  }
  return keys;
}

/** Offset just past the string literal opening at `start`. */
function stringEnd(text: string, start: number): number {
  // Stryker disable next-line EqualityOperator: text[text.length] is undefined and ends nothing
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  // charAt past the end is '', which is no space: the loop needs no bound of its own.
  while (/\s/.test(text.charAt(i))) i++;
  return i;
}
