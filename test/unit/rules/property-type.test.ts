import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { applyFix } from '../../support/applyFix';
import { expectRule } from '../../support/markers';

test('property-type fires on the value with the expected and actual type', () => {
  const findings = expectRule(
    'property-type',
    `{"schema":"2.0","config":{"enable_forward":«"false"»},"body":{"elements":[{"tag":"button","text":«"Go"»},{"tag":"table","page_size":«"5"»,"columns":[],"rows":[]},{"tag":"markdown","content":«42»}]}}`,
  );
  assert.equal(findings[0].severity, 'error');
  assert.equal(findings[0].message, '`config.enable_forward` must be of type boolean, but is string.');
  assert.equal(findings[1].message, '`text` must be of type object, but is string.');
  assert.equal(findings[2].message, '`page_size` must be of type integer, but is string.');
  const zh = lintText(`{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":42}]}}`, {
    locale: 'zh',
  }).findings;
  assert.equal(zh[0].message, 'content 的类型应为 string，实际为 integer。');
});

test('property-type stays quiet for right types and whole template variables', () => {
  expectRule(
    'property-type',
    '{"schema":"2.0","body":{"elements":[{"tag":"button","disabled":"${locked}","text":"${label}"},{"tag":"input","value":"legacy string"},{"tag":"table","page_size":3,"columns":[],"rows":[]}]}}',
  );
});

test('property-type fix converts obvious values', () => {
  const fixed = applyFix(
    'property-type',
    `{"schema":"2.0","config":{"enable_forward": "false"},"body":{"elements":[]}}`,
  );
  assert.equal(JSON.parse(fixed.text).config.enable_forward, false);
  const numeric = applyFix(
    'property-type',
    `{"schema":"2.0","body":{"elements":[{"tag":"table","page_size":"5","columns":[],"rows":[]}]}}`,
  );
  assert.equal(JSON.parse(numeric.text).body.elements[0].page_size, 5);
  const text = applyFix(
    'property-type',
    `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":42}]}}`,
  );
  assert.equal(JSON.parse(text.text).body.elements[0].content, '42');
});

test('property-type accepts the historical img custom_width as a number or a px string', () => {
  expectRule(
    'property-type',
    '{"schema":"2.0","body":{"elements":[{"tag":"img","img_key":"img_a","custom_width":320},{"tag":"img","img_key":"img_b","custom_width":"320px"}]}}',
  );
});
