import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixesFor, lintText } from '../../../server/src/card';
import { expectRule } from '../../support/markers';
import { BTN_TEXT, card, checkFix, pt, v2 } from './fixCheck';

/** The body elements of a card whose one form holds an input and `element` (elements[0].elements[1]). */
const inForm = (element: unknown) => [
  { tag: 'form', name: 'f', elements: [{ tag: 'input', name: 'q' }, element] },
];

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

/** A card whose form holds a button named "go" with the old form_action submit behavior. */
function formActionButtonInForm(): string {
  return card(
    inForm({
      tag: 'button',
      name: 'go',
      text: pt('Go'),
      behaviors: [{ type: 'form_action', behavior: 'submit' }],
    }),
  );
}

test('behavior-unknown-type fix rewrites form_action into form_action_type on the form button', () => {
  const text = formActionButtonInForm();
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

test('behavior-unknown-type offers removing the behavior (the whole key for the last one), not unattended', () => {
  const only = card([{ tag: 'button', text: pt('x'), behaviors: [{ type: 'navigate' }] }]);
  const removed = checkFix('behavior-unknown-type', only, { title: /Remove this behavior/, safe: false });
  assert.deepEqual(JSON.parse(removed).body.elements[0], { tag: 'button', text: pt('x') });

  const callback = { type: 'callback', value: { a: 1 } };
  const two = card([{ tag: 'button', text: pt('x'), behaviors: [callback, { type: 'callbak', value: {} }] }]);
  const kept = checkFix('behavior-unknown-type', two, { title: /Remove this behavior/ });
  assert.deepEqual(JSON.parse(kept).body.elements[0].behaviors, [callback]);

  // form_action outside a form: removing it is the fix (form_action_type would start a new error).
  const outside = card([
    { tag: 'button', text: pt('x'), behaviors: [{ type: 'form_action', behavior: 'submit' }] },
  ]);
  checkFix('behavior-unknown-type', outside, { title: /Remove this behavior/ });
});

test('behavior-unknown-type: a form_action button inside a form gets both fixes, in zh too', () => {
  const text = formActionButtonInForm();
  checkFix('behavior-unknown-type', text, { title: /form_action_type/, safe: true });
  checkFix('behavior-unknown-type', text, { title: /Remove this behavior/, safe: false });
  const { card: parsed, findings } = lintText(text, { locale: 'zh' });
  const finding = findings.find((f) => f.ruleId === 'behavior-unknown-type')!;
  assert.ok(fixesFor(finding, parsed, text, { locale: 'zh' }).some((f) => f.title === '移除此交互'));
});

test('behavior-unknown-type stays quiet on a 1.0 card, whose button page documents form_action', () => {
  expectRule(
    'behavior-unknown-type',
    JSON.stringify({
      elements: [
        {
          tag: 'form',
          name: 'f',
          elements: [
            { tag: 'input', name: 'q' },
            {
              tag: 'button',
              name: 'b',
              text: pt('Go'),
              behaviors: [{ type: 'form_action', behavior: 'submit' }],
            },
          ],
        },
      ],
    }),
  );
});

test('behavior-unknown-type offers form_action_type only for a form_action behavior of a button in a form', () => {
  const titles = (elements: unknown[]) => {
    const text = card(elements);
    const { card: parsed, findings } = lintText(text);
    const finding = findings.find((f) => f.ruleId === 'behavior-unknown-type')!;
    return fixesFor(finding, parsed, text, 'en').map((f) => f.title);
  };
  const formAction = [{ type: 'form_action', behavior: 'submit' }];
  const rewrites = (list: string[]) => list.some((t) => /form_action_type/.test(t));
  assert.ok(rewrites(titles(inForm({ tag: 'button', name: 'go', text: pt('Go'), behaviors: formAction }))));
  // Outside a form, on another component in a form, or another unknown type: removing is the fix.
  assert.ok(!rewrites(titles([{ tag: 'button', text: pt('Go'), behaviors: formAction }])));
  assert.ok(!rewrites(titles(inForm({ tag: 'checker', name: 'c', text: pt('c'), behaviors: formAction }))));
  const navigate = [{ type: 'navigate', behavior: 'submit' }];
  assert.deepEqual(titles(inForm({ tag: 'button', name: 'go', text: pt('Go'), behaviors: navigate })), [
    'Remove this behavior',
  ]);
});

test('behavior-unknown-type form_action fix keeps a form_action_type the button already has', () => {
  const text = card(
    inForm({
      tag: 'button',
      name: 'go',
      text: pt('Go'),
      form_action_type: 'reset',
      behaviors: [{ type: 'form_action', behavior: 'submit' }],
    }),
  );
  const after = checkFix('behavior-unknown-type', text, { title: /form_action_type/ });
  const button = JSON.parse(after).body.elements[0].elements[1];
  assert.equal(button.form_action_type, 'reset');
  assert.equal(button.behaviors, undefined);
});

test('behavior-unknown-type checks 1.0 cards too (only form_action is documented there)', () => {
  const text = JSON.stringify({
    config: {},
    elements: [
      { tag: 'action', actions: [{ tag: 'button', text: pt('x'), behaviors: [{ type: 'navigate' }] }] },
    ],
  });
  const { card: parsed, findings } = lintText(text);
  assert.equal(parsed.kind, 'v1');
  assert.equal(findings.filter((f) => f.ruleId === 'behavior-unknown-type').length, 1);
});
