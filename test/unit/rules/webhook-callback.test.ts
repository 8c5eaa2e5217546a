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

test('webhook-callback names the component that calls back by default', () => {
  const findings = expectRule('webhook-callback', CARD, { sender: 'webhook' });
  assert.match(findings[1].message, /^`select_static` calls back when used/);
  assert.match(findings[2].message, /^`button` calls back when used/);
});

test('webhook-callback: link buttons (url, multi_url) and reset buttons outside a form call nothing back', () => {
  expectRule(
    'webhook-callback',
    v2(
      `{"tag":"button","url":"https://e.com"},` +
        `{"tag":"button","multi_url":{"url":"https://e.com"}},` +
        `{"tag":"button","form_action_type":"reset"},` +
        `{"tag":«"button"»}`,
    ),
    { sender: 'webhook' },
  );
});

test('webhook-callback checks the components after one with an unknown tag', () => {
  expectRule('webhook-callback', v2(`{"tag":"mystery"},{"tag":«"select_static"»,"options":[]}`), {
    sender: 'webhook',
  });
});

test('webhook-callback checks 1.0 cards, where a form_action behavior submits or resets', () => {
  expectRule(
    'webhook-callback',
    `{"elements":[{"tag":"action","actions":[{"tag":«"button"»,"value":{"a":1}},` +
      `{"tag":"button","behaviors":[{"type":"form_action","behavior":"reset"}]}]},` +
      `{"tag":"form","name":"f","elements":[{"tag":"input","name":"q"},` +
      `{"tag":«"button"»,"name":"s","behaviors":[{"type":"form_action","behavior":"submit"}]},` +
      `{"tag":"button","name":"r","behaviors":[{"type":"form_action","behavior":"reset"}]}]}]}`,
    { sender: 'webhook' },
  );
});

test('webhook-callback: on a 2.0 card a form_action behavior resets nothing (2.0 has no such behavior)', () => {
  expectRule(
    'webhook-callback',
    v2(`{"tag":«"button"»,"behaviors":[{"type":"form_action","behavior":"reset"}]}`),
    { sender: 'webhook' },
  );
});
