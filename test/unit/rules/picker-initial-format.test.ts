import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('picker-initial-format: each picker initial value in its own format', () => {
  const [finding] = expectRule(
    'picker-initial-format',
    v2(
      `{"tag":"date_picker","initial_date":«"2024/01/31"»},{"tag":"picker_time","initial_time":«"9:30"»},{"tag":"picker_datetime","initial_datetime":«"2024-01-31T09:30"»}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /yyyy-MM-dd/);
  // 1.0 cards: the same formats (1.0 picker pages).
  expectRule(
    'picker-initial-format',
    `{"elements":[{"tag":"action","actions":[{"tag":"date_picker","initial_date":«"31.01.2024"»}]}]}`,
  );
});

test('picker-initial-format accepts month and day without a leading zero, as the 1.0 picker pages write them', () => {
  expectRule(
    'picker-initial-format',
    `{"elements":[{"tag":"action","actions":[{"tag":"date_picker","initial_date":"2023-3-7"},{"tag":"picker_datetime","initial_datetime":"2023-3-7 08:05"}]}]}`,
  );
  // The time keeps its two-digit hour; a one-digit hour stays a finding.
  expectRule('picker-initial-format', v2(`{"tag":"picker_datetime","initial_datetime":«"2023-3-7 8:05"»}`));
});

test('picker-initial-format stays quiet on the documented formats and on variables', () => {
  expectRule(
    'picker-initial-format',
    v2(
      `{"tag":"date_picker","initial_date":"2024-01-31"},{"tag":"picker_time","initial_time":"09:30"},{"tag":"picker_datetime","initial_datetime":"2024-01-31 09:30"},{"tag":"date_picker","initial_date":"\${d}"}`,
    ),
  );
});

test('picker-initial-format names the format and an example of each picker', () => {
  const messages = expectRule(
    'picker-initial-format',
    v2(
      `{"tag":"date_picker","initial_date":«"x"»},{"tag":"picker_time","initial_time":«"x"»},{"tag":"picker_datetime","initial_datetime":«"x"»}`,
    ),
  ).map((f) => f.message);
  assert.deepEqual(messages, [
    '`initial_date` must be written as yyyy-MM-dd (e.g. "2024-01-31"): the picker does not show "x".',
    '`initial_time` must be written as HH:mm (e.g. "09:30"): the picker does not show "x".',
    '`initial_datetime` must be written as yyyy-MM-dd HH:mm (e.g. "2024-01-31 09:30"): the picker does not show "x".',
  ]);
});

test('picker-initial-format wants the whole value in the format, nothing before or after it', () => {
  const cases: [string, string, string][] = [
    ['date_picker', 'initial_date', '2024-01-31'],
    ['picker_time', 'initial_time', '09:30'],
    ['picker_datetime', 'initial_datetime', '2024-01-31 09:30'],
  ];
  for (const [tag, key, value] of cases) {
    expectRule(
      'picker-initial-format',
      v2(`{"tag":"${tag}","${key}":«"1${value}"»},{"tag":"${tag}","${key}":«"${value}1"»}`),
    );
  }
});

test('picker-initial-format leaves values that are no string to property-type', () => {
  expectRule('picker-initial-format', v2(`{"tag":"date_picker","initial_date":20240131}`));
});

test('picker-initial-format knows only its own pickers, not what Object.prototype has for a tag', () => {
  // `constructor` is a key of every object: the rule must not take Object for a picker and read `undefined`.
  expectRule(
    'picker-initial-format',
    v2(`{"tag":"constructor","undefined":"x"},{"tag":"toString","key":"x"}`),
  );
});
