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

test('element-id-duplicate: the repeat is the later id in the text, wherever the walk meets its component', () => {
  // A container's own id written after its elements comes after its children's.
  expectRule(
    'element-id-duplicate',
    v2(`{"tag":"form","name":"f","elements":[{"tag":"hr","element_id":"a"}],"element_id":«"a"»}`),
  );
  expectRule(
    'element-id-duplicate',
    v2(`{"tag":"form","name":"f","element_id":"a","elements":[{"tag":"hr","element_id":«"a"»}]}`),
  );
  // A header written after the body: its text tags come after the body's components.
  expectRule(
    'element-id-duplicate',
    `{"schema":"2.0","body":{"elements":[{"tag":"hr","element_id":"h"}]},"header":{"title":` +
      `{"tag":"plain_text","content":"t"},"text_tag_list":[{"tag":"text_tag","element_id":«"h"»,` +
      `"text":{"tag":"plain_text","content":"x"}}]}}`,
  );
  // Root `elements` (a 1.0 habit) written before the body.
  expectRule(
    'element-id-duplicate',
    `{"schema":"2.0","elements":[{"tag":"hr","element_id":"r"}],"body":{"elements":[{"tag":"hr","element_id":«"r"»}]}}`,
  );
});

test('element-id-duplicate fixes the later id when a container writes its id after its elements', () => {
  const text = card([
    { tag: 'form', name: 'f', elements: [{ tag: 'hr', element_id: 'a' }], element_id: 'a' },
  ]);
  const after = checkFix('element-id-duplicate', text, { safe: true });
  const form = JSON.parse(after).body.elements[0];
  assert.deepEqual([form.elements[0].element_id, form.element_id], ['a', 'a_2']);
});
