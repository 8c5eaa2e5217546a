import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { stripMarkers, expectRule } from '../../support/markers';
import { BTN_TEXT, v2 } from './fixCheck';

const form = (button: string) =>
  v2(`{"tag":"form","name":"f","elements":[{"tag":"input","name":"i"},${button}]}`);

test('form-submit-legacy: a hint on the 2.0 card, and the form still counts as having a submit', () => {
  const marked = form(`{"tag":"button","name":"s",${BTN_TEXT},"action_type":«"form_submit"»}`);
  const [finding] = expectRule('form-submit-legacy', marked);
  assert.equal(finding.severity, 'hint');
  assert.match(finding.message, /form_action_type/);
  const ids = lintText(stripMarkers(marked).text).findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('form-no-submit'), ids.join());
});

test('form-submit-legacy stays quiet on form_action_type and on 1.0 cards', () => {
  expectRule(
    'form-submit-legacy',
    form(`{"tag":"button","name":"s",${BTN_TEXT},"form_action_type":"submit"}`),
  );
  expectRule(
    'form-submit-legacy',
    `{"elements":[{"tag":"form","name":"f","elements":[{"tag":"button","name":"s",${BTN_TEXT},"action_type":"form_submit"}]}]}`,
  );
});
