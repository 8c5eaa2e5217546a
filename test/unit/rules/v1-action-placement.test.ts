import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { expectRule } from '../../support/markers';
import { checkFix, pretty } from './fixCheck';

const BTN = `"text":{"tag":"plain_text","content":"OK"}`;

test('v1-action-placement fires on interactive elements at the 1.0 root and in i18n_elements', () => {
  const [button, , , picker] = expectRule(
    'v1-action-placement',
    `{"elements":[{"tag":«"button"»,${BTN}},{"tag":«"select_static"»,"options":[]},{"tag":«"input"»},{"tag":«"date_picker"»}],"i18n_elements":{"en_us":[{"tag":«"overflow"»,"options":[]}]}}`,
  );
  assert.equal(button.severity, 'error');
  assert.match(button.message, /^At the root of a JSON 1\.0 card, `button` must stand in an `action` module/);
  assert.match(picker.message, /`date_picker`/);
  const zh = lintText(`{"elements":[{"tag":"button",${BTN}}]}`, { locale: 'zh' }).findings;
  assert.match(
    zh.find((f) => f.ruleId === 'v1-action-placement')!.message,
    /^在 JSON 1\.0 卡片根节点，button 需放在/,
  );
});

test('v1-action-placement stays quiet in an action module, nested in containers, in div.extra and on 2.0', () => {
  expectRule(
    'v1-action-placement',
    `{"elements":[{"tag":"action","actions":[{"tag":"button",${BTN}},{"tag":"picker_time"}]},{"tag":"column_set","columns":[{"tag":"column","elements":[{"tag":"button",${BTN}}]}]},{"tag":"form","name":"f","elements":[{"tag":"input","name":"i"},{"tag":"button","name":"s","action_type":"form_submit",${BTN}}]},{"tag":"collapsible_panel","header":{"title":{"tag":"plain_text","content":"p"}},"elements":[{"tag":"select_person"}]},{"tag":"div","text":{"tag":"plain_text","content":"t"},"extra":{"tag":"button",${BTN}}},{"tag":"checker","text":{"tag":"plain_text","content":"c"}}]}`,
  );
  expectRule('v1-action-placement', `{"schema":"2.0","body":{"elements":[{"tag":"button",${BTN}}]}}`);
});

test('v1-action-placement fires on a non-interactive element inside an action module', () => {
  const [finding] = expectRule(
    'v1-action-placement',
    `{"elements":[{"tag":"action","actions":[{"tag":"button",${BTN}},{"tag":«"div"»,"text":{"tag":"plain_text","content":"x"}}]}]}`,
  );
  assert.match(finding.message, /^An `action` module holds only interactive elements \(button, overflow/);
});

test('v1-action-placement fix wraps the element in an action module', () => {
  const text = pretty({
    elements: [
      { tag: 'markdown', content: 'x' },
      { tag: 'button', text: { tag: 'plain_text', content: 'OK' }, value: { a: 1 } },
    ],
  });
  const after = checkFix('v1-action-placement', text, { safe: false });
  assert.deepEqual(JSON.parse(after).elements[1], {
    tag: 'action',
    actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'OK' }, value: { a: 1 } }],
  });
});

test('v1-action-placement judges only the actions of an action module', () => {
  // Another module's actions (an unknown tag's children are walked too) are not an action module's.
  const text = JSON.stringify({
    config: {},
    elements: [{ tag: 'action_like', actions: [{ tag: 'div', text: { tag: 'plain_text', content: 'x' } }] }],
  });
  assert.deepEqual(
    lintText(text).findings.filter((f) => f.ruleId === 'v1-action-placement'),
    [],
  );
});
