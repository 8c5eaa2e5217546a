// Completion for card JSON: offsets in, plain items out (no LSP types). Everything offered comes from the
// component catalog, so a component added there is completed everywhere without touching this code.
// Works on text that does not parse yet: the place is read with jsonc-parser's scanner (`locationAt`),
// the facts around it (tag, existing keys, enclosing form) from the cached tree. This module only decides
// what kind of place the cursor is in; completion/ holds one completer per kind.
import { contextAt } from '../cardContext';
import { completeBehaviors } from './behaviors';
import { completeComponents } from './components';
import { completeKeys } from './properties';
import { indentation, replaceRange, type CardCompletion, type CompletionSession } from './request';
import { completeValues } from './values';
import type { Locale } from '../../i18n';
import { nodeAt } from '../../parse/json';
import { locationAt } from '../location';
import type { CardDocument } from '../../parse/model';
import type { Sender } from '../../lint/types';

export type { CardCompletion, CardCompletionKind } from './request';

export interface CompleteOptions {
  locale: Locale;
  /** Cards sent by a custom (webhook) bot cannot call back, so `callback` is not offered there. */
  sender?: Sender;
}

/** Completion at `offset`; every catalog lookup below reads the catalog of the card's version. */
export function complete(card: CardDocument, offset: number, options: CompleteOptions): CardCompletion[] {
  // A card that is itself a JSON string would need every inserted character escaped: not offered there.
  if (card.kind === 'not-card' || card.wrapper === 'content-string' || card.skipped) return [];
  const text = card.text;
  const location = locationAt(card, offset);
  const prefix = card.cardPath;
  if (prefix.some((segment, i) => location.path[i] !== segment)) return [];
  // The card root itself ([]) is no key and takes no value: the completers below find nothing there.
  const path = location.path.slice(prefix.length);

  const replace = replaceRange(text, offset, location.previousNode);
  const session: CompletionSession = {
    card,
    text,
    locale: options.locale,
    sender: options.sender,
    replace,
    typed: text.slice(replace.start, replace.end),
    formatting: indentation(text, replace.start),
    items: [],
  };

  const last = path[path.length - 1];
  // The scanner can leave `isAtPropertyKey` set after `},` inside an array; an index means an array item.
  const atKey = typeof last === 'string' && (location.isAtPropertyKey || afterValue(card, path, offset));
  if (atKey) {
    const context = contextAt(card, path.slice(0, -1), { object: true, keysOf: true });
    if (context) completeKeys(session, context);
  } else if (typeof last === 'number') {
    const context = contextAt(card, path);
    if (context?.kind === 'slot') completeComponents(session, context.slot, 'object');
    if (context?.kind === 'behavior-slot') completeBehaviors(session, context.component, 'object');
  } else {
    const context = contextAt(card, path);
    if (context) completeValues(session, context);
  }
  return session.items;
}

/**
 * `{"tag": "button" |}`: the scanner still reports the value of `tag`, but the cursor is past it, where
 * the next property name goes.
 */
function afterValue(card: CardDocument, path: (string | number)[], offset: number): boolean {
  const value = nodeAt(card.cardNode, path);
  return value !== undefined && offset > value.offset + value.length;
}
