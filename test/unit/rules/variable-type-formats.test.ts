// variable-type's date, time and date-time checks: the edges of each picker format, one case per bound.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { data, eachValue, marked, v } from '../../support/templateCards';

test('variable-type: date, time and date-time boundaries', () => {
  eachValue(
    (n) => ({ tag: 'date_picker', initial_date: v(n) }),
    {
      d1: '2025-01-01',
      d2: '2025-10-10',
      d3: '2025-12-31',
      d4: '2025-09-19',
      d5: '2025-11-20',
      d6: '2025-02-29',
      d7: '2025-03-30',
      m00: '2025-00-10',
      m13: '2025-13-10',
      day00: '2025-06-00',
      day32: '2025-06-32',
      day40: '2025-06-40',
      before: 'x2025-06-05',
      after: '2025-06-05x',
      shortYear: '25-06-05',
      longYear: '02025-06-05',
      oneDigit: '2025-6-5',
      slash: '2025/06/05',
      number: 20250605,
    },
    [
      'm00',
      'm13',
      'day00',
      'day32',
      'day40',
      'before',
      'after',
      'shortYear',
      'longYear',
      'oneDigit',
      'slash',
      'number',
    ],
  );
  eachValue(
    (n) => ({ tag: 'picker_time', initial_time: v(n) }),
    {
      t1: '00:00',
      t2: '09:59',
      t3: '19:30',
      t4: '23:45',
      t5: '20:05',
      h24: '24:00',
      h30: '30:00',
      m60: '12:60',
      oneDigit: '9:30',
      before: 'x09:30',
      after: '09:30x',
      seconds: '09:30:00',
      dot: '09.30',
    },
    ['h24', 'h30', 'm60', 'oneDigit', 'before', 'after', 'seconds', 'dot'],
  );
  const findings = eachValue(
    (n) => ({ tag: 'picker_datetime', initial_datetime: v(n) }),
    {
      ok1: '2025-12-31 23:59',
      ok2: '2025-10-19 00:00',
      ok3: '2025-01-20 19:09',
      ok4: '2025-11-30 20:30',
      m13: '2025-13-05 10:00',
      m00: '2025-00-05 10:00',
      day32: '2025-06-32 10:00',
      day00: '2025-06-00 10:00',
      h24: '2025-06-05 24:00',
      m60: '2025-06-05 10:60',
      before: 'x2025-06-05 10:00',
      after: '2025-06-05 10:00x',
      noSpace: '2025-06-0510:00',
      twoSpaces: '2025-06-05  10:00',
      shortYear: '202-06-05 10:00',
      dateOnly: '2025-06-05',
    },
    [
      'm13',
      'm00',
      'day32',
      'day00',
      'h24',
      'm60',
      'before',
      'after',
      'noSpace',
      'twoSpaces',
      'shortYear',
      'dateOnly',
    ],
  );
  assert.equal(
    findings[0].message,
    '`initial_datetime` takes a date and time as yyyy-MM-dd HH:mm; with the sample value of `${m13}` it is "2025-13-05 10:00".',
  );
});

test('variable-type: date and time messages name the key and the filled-in result', () => {
  const elements = [
    { tag: 'date_picker', initial_date: `${v('y')}-6-5` },
    { tag: 'picker_time', initial_time: `${v('h')}:5` },
  ];
  const findings = expectRule('variable-type', marked(elements, ['y', 'h']), data({ y: 2025, h: '9' }));
  assert.deepEqual(
    findings.map((f) => f.message),
    [
      '`initial_date` takes a date as yyyy-MM-dd; with the sample value of `${y}` it is "2025-6-5".',
      '`initial_time` takes a time as HH:mm; with the sample value of `${h}` it is "9:5".',
    ],
  );
});
