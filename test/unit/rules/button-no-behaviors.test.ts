import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { BTN_TEXT, v2 } from './fixCheck';

test('button-no-behaviors: a 2.0 button with no behaviors and no form role, saying what happens for app and webhook', () => {
  const [finding] = expectRule('button-no-behaviors', v2(`{"tag":«"button"»,${BTN_TEXT}}`));
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /app sends.*calls back.*webhook.*nothing/s);
});

test('button-no-behaviors stays quiet on behaviors, form roles, legacy fields and disabled buttons', () => {
  expectRule(
    'button-no-behaviors',
    v2(
      `{"tag":"button",${BTN_TEXT},"behaviors":[{"type":"callback","value":{"a":1}}]},{"tag":"button",${BTN_TEXT},"disabled":true},{"tag":"button",${BTN_TEXT},"url":"https://e.com"},{"tag":"form","name":"f","elements":[{"tag":"button","name":"s",${BTN_TEXT},"form_action_type":"submit"}]}`,
    ),
  );
});
