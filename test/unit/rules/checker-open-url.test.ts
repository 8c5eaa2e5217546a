import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt } from './fixCheck';

test('checker-open-url fires on an open_url behavior of a checker, on the behavior object', () => {
  const findings = expectRule(
    'checker-open-url',
    `{"schema":"2.0","body":{"elements":[{"tag":"checker","behaviors":[«{"type":"open_url","default_url":"https://example.com"}»]}]}}`,
  );
  if (findings[0].severity !== 'error') throw new Error('default severity must be error');
});

test('checker-open-url stays quiet for a checker callback and for a button link', () => {
  expectRule(
    'checker-open-url',
    `{"schema":"2.0","body":{"elements":[{"tag":"checker","behaviors":[{"type":"callback","value":{"a":1}}]},{"tag":"button","behaviors":[{"type":"open_url","default_url":"https://example.com"}]}]}}`,
  );
});

test('checker-open-url fix removes the link and keeps the callback', () => {
  const callback = { type: 'callback', value: { a: 1 } };
  const text = card([
    {
      tag: 'checker',
      text: pt('x'),
      behaviors: [callback, { type: 'open_url', default_url: 'https://e.com' }],
    },
  ]);
  const after = checkFix('checker-open-url', text, { safe: true });
  assert.deepEqual(JSON.parse(after).body.elements[0].behaviors, [callback]);
});

test('checker-open-url checks a checker in a 1.0 card too', () => {
  expectRule(
    'checker-open-url',
    `{"config":{},"elements":[{"tag":"checker","behaviors":[«{"type":"open_url","default_url":"https://example.com"}»]}]}`,
  );
});
