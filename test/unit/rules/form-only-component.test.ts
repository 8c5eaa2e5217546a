import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('form-only-component fires on multi-selects outside a form', () => {
  const [finding] = expectRule(
    'form-only-component',
    v2(
      `{"tag":«"multi_select_static"»,"options":[]},{"tag":«"multi_select_person"»},{"tag":"select_img",«"multi_select":true»,"options":[]}`,
    ),
  );
  assert.equal(finding.severity, 'error');
});

test('form-only-component stays quiet inside a form and on single selects', () => {
  expectRule(
    'form-only-component',
    v2(
      `{"tag":"select_static","options":[]},{"tag":"select_img","multi_select":false,"options":[]},` +
        `{"tag":"form","name":"f","elements":[{"tag":"multi_select_static","name":"m","options":[]},{"tag":"select_img","name":"i","multi_select":true,"options":[]},{"tag":"button","name":"s","form_action_type":"submit"}]}`,
    ),
  );
});

test('form-only-component names the component in English and Chinese, on 2.0 and 1.0 cards', () => {
  const [multi] = expectRule('form-only-component', v2(`{"tag":«"multi_select_static"»,"options":[]}`));
  assert.match(multi.message, /^`multi_select_static` can only be used inside a `form`/);
  const [zh] = expectRule('form-only-component', v2(`{"tag":«"multi_select_static"»,"options":[]}`), {
    locale: 'zh',
  });
  assert.match(zh.message, /^multi_select_static 只能在表单/);
  const [img] = expectRule(
    'form-only-component',
    v2(`{"tag":"select_img",«"multi_select":true»,"options":[]}`),
  );
  assert.match(img.message, /^`select_img` with `"multi_select": true` can only be used inside a `form`/);
  expectRule(
    'form-only-component',
    `{"config":{},"elements":[{"tag":«"multi_select_static"»,"options":[]}]}`,
  );
});

test('form-only-component: multi_select counts only on a component that has it, and only when true', () => {
  expectRule(
    'form-only-component',
    v2(
      `{"tag":"select_img","options":[]},{"tag":"select_static","multi_select":true,"options":[]},` +
        `{"tag":"select_img","multi_select":"true","options":[]}`,
    ),
  );
});
