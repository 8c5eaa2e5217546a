import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveElementId } from '../../../server/src/card/lint/rules/utils/names';
import { expectRule } from '../../support/markers';
import { card, checkFix, v2 } from './fixCheck';

test('element-id-invalid fires on ids that break the format', () => {
  const [finding] = expectRule(
    'element-id-invalid',
    v2(
      `{"tag":"hr","element_id":«"1st"»},{"tag":"hr","element_id":«"has-dash"»},{"tag":"hr","element_id":«"abcdefghijklmnopqrstu"»},{"tag":"hr","element_id":«""»}`,
      `"header":{"title":{"tag":"plain_text","content":"t"},"text_tag_list":[{"tag":"text_tag","element_id":«"tag one"»,"text":{"tag":"plain_text","content":"x"}}]},`,
    ),
  );
  assert.equal(finding.severity, 'error');
});

test('element-id-invalid accepts valid ids (20 characters at most) and variables', () => {
  expectRule(
    'element-id-invalid',
    v2(
      `{"tag":"hr","element_id":"a"},{"tag":"hr","element_id":"abcdefghij_012345678"},{"tag":"hr","element_id":"\${id}"}`,
    ),
  );
});

test('deriveElementId makes a valid id close to the old one', () => {
  assert.equal(deriveElementId('has-dash', new Set()), 'has_dash');
  assert.equal(deriveElementId('1st', new Set()), 'e1st');
  assert.equal(deriveElementId('abcdefghijklmnopqrstuvwxyz', new Set()), 'abcdefghijklmnopqrst');
  assert.equal(deriveElementId('has-dash', new Set(['has_dash'])), 'has_dash_2');
  assert.equal(deriveElementId('', new Set()), 'element');
});

test('element-id-invalid fix replaces the id with a valid one', () => {
  const text = card([{ tag: 'hr', element_id: 'my-divider' }]);
  const after = checkFix('element-id-invalid', text, { safe: true });
  assert.equal(JSON.parse(after).body.elements[0].element_id, 'my_divider');
});
