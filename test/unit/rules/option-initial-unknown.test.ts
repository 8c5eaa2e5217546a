import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

const o = (v: string) => `{"text":{"tag":"plain_text","content":"${v}"},"value":"${v}"}`;

test('option-initial-unknown: initial_option, selected_values, initial_index out of range', () => {
  const [finding] = expectRule(
    'option-initial-unknown',
    v2(
      `{"tag":"select_static","initial_option":«"c"»,"options":[${o('a')},${o('b')}]},{"tag":"multi_select_static","selected_values":["a",«"z"»],"options":[${o('a')}]},{"tag":"select_static","initial_index":«3»,"options":[${o('a')},${o('b')}]}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
  expectRule(
    'option-initial-unknown',
    v2(`{"tag":"select_person","initial_option":«"ou_x"»,"options":[{"value":"ou_a"}]}`),
  );
});

test('option-initial-unknown: 0 means none, 1-based indexes, person selects without options are skipped', () => {
  expectRule(
    'option-initial-unknown',
    v2(
      `{"tag":"select_static","initial_index":0,"options":[${o('a')}]},{"tag":"select_static","initial_index":2,"initial_option":"b","options":[${o('a')},${o('b')}]},{"tag":"select_person","initial_option":"ou_x"},{"tag":"multi_select_person","selected_values":["ou_x"]},{"tag":"select_static","initial_option":"\${v}","options":[${o('a')}]}`,
    ),
  );
});

test('option-initial-unknown: an empty initial_option preselects nothing, as meant', () => {
  expectRule(
    'option-initial-unknown',
    v2(`{"tag":"select_static","initial_option":"","options":[${o('a')}]}`),
  );
});
