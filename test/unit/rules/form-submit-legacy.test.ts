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

test('form-submit-legacy names the modern spelling of each legacy value, in English and Chinese', () => {
  const reset = form(
    `{"tag":"button","name":"r",${BTN_TEXT},"action_type":«"form_reset"»},{"tag":"button","name":"s",${BTN_TEXT},"form_action_type":"submit"}`,
  );
  const [en] = expectRule('form-submit-legacy', reset);
  assert.match(en.message, /^`action_type` "form_reset" is the historical .*"form_action_type": "reset"`\.$/);
  const [zh] = expectRule('form-submit-legacy', reset, { locale: 'zh' });
  assert.match(zh.message, /^action_type "form_reset" 是历史.*"form_action_type": "reset"。$/);
  const [submit] = expectRule(
    'form-submit-legacy',
    form(`{"tag":"button","name":"s",${BTN_TEXT},"action_type":«"form_submit"»}`),
  );
  assert.match(submit.message, /"form_submit" .*"form_action_type": "submit"/);
});

test('form-submit-legacy leaves other action_type values, a non-string one, and a button that has both', () => {
  expectRule(
    'form-submit-legacy',
    form(
      `{"tag":"button","name":"a",${BTN_TEXT},"action_type":"request"},` +
        `{"tag":"button","name":"b",${BTN_TEXT},"action_type":7},` +
        `{"tag":"button","name":"c",${BTN_TEXT},"action_type":"form_reset","form_action_type":"reset"},` +
        `{"tag":"button","name":"s",${BTN_TEXT},"action_type":"form_submit","form_action_type":"submit"}`,
    ),
  );
});
