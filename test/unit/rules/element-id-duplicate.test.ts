import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, v2 } from './fixCheck';

test('element-id-duplicate fires on repeats after the first', () => {
  const [finding] = expectRule(
    'element-id-duplicate',
    v2(
      `{"tag":"hr","element_id":"a"},{"tag":"hr","element_id":«"a"»},{"tag":"hr","element_id":"b"},{"tag":"hr","element_id":«"a"»}`,
    ),
  );
  assert.equal(finding.severity, 'error');
});

test('element-id-duplicate stays quiet on unique ids and variables', () => {
  expectRule(
    'element-id-duplicate',
    v2(`{"tag":"hr","element_id":"a"},{"tag":"hr","element_id":"\${x}"},{"tag":"hr","element_id":"\${x}"}`),
  );
});

test('element-id-duplicate fix renames to a unique id', () => {
  const text = card([
    { tag: 'hr', element_id: 'divider' },
    { tag: 'hr', element_id: 'divider' },
    { tag: 'hr', element_id: 'divider_2' },
  ]);
  const after = checkFix('element-id-duplicate', text, { safe: true });
  assert.equal(JSON.parse(after).body.elements[1].element_id, 'divider_3');
});
