// Telling callback bodies from cards (server/src/card/parse/detect.ts), through its own functions on
// parsed values: each request shape the platform or an SDK produces, each answer shape, and the card keys
// that make any of them a card instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  answerHasCard,
  detectKind,
  isCallbackAnswer,
  isCallbackRequest,
} from '../../../server/src/card/parse/detect';
import type { JsonObject } from '../../../server/src/card/parse/values';

/** A body as parse.ts hands it over: parsed from its text. */
const root = (value: unknown): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;
const CARD_KEYS = ['elements', 'body', 'i18n_elements', 'msg_type', 'card_link', 'tag', 'config'];

test('isCallbackRequest: the 2.0 envelope, by header.event_type or event.action', () => {
  assert.equal(
    isCallbackRequest(root({ schema: '2.0', header: { event_type: 'card.action.trigger' } })),
    true,
  );
  assert.equal(isCallbackRequest(root({ schema: '2.0', event: { action: { value: {} } } })), true);
  // Without `schema`, or with the markers in the wrong place, it is not the envelope.
  assert.equal(isCallbackRequest(root({ header: { event_type: 'x' } })), false);
  assert.equal(isCallbackRequest(root({ schema: '2.0', header: { token: 't' } })), false);
  assert.equal(isCallbackRequest(root({ schema: '2.0', event: { operator: {} } })), false);
  assert.equal(isCallbackRequest(root({ schema: '2.0', header: 'event_type' })), false);
  assert.equal(isCallbackRequest(root({ schema: '2.0', event: 'action' })), false);
  assert.equal(isCallbackRequest(root({ schema: '2.0' })), false);
});

test('isCallbackRequest: the flattened and legacy bodies need an action object and one more marker', () => {
  assert.equal(isCallbackRequest(root({ action: { value: {} }, context: {} })), true);
  assert.equal(isCallbackRequest(root({ action: { value: {} }, operator: {} })), true);
  assert.equal(isCallbackRequest(root({ action: { value: {} }, open_message_id: 'om_1' })), true);
  // The markers must have their types: an object context / operator, a string message id.
  assert.equal(isCallbackRequest(root({ action: { value: {} }, context: 'c' })), false);
  assert.equal(isCallbackRequest(root({ action: { value: {} }, operator: 'o' })), false);
  assert.equal(isCallbackRequest(root({ action: { value: {} }, open_message_id: 1 })), false);
  assert.equal(isCallbackRequest(root({ action: { value: {} } })), false);
  assert.equal(isCallbackRequest(root({ action: 'click', context: {} })), false);
  assert.equal(isCallbackRequest(root({ context: {}, operator: {} })), false);
  assert.equal(isCallbackRequest(root({})), false);
});

test('isCallbackRequest: any card key makes it a card', () => {
  for (const key of CARD_KEYS) {
    const body = { schema: '2.0', header: { event_type: 'x' }, action: {}, context: {}, [key]: [] };
    assert.equal(isCallbackRequest(root(body)), false, key);
  }
});

test('isCallbackAnswer: a toast, or a card with an answer key', () => {
  assert.equal(isCallbackAnswer(root({ toast: { type: 'info', content: 'ok' } })), true);
  assert.equal(isCallbackAnswer(root({ toast: 'ok' })), true);
  assert.equal(isCallbackAnswer(root({ card: { type: 'raw' } })), true);
  assert.equal(isCallbackAnswer(root({ card: { data: {} } })), true);
  // A card object without `type` or `data` is a wrapped card, not an answer; so is a non-object card.
  assert.equal(isCallbackAnswer(root({ card: { header: {} } })), false);
  assert.equal(isCallbackAnswer(root({ card: 'raw' })), false);
  assert.equal(isCallbackAnswer(root({})), false);
});

test('isCallbackAnswer: card keys, schema or header make it something else', () => {
  for (const key of [...CARD_KEYS, 'schema', 'header']) {
    assert.equal(isCallbackAnswer(root({ toast: 'ok', card: { type: 'raw' }, [key]: {} })), false, key);
  }
});

test('answerHasCard: only a raw card with an object data', () => {
  assert.equal(answerHasCard(root({ card: { type: 'raw', data: { schema: '2.0' } } })), true);
  assert.equal(answerHasCard(root({ card: { type: 'template', data: { template_id: 't' } } })), false);
  assert.equal(answerHasCard(root({ card: { type: 'raw', data: '{}' } })), false);
  assert.equal(answerHasCard(root({ card: { type: 'raw', data: [] } })), false);
  assert.equal(answerHasCard(root({ card: { data: {} } })), false);
  assert.equal(answerHasCard(root({ card: { type: 'raw' } })), false);
  assert.equal(answerHasCard(root({ toast: 'ok' })), false);
});

test('detectKind: no object is a card, even in a file called a card', () => {
  for (const value of [undefined, null, [], [{ tag: 'hr' }], 'card', 2, true])
    for (const force of [false, true]) assert.equal(detectKind(value as never, force), 'not-card');
});

test('detectKind: schema "2.0" alone makes a 2.0 card, whatever else the root holds', () => {
  assert.equal(detectKind(root({ schema: '2.0' }), false), 'v2');
  // Neither a component root's tag nor rich-text rows undo it.
  assert.equal(detectKind(root({ schema: '2.0', tag: 'form' }), false), 'v2');
  assert.equal(detectKind(root({ schema: '2.0', elements: [[{ tag: 'text' }]] }), false), 'v2');
});

test('detectKind: a schema that is no string counts as none where the 1.0 shape decides', () => {
  // With the 1.0 shape it is 1.0, a body beside it or not (a string schema other than 1.0 or 2.0 with a
  // body would be taken for a 2.0 card).
  assert.equal(detectKind(root({ schema: 2, elements: [], body: {} }), false), 'v1');
  assert.equal(detectKind(root({ schema: '3.0', elements: [], body: {} }), false), 'v2');
  assert.equal(detectKind(root({ schema: null, elements: [] }), false), 'v1');
});
