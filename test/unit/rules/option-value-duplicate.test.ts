import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleById } from '../../../server/src/card/lint/engine';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

const o = (v: string, mark = false) =>
  `{"text":{"tag":"plain_text","content":"x"},"value":${mark ? `«"${v}"»` : `"${v}"`}}`;

test('option-value-duplicate fires on a repeated option value', () => {
  const [finding] = expectRule(
    'option-value-duplicate',
    v2(`{"tag":"select_static","options":[${o('a')},${o('b')},${o('a', true)}]}`),
  );
  assert.equal(finding.severity, 'error');
  // The CLI rule list and SARIF read the plain default.
  assert.equal(ruleById('option-value-duplicate')?.defaultSeverity, 'error');
});

test('option-value-duplicate stays quiet on distinct values, separate components and variables', () => {
  expectRule(
    'option-value-duplicate',
    v2(
      `{"tag":"select_static","options":[${o('a')},${o('b')},${o('${v}')},${o('${v}')}]},{"tag":"overflow","options":[${o('a')}]}`,
    ),
  );
});

test('option-value-duplicate skips person selects: the same person twice is still one answer', () => {
  const person = '{"value":"ou_same"}';
  expectRule(
    'option-value-duplicate',
    v2(
      `{"tag":"select_person","options":[${person},${person}]},{"tag":"form","name":"f","elements":[{"tag":"multi_select_person","name":"m","options":[${person},${person}]},{"tag":"button","name":"s","form_action_type":"submit","text":{"tag":"plain_text","content":"ok"}}]}`,
    ),
  );
});

const v1 = (actions: string) => `{"elements":[{"tag":"action","actions":[${actions}]}]}`;

test('option-value-duplicate names the component and the value, in English and Chinese, at the component path', () => {
  const text = v2(`{"tag":"select_static","options":[${o('a')},${o('a', true)}]}`);
  const [finding] = expectRule('option-value-duplicate', text);
  assert.equal(
    finding.message,
    'Another option of this `select_static` already has the value "a": option values must be unique, or your server cannot tell which one was chosen (the platform may reject the card). Give each option its own value.',
  );
  assert.deepEqual(finding.data?.path, ['body', 'elements', 0]);
  const [zh] = expectRule('option-value-duplicate', text, { locale: 'zh' });
  assert.equal(
    zh.message,
    '此 select_static 已有另一个选项的 value 为 "a"：选项的 value 必须唯一，否则服务端无法区分用户选择了哪一项（平台也可能拒绝此卡片）。请为每个选项设置不同的 value。',
  );
});

test('option-value-duplicate reports every repeat after the first, and ignores options without a string value', () => {
  expectRule(
    'option-value-duplicate',
    v2(
      `{"tag":"select_static","options":[${o('a')},${o('a', true)},${o('a', true)},{"text":{"tag":"plain_text","content":"n"}},{"text":{"tag":"plain_text","content":"n"}},{"text":{"tag":"plain_text","content":"n"},"value":1},{"text":{"tag":"plain_text","content":"n"},"value":1}]}`,
    ),
  );
});

test('on a 1.0 card a repeated value is a warning, and options that only open a link are skipped', () => {
  const [finding] = expectRule(
    'option-value-duplicate',
    v1(
      `{"tag":"overflow","options":[${o('a')},${o('a', true)},{"text":{"tag":"plain_text","content":"u"},"value":"a","url":"https://x"},{"text":{"tag":"plain_text","content":"m"},"value":"a","multi_url":{"url":"https://x"}}]}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
});

test('on a 2.0 card a link on the option does not exempt its value', () => {
  const [finding] = expectRule(
    'option-value-duplicate',
    v2(
      `{"tag":"overflow","options":[${o('a')},{"text":{"tag":"plain_text","content":"u"},"value":«"a"»,"url":"https://x"},{"text":{"tag":"plain_text","content":"m"},"value":«"a"»,"multi_url":{"url":"https://x"}}]}`,
    ),
  );
  assert.equal(finding.severity, 'error');
});
