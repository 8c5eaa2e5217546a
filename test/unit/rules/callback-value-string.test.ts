import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('callback-value-string fires on a string callback value', () => {
  const [finding] = expectRule(
    'callback-value-string',
    v2(
      `{"tag":"button","behaviors":[{"type":"callback","value":«"done"»}]},{"tag":"input","behaviors":[{"type":"callback","value":«"q_\${id}"»}]}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /object/);
});

test('callback-value-string stays quiet on objects and whole variables', () => {
  expectRule(
    'callback-value-string',
    v2(
      `{"tag":"button","behaviors":[{"type":"callback","value":{"a":"done"}}]},{"tag":"button","behaviors":[{"type":"callback","value":"\${payload}"}]}`,
    ),
  );
});

test('callback-value-string fix wraps the string in an object', () => {
  const text = card([{ tag: 'button', text: pt('x'), behaviors: [{ type: 'callback', value: 'done' }] }]);
  const after = checkFix('callback-value-string', text, { safe: false });
  assert.deepEqual(JSON.parse(after).body.elements[0].behaviors[0].value, { value: 'done' });
});
