import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { buildRequest } from '../../../server/src/card/interaction/request';
import { expectRule } from '../../support/markers';

const identity = {
  appId: 'cli_1',
  tenantKey: 't',
  openId: 'ou_1',
  unionId: 'on_1',
  userId: 'u1',
  verificationToken: 'v',
  openMessageId: 'om_1',
  openChatId: 'oc_1',
};

test('a request the console builds is a request, clean, and never a card', () => {
  const request = buildRequest({ tag: 'button', value: { a: 1 } } as never, identity as never);
  const { card, findings } = lintText(JSON.stringify(request, null, 2), { forceCard: true });
  assert.equal(card.callback?.role, 'request');
  assert.equal(card.kind, 'not-card');
  assert.deepEqual(findings, []);
});

test('callback-request-invalid: missing envelope fields, a wrong action, a malformed form_value', () => {
  const [finding] = expectRule(
    'callback-request-invalid',
    '{"schema": "2.0", «"header"»: {"event_type": "card.action.trigger", "event_id": "e", "token": "t", "create_time": "1", "tenant_key": "k"}, "event": {"operator": {}, "context": {}, "action": {"tag": "button", "value": «7», "form_value": {"a": «{"b": 1}», "b": ["x"], "c": true}}}}',
  );
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /header\.app_id/);
  expectRule(
    'callback-request-invalid',
    '{"action": {"tag": "select_static", "options": «"a"»}, "context": {}}',
  );
  expectRule(
    'callback-request-invalid',
    '{"schema": «"1.0"», «"header"»: {"event_type": "card.action.trigger"}, "event": «[]»}',
  );
});

test('callback-request-invalid stays quiet on the flattened SDK shape', () => {
  expectRule(
    'callback-request-invalid',
    '{"operator": {"open_id": "ou"}, "action": {"tag": "button", "value": {"k": "v"}, "form_value": {"n": "x"}}, "context": {"open_message_id": "om"}}',
  );
});
