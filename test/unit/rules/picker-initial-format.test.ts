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
