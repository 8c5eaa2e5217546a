import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { checkFix, pretty } from './fixCheck';

test('schema-missing fires on a body without "schema": "2.0"', () => {
  const [finding] = expectRule(
    'schema-missing',
    `{"header":{"title":{"tag":"plain_text","content":"t"}},"config":{},«"body"»:{"elements":[]}}`,
  );
  assert.equal(finding.severity, 'error');
  expectRule('schema-missing', `{"msg_type":"interactive","card":{«"body"»:{"elements":[]}}}`);
  expectRule('schema-missing', `{"schema":«"1.0"»,"body":{"elements":[]}}`);
});

test('schema-missing stays quiet on 2.0 cards and on 1.0 cards without body', () => {
  expectRule('schema-missing', `{"schema":"2.0","body":{"elements":[]}}`);
  expectRule('schema-missing', `{"elements":[{"tag":"hr"}]}`);
});

test('schema-missing fix puts "schema": "2.0" first', () => {
  const text = pretty({ msg_type: 'interactive', card: { body: { elements: [{ tag: 'hr' }] } } });
  const after = checkFix('schema-missing', text, { safe: true });
  assert.deepEqual(Object.keys(JSON.parse(after).card), ['schema', 'body']);
});
