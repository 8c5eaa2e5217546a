import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, v2 } from './fixCheck';

test('required-outside-form warns on required outside a form', () => {
  const [finding] = expectRule('required-outside-form', v2(`{"tag":"input",«"required":true»}`));
  assert.equal(finding.severity, 'warning');
});

test('required-outside-form stays quiet inside a form', () => {
  expectRule(
    'required-outside-form',
    v2(
      `{"tag":"form","name":"f","elements":[{"tag":"input","name":"q","required":true},{"tag":"button","name":"s","form_action_type":"submit"}]}`,
    ),
  );
});

test('required-outside-form fix removes required', () => {
  const after = checkFix('required-outside-form', card([{ tag: 'input', required: true }]), { safe: true });
  assert.deepEqual(JSON.parse(after).body.elements[0], { tag: 'input' });
});

test('required-outside-form stays quiet for required: false (the default, asks for nothing)', () => {
  expectRule(
    'required-outside-form',
    v2(
      `{"tag":"input","name":"memo","required":false},{"tag":"select_static","required":false,"options":[]}`,
    ),
  );
});
