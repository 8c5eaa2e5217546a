import assert from 'node:assert/strict';
import { test } from 'node:test';
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
