// Tells a callback body from a card by its shape, so a request fixture is never linted as a broken card and
// an answer file is checked as the platform checks answers (card-callback-communication page).
import type { Node } from 'jsonc-parser';
import { isObject, prop, stringValue } from './json';

/** Keys only a card (or a message wrapper) has at its root. */
const CARD_KEYS = ['elements', 'body', 'i18n_elements', 'msg_type', 'card_link', 'tag', 'config'];

/**
 * The request the platform POSTs on a click:
 * - the 2.0 envelope `{schema, header: {event_type …}, event: {action …}}`;
 * - the flattened shape SDK handlers receive and tests keep (`{action, context, operator …}`);
 * - the legacy `card.action.trigger_v1` body (`{open_message_id, action …}`).
 */
export function isCallbackRequest(root: Node): boolean {
  if (CARD_KEYS.some((key) => prop(root, key) !== undefined)) return false;
  const header = prop(root, 'header');
  const event = prop(root, 'event');
  if (prop(root, 'schema') !== undefined) {
    if (isObject(header) && prop(header, 'event_type') !== undefined) return true;
    if (isObject(event) && prop(event, 'action') !== undefined) return true;
  }
  const action = prop(root, 'action');
  if (!isObject(action)) return false;
  return (
    isObject(prop(root, 'context')) ||
    isObject(prop(root, 'operator')) ||
    stringValue(prop(root, 'open_message_id')) !== undefined
  );
}

/**
 * What the author's server answers: `{toast}`, `{card: {type, data}}` or both. A `card` alone counts only
 * when it has the answer's own keys (`type` or `data`), so a card wrapped some other way is not taken.
 */
export function isCallbackAnswer(root: Node): boolean {
  if (CARD_KEYS.some((key) => prop(root, key) !== undefined)) return false;
  if (prop(root, 'schema') !== undefined || prop(root, 'header') !== undefined) return false;
  if (prop(root, 'toast') !== undefined) return true;
  const card = prop(root, 'card');
  return isObject(card) && (prop(card, 'type') !== undefined || prop(card, 'data') !== undefined);
}

/** The card an answer carries (`card.type` "raw" with an object `data`), if any. */
export function answerCard(root: Node): Node | undefined {
  const card = prop(root, 'card');
  const data = prop(card, 'data');
  return stringValue(prop(card, 'type')) === 'raw' && isObject(data) ? data : undefined;
}
