import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { BTN_TEXT, card, checkFix, pt, v2 } from './fixCheck';

test('behavior-unknown-type fires on unknown types, with did-you-mean and a form_action explanation', () => {
  const findings = expectRule(
    'behavior-unknown-type',
    v2(
      `{"tag":"button",${BTN_TEXT},"behaviors":[{"type":«"openurl"»,"default_url":"https://e.com"}]},` +
        `{"tag":"button",${BTN_TEXT},"behaviors":[{"type":«"navigate"»}]},` +
        `{"tag":"form","name":"f","elements":[{"tag":"button","name":"b",${BTN_TEXT},"form_action_type":"submit","behaviors":[{"type":«"form_action"»,"behavior":"submit"}]}]}`,
    ),
  );
  assert.equal(findings[0].severity, 'error');
  assert.match(findings[0].message, /Did you mean "open_url"/);
  assert.match(findings[1].message, /"navigate"/);
  assert.match(findings[2].message, /form_action_type/);
});

test('behavior-unknown-type stays quiet on open_url and callback (and leaves a missing type to the schema)', () => {
  expectRule(
    'behavior-unknown-type',
    v2(
      `{"tag":"button",${BTN_TEXT},"behaviors":[{"type":"open_url","default_url":"https://e.com"},{"type":"callback","value":{}},{"value":{}}]}`,
    ),
  );
});

test('behavior-unknown-type fix rewrites form_action into form_action_type on the form button', () => {
  const text = card([
    {
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'input', name: 'q' },
        {
          tag: 'button',
          name: 'go',
          text: pt('Go'),
          behaviors: [{ type: 'form_action', behavior: 'submit' }],
        },
      ],
    },
  ]);
  const after = checkFix('behavior-unknown-type', text, { title: /form_action_type/, safe: true });
  assert.deepEqual(JSON.parse(after).body.elements[0].elements[1], {
    tag: 'button',
    name: 'go',
    text: pt('Go'),
    form_action_type: 'submit',
  });
});

test('behavior-unknown-type form_action fix keeps other behaviors and reads "reset"', () => {
  const callback = { type: 'callback', value: { a: 1 } };
  const text = card([
    {
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'button', name: 'ok', text: pt('OK'), form_action_type: 'submit' },
        {
          tag: 'button',
          name: 'clear',
          text: pt('Clear'),
          behaviors: [callback, { type: 'form_action', behavior: 'reset' }],
        },
      ],
    },
  ]);
  const after = checkFix('behavior-unknown-type', text, { title: /form_action_type/ });
  const button = JSON.parse(after).body.elements[0].elements[1];
  assert.equal(button.form_action_type, 'reset');
  assert.deepEqual(button.behaviors, [callback]);
});

test('behavior-unknown-type did-you-mean fix', () => {
  const text = card([{ tag: 'button', text: pt('x'), behaviors: [{ type: 'callbak', value: {} }] }]);
  const after = checkFix('behavior-unknown-type', text, { title: /callback/, safe: false });
  assert.equal(JSON.parse(after).body.elements[0].behaviors[0].type, 'callback');
});
