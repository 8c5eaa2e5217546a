// What a JSON document is, read from its plain value: a 2.0 or 1.0 card, a message that wraps one, a callback
// request or answer, or none of these. Both ways parse.ts reads a document (the strict-JSON path and the
// tree for everything else) decide here, so they cannot disagree.
import type { CardKind, CardWrapper } from './model';
import { isRecord, type JsonObject, type JsonValue } from './values';

/** Keys only a card (or a message wrapper) has at its root. */
const CARD_KEYS = ['elements', 'body', 'i18n_elements', 'msg_type', 'card_link', 'tag', 'config'];

/**
 * The request the platform POSTs on a click:
 * - the 2.0 envelope `{schema, header: {event_type …}, event: {action …}}`;
 * - the flattened shape SDK handlers receive and tests keep (`{action, context, operator …}`);
 * - the legacy `card.action.trigger_v1` body (`{open_message_id, action …}`).
 */
export function isCallbackRequest(root: JsonObject): boolean {
  if (CARD_KEYS.some((key) => root[key] !== undefined)) return false;
  const { header, event } = root;
  if (root.schema !== undefined) {
    if (isRecord(header) && header.event_type !== undefined) return true;
    if (isRecord(event) && event.action !== undefined) return true;
  }
  if (!isRecord(root.action)) return false;
  return isRecord(root.context) || isRecord(root.operator) || typeof root.open_message_id === 'string';
}

/**
 * What the author's server answers: `{toast}`, `{card: {type, data}}` or both. A `card` alone counts only
 * when it has the answer's own keys (`type` or `data`), so a card wrapped some other way is not taken.
 */
export function isCallbackAnswer(root: JsonObject): boolean {
  if (CARD_KEYS.some((key) => root[key] !== undefined)) return false;
  if (root.schema !== undefined || root.header !== undefined) return false;
  if (root.toast !== undefined) return true;
  const card = root.card;
  return isRecord(card) && (card.type !== undefined || card.data !== undefined);
}

/** Whether an answer carries a card (`card.type` "raw" with an object `data`): then it is at `card.data`. */
export function answerHasCard(root: JsonObject): boolean {
  const card = root.card;
  return isRecord(card) && card.type === 'raw' && isRecord(card.data);
}

/** `{"msg_type": "interactive", ...}`: how the message holds its card, if it is one. */
export function messageWrapper(root: JsonObject): Exclude<CardWrapper, 'none' | 'answer'> | undefined {
  if (root.msg_type !== 'interactive') return undefined;
  if (isRecord(root.card)) return 'card';
  if (typeof root.content === 'string') return 'content-string';
  return undefined;
}

/**
 * The kind of card a value is. `force`: the file says it is a card (or a message wraps it). A value read
 * from a broken tree has a key without a value as an own property set to undefined (json.ts), which the
 * last step tells from no key at all.
 */
export function detectKind(card: JsonValue | undefined, force: boolean | undefined): CardKind {
  if (!isRecord(card)) return 'not-card';
  // A reference to a card the platform builds itself, never card JSON, even where a card is expected.
  if (isCardReference(card)) return 'not-card';
  const schema = typeof card.schema === 'string' ? card.schema : undefined;
  if (schema === '2.0') return 'v2';
  // Only a file the user calls a card is checked as one when its root is a component (`tag`: a
  // collapsible_panel or form snippet from a docs page) or when its `elements` hold arrays (the content a
  // message API returns, rows of rich-text runs).
  if (!force && (card.tag !== undefined || !elementsHoldComponents(card))) return 'not-card';
  const hasV1Shape =
    Array.isArray(card.elements) ||
    isRecord(card.i18n_elements) ||
    (isRecord(card.header) && (card.config !== undefined || card.card_link !== undefined));
  if (schema === undefined && hasV1Shape) return 'v1';
  if (schema === '1.0') return 'v1';
  // Any other `schema` (e.g. "3.0", 2) on something card-shaped: check it as the 2.0 card it most likely
  // meant to be; `schema-invalid` names the accepted values.
  if (card.schema !== undefined && (hasV1Shape || card.body !== undefined))
    return card.body !== undefined ? 'v2' : 'v1';
  // A `schema` key with no value yet is a card being written: only 2.0 cards carry that key.
  if (force) return card.body !== undefined || Object.hasOwn(card, 'schema') ? 'v2' : 'v1';
  return 'not-card';
}

/**
 * `{"type": "template", "data": {"template_id": …}}` or `{"type": "card", "data": {"card_id": …}}` where a
 * message carries its card (send-message pages, the ephemeral-card page): the platform builds the card from a
 * template or a card entity, so there is no card JSON here to check.
 */
function isCardReference(card: JsonObject): boolean {
  if (card.type !== 'template' && card.type !== 'card') return false;
  if (!isRecord(card.data)) return false;
  return !['elements', 'body', 'header', 'i18n_elements', 'schema'].some((key) => card[key] !== undefined);
}

/** False when a root `elements` array holds only arrays (rich-text rows), which no card has. */
function elementsHoldComponents(card: JsonObject): boolean {
  // Stryker disable next-line ArrayDeclaration: an item that is no array, in place of none, also answers true
  const items = Array.isArray(card.elements) ? card.elements : [];
  return items.length === 0 || items.some((item) => !Array.isArray(item));
}
