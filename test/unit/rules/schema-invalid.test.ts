import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { expectRule } from '../../support/markers';

test('schema-invalid names the three accepted values', () => {
  const [finding] = expectRule('schema-invalid', '{"schema": «"3.0"», "body": {"elements": []}}');
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /leave it out.*"1\.0".*"2\.0"/);
  expectRule('schema-invalid', '{"schema": «2», "elements": []}');
  // Not reported twice: schema-missing leaves unknown versions to this rule.
  const ids = lintText('{"schema": "3.0", "body": {"elements": []}}').findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('schema-missing'), ids.join());
});

test('schema-invalid stays quiet on absent, "1.0" and "2.0"', () => {
  expectRule('schema-invalid', '{"schema": "2.0", "body": {"elements": []}}');
  expectRule('schema-invalid', '{"schema": "1.0", "elements": []}');
  expectRule('schema-invalid', '{"elements": []}');
});

test('schema-invalid shows the value as written: strings quoted, numbers and other JSON by type', () => {
  const message = (schema: string) => {
    const [finding] = expectRule('schema-invalid', `{"schema": «${schema}», "elements": []}`);
    return finding.message.replace(/ is no card version.*/, '');
  };
  assert.equal(message('"3.0"'), '`schema` "3.0"');
  assert.equal(message('2'), '`schema` 2');
  assert.equal(message('true'), '`schema` true');
  assert.equal(message('null'), '`schema` null');
  assert.equal(message('{"v": "2.0"}'), '`schema` object');
  assert.equal(message('["2.0"]'), '`schema` array');
});
