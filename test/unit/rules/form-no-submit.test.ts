import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { lintText } from '../../../server/src/card/lint/engine';
import { fixesFor } from '../../../server/src/card/lint/fixes';
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

test('form-no-submit on a 1.0 card, and its fix labels the button in the locale', () => {
  expectRule('form-no-submit', `{"config":{},"elements":[{"tag":«"form"»,"name":"f","elements":[]}]}`);
  const text = card([{ tag: 'form', name: 'f', elements: [] }]);
  const { card: parsed, findings } = lintText(text);
  const finding = findings.find((f) => f.ruleId === 'form-no-submit')!;
  for (const [locale, label, title] of [
    ['en', 'Submit', 'Add a submit button to the form'],
    ['zh', '提交', '在表单中添加提交按钮'],
  ] as const) {
    const [fix] = fixesFor(finding, parsed, text, locale);
    assert.equal(fix.title, title);
    const button = JSON.parse(applyEdits(text, fix.edits)).body.elements[0].elements[0];
    assert.deepEqual(button, {
      tag: 'button',
      text: { tag: 'plain_text', content: label },
      type: 'primary',
      name: 'submit_1',
      form_action_type: 'submit',
    });
  }
});

test('form-no-submit fix replaces `elements` that is not an array', () => {
  const text = card([{ tag: 'form', name: 'f', elements: { tag: 'input' } }]);
  const after = checkFix('form-no-submit', text);
  const elements = JSON.parse(after).body.elements[0].elements;
  assert.ok(Array.isArray(elements));
  assert.equal(elements.length, 1);
  assert.equal(elements[0].form_action_type, 'submit');
});
