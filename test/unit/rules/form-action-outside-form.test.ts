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
