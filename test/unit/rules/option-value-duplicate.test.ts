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
