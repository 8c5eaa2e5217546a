// The behavior and form rules on JSON 1.0 cards: 1.0 keeps interactions on the component (`value`, `url`,
// `multi_url`, `confirm`) and submits forms with `action_type: "form_submit"` or a form_action behavior.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../server/src/card/lint/engine';
import { expectRule } from '../support/markers';

const BTN = `"text":{"tag":"plain_text","content":"OK"}`;
const action = (...items: string[]) => `{"tag":"action","actions":[${items.join(',')}]}`;

test('callback-value-string: a 1.0 button or picker value that is a string (not overflow, input, select_img)', () => {
  const [finding] = expectRule(
    'callback-value-string',
    `{"elements":[${action(`{"tag":"button",${BTN},"value":«"approve"»}`, `{"tag":"date_picker","value":«"d"»}`, `{"tag":"button",${BTN},"value":{"a":1}}`, `{"tag":"overflow","options":[],"value":"o"}`, `{"tag":"input","value":"i"}`)}]}`,
  );
  assert.equal(finding.severity, 'warning');
});

test('form-no-submit: 1.0 forms submit with action_type form_submit or a form_action behavior', () => {
  expectRule(
    'form-no-submit',
    `{"elements":[{"tag":"form","name":"a","elements":[{"tag":"button","name":"s",${BTN},"action_type":"form_submit"}]},{"tag":"form","name":"b","elements":[{"tag":"button","name":"t",${BTN},"behaviors":[{"type":"form_action","behavior":"submit"}]}]},{"tag":«"form"»,"name":"c","elements":[{"tag":"input","name":"i"}]}]}`,
  );
  // The documented 1.0 spellings get no finding of their own there.
  const { findings } = lintText(
    `{"elements":[{"tag":"form","name":"a","elements":[{"tag":"input","name":"i"},{"tag":"button","name":"s",${BTN},"action_type":"form_submit","behaviors":[{"type":"form_action"}]}]}]}`,
  );
  assert.deepEqual(findings, []);
});

test('form-field-missing-name and name-duplicate check 1.0 forms', () => {
  expectRule(
    'form-field-missing-name',
    `{"elements":[{"tag":"form","name":"f","elements":[{"tag":«"input"»},{"tag":"button","name":"s",${BTN},"action_type":"form_submit"}]}]}`,
  );
  expectRule(
    'name-duplicate',
    `{"elements":[{"tag":"form","name":"f","elements":[{"tag":"input","name":"x"},{"tag":"input","name":«"x"»},{"tag":"button","name":"s",${BTN},"action_type":"form_submit"}]}]}`,
  );
});

test('confirm-incomplete and webhook-callback check 1.0 buttons', () => {
  expectRule(
    'confirm-incomplete',
    `{"elements":[${action(`{"tag":"button",${BTN},"value":{"a":1},«"confirm"»:{"title":{"tag":"plain_text","content":"t"}}}`)}]}`,
  );
  const card = `{"elements":[${action(`{"tag":«"button"»,${BTN},"value":{"a":1}}`, `{"tag":"button",${BTN},"url":"https://open.feishu.cn"}`)}]}`;
  expectRule('webhook-callback', card, { sender: 'webhook' });
  expectRule('webhook-callback', card.replace(/[«»]/g, ''));
});

test('url-invalid reads 1.0 links: multi_url, overflow option url, markdown and lark_md href; an unset card_link is quiet', () => {
  expectRule(
    'url-invalid',
    `{"card_link":{"url":"","pc_url":"","ios_url":"","android_url":""},"elements":[{"tag":"markdown","content":"[a]($u)","href":{"u":{"url":«"xxx"»}}},{"tag":"div","text":{"tag":"lark_md","content":"[a]($v)","href":{"v":{"url":«"www.example.com"»}}}},${action(`{"tag":"overflow","options":[{"text":{"tag":"plain_text","content":"o"},"url":«"docs"»}]}`, `{"tag":"button",${BTN},"multi_url":{"url":«""»}}`)}]}`,
  );
  expectRule(
    'url-invalid',
    `{"card_link":{«"url"»:"x"},"elements":[]}`.replace('«"url"»:"x"', '"url":«"x"»'),
  );
});

test('behavior-unknown-type accepts form_action on 1.0 cards only', () => {
  expectRule(
    'behavior-unknown-type',
    `{"elements":[{"tag":"form","name":"f","elements":[{"tag":"button","name":"s",${BTN},"behaviors":[{"type":"form_action"}]}]}]}`,
  );
  expectRule(
    'behavior-unknown-type',
    `{"schema":"2.0","body":{"elements":[{"tag":"form","name":"f","elements":[{"tag":"button","name":"s",${BTN},"behaviors":[{"type":«"form_action"»}]}]}]}}`,
  );
});

test('option-value-duplicate is a warning on 1.0 and skips options that only open a link', () => {
  const [finding] = expectRule(
    'option-value-duplicate',
    `{"elements":[${action(`{"tag":"select_static","options":[{"text":{"tag":"plain_text","content":"a"},"value":"x"},{"text":{"tag":"plain_text","content":"b"},"value":«"x"»}]}`, `{"tag":"overflow","options":[{"text":{"tag":"plain_text","content":"a"},"value":"d","url":"https://a.example"},{"text":{"tag":"plain_text","content":"b"},"value":"d","url":"https://b.example"}]}`)}]}`,
  );
  assert.equal(finding.severity, 'warning');
});
