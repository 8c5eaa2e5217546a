// Telling callback bodies from cards (server/src/card/parse/detect.ts), through its own functions on
// parsed values: each request shape the platform or an SDK produces, each answer shape, and the card keys
// that make any of them a card instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerHasCard, isCallbackAnswer, isCallbackRequest } from '../../../server/src/card/parse/detect';
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
