import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

const CARD = v2(
  `{"tag":"button","behaviors":[«{"type":"callback","value":{}}»]},` +
    `{"tag":"button","behaviors":[{"type":"open_url","default_url":"https://e.com"}]},` +
    `{"tag":«"select_static"»,"options":[]},` +
    `{"tag":"checker"},` +
    `{"tag":"form","name":"f","elements":[{"tag":"input","name":"q"},{"tag":«"button"»,"name":"s","form_action_type":"submit"},{"tag":"button","name":"r","form_action_type":"reset"}]}`,
);

test('webhook-callback fires on callbacks when the sender is a webhook bot', () => {
  const [finding] = expectRule('webhook-callback', CARD, { sender: 'webhook' });
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /custom \(webhook\) bot/);
});

test('webhook-callback fires inside the {"msg_type","card"} wrapper a custom bot posts', () => {
  expectRule(
    'webhook-callback',
    `{"msg_type":"interactive","card":{"schema":"2.0","body":{"elements":[{"tag":"button","behaviors":[«{"type":"callback","value":{}}»]}]}}}`,
  );
});

test('webhook-callback stays quiet for app bots', () => {
  expectRule('webhook-callback', CARD.replace(/[«»]/g, ''));
});
