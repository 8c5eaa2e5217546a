import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('form-only-component fires on multi-selects outside a form', () => {
  const [finding] = expectRule(
    'form-only-component',
    v2(
      `{"tag":«"multi_select_static"»,"options":[]},{"tag":«"multi_select_person"»},{"tag":"select_img",«"multi_select":true»,"options":[]}`,
    ),
  );
  assert.equal(finding.severity, 'error');
});

test('form-only-component stays quiet inside a form and on single selects', () => {
  expectRule(
    'form-only-component',
    v2(
      `{"tag":"select_static","options":[]},{"tag":"select_img","multi_select":false,"options":[]},` +
        `{"tag":"form","name":"f","elements":[{"tag":"multi_select_static","name":"m","options":[]},{"tag":"select_img","name":"i","multi_select":true,"options":[]},{"tag":"button","name":"s","form_action_type":"submit"}]}`,
    ),
  );
});
