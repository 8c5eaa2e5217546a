import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('form-action-outside-form fires on form_action_type (and form_submit action_type) outside a form', () => {
  const [finding] = expectRule(
    'form-action-outside-form',
    v2(`{"tag":"button",«"form_action_type":"submit"»},{"tag":"button",«"action_type":"form_reset"»}`),
  );
  assert.equal(finding.severity, 'error');
});

test('form-action-outside-form stays quiet inside a form', () => {
  expectRule(
    'form-action-outside-form',
    v2(`{"tag":"form","name":"f","elements":[{"tag":"button","name":"s","form_action_type":"submit"}]}`),
  );
});

test('form-action-outside-form fix removes form_action_type', () => {
  const text = card([{ tag: 'button', text: pt('Go'), form_action_type: 'submit' }]);
  const after = checkFix('form-action-outside-form', text, { safe: true });
  assert.deepEqual(JSON.parse(after).body.elements[0], { tag: 'button', text: pt('Go') });
});

test('form-action-outside-form: the deprecated action_type form_submit/form_reset too, on 2.0 and 1.0 cards', () => {
  const B = `"tag":"button","text":{"tag":"plain_text","content":"x"}`;
  const [legacy] = expectRule(
    'form-action-outside-form',
    v2(`{${B},«"action_type":"form_reset"»},{${B},"action_type":"request"}`),
  );
  assert.match(legacy.message, /^`action_type` only works on a button inside a `form`/);
  const after = checkFix('form-action-outside-form', v2(`{${B},"action_type":"form_submit"}`), {
    title: /^Remove `action_type`$/,
  });
  assert.equal(JSON.parse(after).body.elements[0].action_type, undefined);
  const [modern] = expectRule(
    'form-action-outside-form',
    `{"config":{},"elements":[{"tag":"action","actions":[{${B},«"form_action_type":"submit"»}]}]}`,
  );
  assert.match(modern.message, /^`form_action_type` only works/);
});
