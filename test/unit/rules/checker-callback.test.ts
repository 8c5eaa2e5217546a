import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('checker-callback fires on a callback behavior of a checker, as a warning that says what to verify', () => {
  const [finding] = expectRule(
    'checker-callback',
    v2(
      `{"tag":"checker","text":{"tag":"plain_text","content":"a"},"behaviors":[«{"type":"callback","value":{"id":1}}»]}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /without request-callback ability by default/);
  assert.match(finding.message, /app bot/);
  const [zh] = expectRule(
    'checker-callback',
    v2(`{"tag":"checker","behaviors":[«{"type":"callback","value":{}}»]}`),
    { locale: 'zh' },
  );
  assert.match(zh.message, /勾选器是唯一默认不具备请求回调能力的交互组件/);
});

test('checker-callback stays quiet for a plain checker, buttons in its button area, and a button callback', () => {
  expectRule(
    'checker-callback',
    v2(
      `{"tag":"checker","button_area":{"buttons":[{"tag":"button","type":"text","behaviors":[{"type":"callback","value":{}}]}]}},` +
        `{"tag":"button","behaviors":[{"type":"callback","value":{}}]}`,
    ),
  );
});

test('checker-callback fix removes the callback (not unattended)', () => {
  const text = card([
    { tag: 'checker', text: pt('Task'), behaviors: [{ type: 'callback', value: { id: 1 } }] },
  ]);
  const after = checkFix('checker-callback', text, { safe: false });
  assert.deepEqual(JSON.parse(after).body.elements[0], { tag: 'checker', text: pt('Task') });
});
