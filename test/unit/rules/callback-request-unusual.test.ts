import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';

test('callback-request-unusual: a string value and another event type are warnings', () => {
  const [finding] = expectRule(
    'callback-request-unusual',
    '{"action": {"tag": "button", "value": «"approve"»}, "open_message_id": "om_1"}',
  );
  assert.equal(finding.severity, 'warning');
  expectRule(
    'callback-request-unusual',
    '{"schema": "2.0", "header": {"event_type": «"url.preview.get"»}, "event": {"action": {"tag": "button"}}}',
  );
});

test('callback-request-unusual stays quiet on an object value', () => {
  expectRule('callback-request-unusual', '{"action": {"tag": "button", "value": {"a": 1}}, "context": {}}');
});
