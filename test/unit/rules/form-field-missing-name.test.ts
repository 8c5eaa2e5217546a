import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

const SUBMIT = `{"tag":"button","name":"s","form_action_type":"submit"}`;

test('form-field-missing-name fires on form fields without a name, at their tag', () => {
  const [finding] = expectRule(
    'form-field-missing-name',
    v2(
      `{"tag":"form","name":"f","elements":[{"tag":«"input"»},{"tag":«"select_static"»,"name":"","options":[]},{"tag":"markdown","content":"x"},${SUBMIT}]}`,
    ),
  );
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /`input` is inside a form but has no `name`/);
});

test('form-field-missing-name stays quiet outside forms and on named fields', () => {
  expectRule(
    'form-field-missing-name',
    v2(`{"tag":"input"},{"tag":"form","name":"f","elements":[{"tag":"input","name":"q"},${SUBMIT}]}`),
  );
});

test('form-field-missing-name fix adds a name unique in the card', () => {
  const text = card([
    {
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'input', name: 'input_1' },
        { tag: 'input', placeholder: pt('x') },
        { tag: 'button', name: 's', text: pt('Go'), form_action_type: 'submit' },
      ],
    },
  ]);
  const after = checkFix('form-field-missing-name', text, { safe: true });
  assert.equal(JSON.parse(after).body.elements[0].elements[1].name, 'input_2');
});
