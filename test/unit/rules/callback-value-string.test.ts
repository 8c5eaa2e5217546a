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

const v1 = (elements: string) => `{"config":{},"elements":[{"tag":"action","actions":[${elements}]}]}`;
const T = `"text":{"tag":"plain_text","content":"x"}`;

test('callback-value-string on 1.0 cards: the component-level value of a button or picker', () => {
  const [finding] = expectRule(
    'callback-value-string',
    v1(`{"tag":"button",${T},"value":«"done"»},{"tag":"date_picker","value":«"d"»}`),
  );
  assert.match(finding.message, /^This callback `value` is a string\./);
  const text = v1(`{"tag":"button",${T},"value":"done"}`);
  const after = checkFix('callback-value-string', text);
  assert.deepEqual(JSON.parse(after).elements[0].actions[0].value, { value: 'done' });
});

test('callback-value-string on 1.0 cards leaves objects, whole variables and the components that allow a string', () => {
  expectRule(
    'callback-value-string',
    v1(
      `{"tag":"button",${T},"value":{"a":1}},{"tag":"button",${T},"value":"\${v}"},{"tag":"button",${T}},` +
        `{"tag":"overflow","options":[],"value":"s"},{"tag":"input","name":"i","value":"s"},{"tag":"select_img","options":[],"value":"s"}`,
    ),
  );
  // On a 2.0 card the component-level value means nothing to the platform; only behaviors call back.
  expectRule('callback-value-string', v2(`{"tag":"button",${T},"value":"done"}`));
  // A tag the catalog does not know says nothing about calling back.
  expectRule('callback-value-string', v1(`{"tag":"no_such_tag","value":"s"}`));
});

test('callback-value-string leaves behaviors that do not call back', () => {
  expectRule(
    'callback-value-string',
    v2(`{"tag":"button",${T},"behaviors":[{"type":"open_url","default_url":"https://e.com","value":"s"}]}`),
  );
});
