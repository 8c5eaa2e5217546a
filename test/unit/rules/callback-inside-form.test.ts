import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('callback-inside-form is info on a form field with its own callback', () => {
  const [finding] = expectRule(
    'callback-inside-form',
    v2(
      `{"tag":"form","name":"f","elements":[{"tag":"input","name":"q","behaviors":[«{"type":"callback","value":{"a":1}}»]},{"tag":"button","name":"s","form_action_type":"submit"}]}`,
    ),
  );
  assert.equal(finding.severity, 'info');
  assert.match(finding.message, /submit/);
});

test('callback-inside-form stays quiet on the submit button and outside forms', () => {
  expectRule(
    'callback-inside-form',
    v2(
      `{"tag":"input","behaviors":[{"type":"callback","value":{}}]},` +
        `{"tag":"form","name":"f","elements":[{"tag":"button","name":"s","action_type":"form_submit","behaviors":[{"type":"callback","value":{}}]}]}`,
    ),
  );
});
