import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { BTN_TEXT, v2 } from './fixCheck';

test('chart-in-form warns and says that the form page contradicts itself', () => {
  const [finding] = expectRule(
    'chart-in-form',
    v2(
      `{"tag":"form","name":"f","elements":[«{"tag":"chart","chart_spec":{"type":"line"}}»,{"tag":"button","name":"s",${BTN_TEXT},"form_action_type":"submit"}]}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /contradicts itself/);
});

test('chart-in-form stays quiet on a chart outside forms', () => {
  expectRule('chart-in-form', v2(`{"tag":"chart","chart_spec":{"type":"line"}}`));
});
