// guessKind reads only the root object's keys of a text too large or deep to parse. Each case states the kind
// the doc comment promises for a text, chosen so that a scanner that miscounts depth, takes a value for a
// key, keeps reading past the root or past the top of the text would guess otherwise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessKind } from '../../../server/src/card/parse/guessKind';

const cases: [name: string, text: string, expected: string][] = [
  ['2.0 schema with spaces around the colon', '{"schema" : "2.0"}', 'v2'],
  ['message body with spaces around the colon', '{"msg_type" : "interactive"}', 'v2'],
  [
    'msg_type counts only near the top of the text',
    `{"pad":"${'x'.repeat(5000)}","msg_type":"interactive"}`,
    'not-card',
  ],
  ['another schema with a body object', '{"schema": "2.1", "body": {}}', 'v2'],
  ['a body under an empty key is no schema', '{"": 1, "body": {}}', 'not-card'],
  ['config alone is no 1.0 shape', '{"config": {}}', 'not-card'],
  ['a 1.0 card', '{"elements": [{"tag": "div"}]}', 'v1'],
  ['a 1.0 card with spaces everywhere', '{ "elements" : [ { "tag" : "div" } ] }', 'v1'],
  ['keys after a nested object still count', '{"x": {"a": 1}, "elements": [{}]}', 'v1'],
  ['an escaped quote does not end a string', '{"pad": "say \\"hi\\"", "elements": [{}]}', 'v1'],
  ['a root array has no root keys', '["x", "elements": [{}]]', 'not-card'],
  ['a value followed by a colon is no key', '{"a": "elements": [{}]}', 'not-card'],
  ['a key without a colon has no value', '{"i18n_elements" -{"zh_cn": []}}', 'not-card'],
  ['no key follows a nested array without a comma', '{"x": [] "elements": [{}]}', 'not-card'],
  ['no key follows a nested object without a comma', '{"x": {} "elements": [{}]}', 'not-card'],
  ['a comma inside an array opens no root key', '{"x": [1, 2] "elements": [{}]}', 'not-card'],
  ['the scan stops at the end of the root', '{"a": 1}\n{"elements": [{}]}', 'not-card'],
  ['elements nested below the root', '{"x": {"elements": [{}]}}', 'not-card'],
];

for (const [name, text, expected] of cases) {
  test(`guessKind: ${name}`, () => {
    assert.equal(guessKind(text), expected);
  });
}

test('guessKind: a file the user calls a card is never no card', () => {
  assert.equal(guessKind('{"a": 1}', true), 'v2');
  assert.equal(guessKind('{"elements": [{}]}', true), 'v1');
});
