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

test('option-initial-unknown names the value or index and the select; 1.0 selects too; negative indexes', () => {
  const [option, index] = expectRule(
    'option-initial-unknown',
    v2(
      `{"tag":"select_static","initial_option":«"c"»,"options":[${o('a')}]},{"tag":"select_static","initial_index":«-1»,"options":[${o('a')},${o('b')}]}`,
    ),
  );
  assert.equal(
    option.message,
    '"c" is not the `value` of any option of this `select_static`: no option is preselected.',
  );
  assert.equal(
    index.message,
    '`initial_index` -1 is outside 0 – 2: it counts options from 1 (0 shows none), and this `select_static` has 2.',
  );
  expectRule(
    'option-initial-unknown',
    `{"elements":[{"tag":"action","actions":[{"tag":"select_static","initial_option":«"c"»,"options":[${o('a')}]}]}]}`,
  );
});

test('option-initial-unknown cannot tell when an option value is a variable or missing', () => {
  expectRule(
    'option-initial-unknown',
    v2(
      `{"tag":"select_static","initial_option":"c","options":[${o('a')},${o('${v}')}]},{"tag":"select_static","initial_option":"c","options":[${o('a')},{"text":{"tag":"plain_text","content":"b"}}]},{"tag":"select_static","initial_option":"c","options":"\${opts}"}`,
    ),
  );
});

test('option-initial-unknown leaves initial values of the wrong type to property-type', () => {
  expectRule(
    'option-initial-unknown',
    v2(
      `{"tag":"select_static","initial_option":1,"initial_index":"5","options":[${o('a')}]},{"tag":"multi_select_static","selected_values":[2],"options":[${o('a')}]}`,
    ),
  );
});
