// Cards with a `|` at the cursor for the pure editor features (completion, hover): the helpers strip the
// cursor, ask the feature there, and accept a completion item the way an editor does (snippet placeholders
// filled with their first choice or default text), so tests read like what an author types and sees.
import assert from 'node:assert/strict';
import {
  complete,
  type CardCompletion,
  type CompleteOptions,
} from '../../server/src/card/features/completion';
import { hover } from '../../server/src/card/features/hover';
import type { Locale } from '../../server/src/card/i18n';
import { parseCard, type ParseOptions } from '../../server/src/card/parse/parse';

export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the test card needs a | cursor');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

export function completeAt(
  marked: string,
  options: Partial<CompleteOptions> & ParseOptions = {},
): { text: string; items: CardCompletion[] } {
  const { text, offset } = cursor(marked);
  const items = complete(parseCard(text, options), offset, { locale: 'en', ...options });
  return { text, items };
}

export function labelsAt(marked: string, options: Partial<CompleteOptions> & ParseOptions = {}): string[] {
  return completeAt(marked, options).items.map((i) => i.label);
}

export function itemOf(items: CardCompletion[], label: string): CardCompletion {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item "${label}" in ${JSON.stringify(items.map((i) => i.label))}`);
  return found;
}

/** The hover's Markdown at the cursor ('' when there is none). */
export function hoverAt(marked: string, locale: Locale = 'en', options: ParseOptions = {}): string {
  const { text, offset } = cursor(marked);
  const result = hover(parseCard(text, options), offset, { locale });
  if (result) assert.ok(result.markdown, 'a hover has something to say');
  return result?.markdown ?? '';
}

/** The text after accepting `item`: its edits applied, every snippet placeholder filled with its default. */
export function accept(text: string, item: CardCompletion): string {
  const edits = [
    {
      offset: item.replace.start,
      length: item.replace.end - item.replace.start,
      newText: item.snippet ? expandSnippet(item.insertText) : item.insertText,
    },
    ...item.additionalEdits,
  ].sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const e of edits) result = result.slice(0, e.offset) + e.newText + result.slice(e.offset + e.length);
  return result;
}

export function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)[,|](?:\\.|[^}\\])*\}/g, (_, first: string) =>
      first.replace(/\\(.)/g, '$1'),
    )
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => text.replace(/\\(.)/g, '$1'))
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

/** A 2.0 card whose body elements are `elements` (raw JSON text, may hold the cursor). */
export const v2 = (elements: string): string => `{"schema": "2.0", "body": {"elements": [${elements}]}}`;
