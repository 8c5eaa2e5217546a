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

const TEXT = `"text":{"tag":"plain_text","content":"x"}`;
const CALLBACK = `{"type":"callback","value":{"a":1}}`;

test('callback-inside-form: any field but the submit button, 1.0 forms too; links are no callbacks', () => {
  const [input, button] = expectRule(
    'callback-inside-form',
    `{"elements":[{"tag":"form","name":"f","elements":[{"tag":"input","name":"q","behaviors":[«${CALLBACK}»]},{"tag":"button",${TEXT},"name":"b","behaviors":[«${CALLBACK}»]},{"tag":"button",${TEXT},"name":"s","action_type":"form_submit"}]}]}`,
  );
  assert.match(input.message, /^This `input` is inside a form/);
  assert.match(button.message, /^This `button` is inside a form/);
  // Only a button submits: an input that claims to (unknown-property says so) is still a field.
  expectRule(
    'callback-inside-form',
    v2(
      `{"tag":"form","name":"f","elements":[{"tag":"input","name":"q","form_action_type":"submit","behaviors":[«${CALLBACK}»]},{"tag":"input","name":"r","behaviors":[{"type":"open_url","default_url":"https://e.com"}]},{"tag":"button",${TEXT},"name":"s","form_action_type":"submit"}]}`,
    ),
  );
});
