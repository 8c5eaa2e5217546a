// One completion request: the text, where the cursor is, what the typed word replaces, and the small edits
// (commas, indentation) that keep the file valid JSON after an item is inserted. Every completer adds its
// items to the same session.
import type { Node } from 'jsonc-parser';
import { docsUrl, type ComponentSpec } from '../../catalog/catalog';
import { STRUCTURE_DOCS } from '../../catalog/schemaReader';
import { detectFormatting } from '../../edit/jsonEdits';
import type { Locale } from '../../i18n';
import type { CardDocument, TextEdit } from '../../parse/model';
import type { Sender } from '../../lint/types';

export type CardCompletionKind = 'component' | 'property' | 'value' | 'behavior';

export interface CardCompletion {
  label: string;
  kind: CardCompletionKind;
  /** One line shown next to the label. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Snippet syntax when `snippet` is true, plain text otherwise. */
  insertText: string;
  snippet: boolean;
  /** File offsets of the text the item replaces (the partly typed word or string, quotes included). */
  replace: { start: number; end: number };
  /** What the editor matches the typed text against (the typed text may start with a quote). */
  filterText: string;
  sortText: string;
  /** Commas the insertion needs before it, so the result stays valid JSON. */
  additionalEdits: TextEdit[];
  /** Ask the editor to suggest again after inserting (an empty `tag`, `behaviors` or component array). */
  retrigger: boolean;
}

export interface Formatting {
  /** One level of indentation. */
  unit: string;
  /** Indentation of the line the cursor is on. */
  base: string;
}

export interface CompletionSession {
  card: CardDocument;
  text: string;
  locale: Locale;
  /** Absent: an app bot (only a webhook bot changes what is offered). */
  sender: Sender | undefined;
  replace: { start: number; end: number };
  typed: string;
  formatting: Formatting;
  items: CardCompletion[];
}

/** Properties that only mean something on a field inside a form; offering them elsewhere invites a warning. */
export const FORM_ONLY_PROPERTIES = new Set(['form_action_type', 'required']);

/** The partly typed thing the item replaces: a string (quotes included) or a bare word. */
export function replaceRange(
  text: string,
  offset: number,
  previous: Node | undefined,
): { start: number; end: number } {
  // The scanner's previous node never starts after the cursor, but may end before it.
  if (
    previous &&
    (previous.type === 'string' || previous.type === 'property') &&
    offset <= previous.offset + previous.length
  ) {
    return { start: previous.offset, end: previous.offset + previous.length };
  }
  const word = /[\w.\-+]/;
  let start = offset;
  // Stryker disable next-line EqualityOperator: a word reaching the text's start is junk before the card's brace; the cursor is then at the root, where nothing is offered
  while (start > 0 && word.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && word.test(text[end])) end++;
  return { start, end };
}

function previousSignificant(text: string, offset: number): { char: string; index: number } | undefined {
  // Stryker disable next-line EqualityOperator: index 0 holds the card's `{` (no comma after it either) or junk before the card, where the cursor is at the root and nothing is offered
  for (let i = offset - 1; i >= 0; i--) {
    if (!/\s/.test(text[i])) return { char: text[i], index: i };
  }
  return undefined;
}

export function nextSignificant(text: string, offset: number): string | undefined {
  const significant = /\S/g;
  significant.lastIndex = offset;
  return significant.exec(text)?.[0];
}

/** A comma after the previous member when the user started a new one without typing it. */
export function leadingComma(session: CompletionSession): TextEdit[] {
  const previous = previousSignificant(session.text, session.replace.start);
  if (!previous || '{[,:'.includes(previous.char)) return [];
  // A comment end is not a value; leave such files alone rather than guess.
  if (previous.char === '/') return [];
  return [{ offset: previous.index + 1, length: 0, newText: ',' }];
}

/** A comma before the next member, when one follows. */
export function appendTrailingComma(session: CompletionSession, item: CardCompletion): void {
  const next = nextSignificant(session.text, session.replace.end);
  if (next !== undefined && !'}],'.includes(next) && next !== '/') item.insertText += ',';
}

export function filterFor(session: CompletionSession, quoted: string, plain: string): string {
  return session.typed.startsWith('"') ? quoted : plain;
}

export function indentation(text: string, offset: number): Formatting {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  const base = line.slice(0, line.search(/[^ \t]|$/));
  const formatting = detectFormatting(text);
  return { unit: formatting.insertSpaces ? ' '.repeat(formatting.tabSize ?? 2) : '\t', base };
}

export function ownerDocs(spec: ComponentSpec | undefined): string {
  return docsUrl(spec?.docs ?? STRUCTURE_DOCS);
}
