import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('form-no-submit fires on a form without a submit button', () => {
  const [finding] = expectRule(
    'form-no-submit',
    v2(
      `{"tag":«"form"»,"name":"f","elements":[{"tag":"input","name":"q"},{"tag":"button","name":"r","form_action_type":"reset"}]}`,
    ),
  );
  assert.equal(finding.severity, 'error');
});

test('form-no-submit accepts a submit button at any depth and the deprecated action_type', () => {
  expectRule(
    'form-no-submit',
    v2(
      `{"tag":"form","name":"a","elements":[{"tag":"column_set","columns":[{"tag":"column","elements":[{"tag":"button","name":"s","form_action_type":"submit"}]}]}]},` +
        `{"tag":"form","name":"b","elements":[{"tag":"button","name":"t","action_type":"form_submit"}]}`,
    ),
  );
});

test('form-no-submit fix appends a submit button', () => {
  const text = card([
    { tag: 'form', name: 'f', elements: [{ tag: 'input', name: 'q', placeholder: pt('x') }] },
  ]);
  const after = checkFix('form-no-submit', text, { safe: true });
  const button = JSON.parse(after).body.elements[0].elements[1];
  assert.equal(button.form_action_type, 'submit');
  assert.equal(button.name, 'submit_1');
});

test('form-no-submit fix adds elements when the form has none', () => {
  const text = card([{ tag: 'form', name: 'f' }]);
  const after = checkFix('form-no-submit', text);
  assert.equal(JSON.parse(after).body.elements[0].elements.length, 1);
});
