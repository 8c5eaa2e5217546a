import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('name-duplicate fires on the second form or field with a name', () => {
  const [finding] = expectRule(
    'name-duplicate',
    v2(
      `{"tag":"form","name":"f","elements":[{"tag":"input","name":"q"},{"tag":"input","name":«"q"»},{"tag":"button","name":"s","form_action_type":"submit"}]},` +
        `{"tag":"form","name":«"f"»,"elements":[{"tag":"button","name":«"s"»,"form_action_type":"submit"}]}`,
    ),
  );
  assert.equal(finding.severity, 'error');
});

test('name-duplicate stays quiet on distinct names and on names built from variables', () => {
  expectRule(
    'name-duplicate',
    v2(
      `{"tag":"form","name":"f","elements":[{"tag":"input","name":"\${n}"},{"tag":"input","name":"\${n}"},{"tag":"input","name":"a"},{"tag":"button","name":"s","form_action_type":"submit"}]}`,
    ),
  );
});

test('name-duplicate fix renames the second one', () => {
  const text = card([
    {
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'input', name: 'reason' },
        { tag: 'input', name: 'reason' },
        { tag: 'button', name: 's', text: pt('Go'), form_action_type: 'submit' },
      ],
    },
  ]);
  const after = checkFix('name-duplicate', text, { safe: true });
  assert.equal(JSON.parse(after).body.elements[0].elements[1].name, 'reason_1');
});
