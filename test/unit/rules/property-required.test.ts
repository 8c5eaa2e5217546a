import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { applyFix } from '../../support/applyFix';
import { expectRule } from '../../support/markers';

test('property-required fires on the key of the object, or on the tag of a component', () => {
  const findings = expectRule(
    'property-required',
    `{"schema":"2.0",«"header"»:{"template":"blue"},"body":{"elements":[{"tag":«"form"»,"elements":[]},{"tag":"button","confirm":{"title":{"tag":"plain_text","content":"t"}}},{"tag":"button","confirm":{"title":{"tag":"plain_text","content":"t"},"text":{"tag":"plain_text","content":"x"}},"behaviors":[«{"type":"callback"}»]},{"tag":«"person"»},«{}»]}}`,
  );
  assert.equal(findings[0].severity, 'error');
  assert.equal(findings[0].message, '`header` is missing the required property `title`.');
  assert.equal(findings[1].message, '`form` is missing the required property `name`.');
  assert.equal(findings[2].message, '`button.behaviors[]` is missing the required property `value`.');
  assert.equal(findings[3].message, '`person` is missing the required property `user_id`.');
  const zh = lintText(`{"schema":"2.0","body":{"elements":[{"tag":"chart"}]}}`, { locale: 'zh' }).findings;
  assert.equal(zh[0].message, 'chart 缺少必填属性 chart_spec。');
});

test('a component without a tag is reported on the object', () => {
  expectRule('property-required', `{"schema":"2.0","body":{"elements":[«{"content":"x"}»]}}`);
});

test('property-required stays quiet when required properties are there and for what other rules own', () => {
  expectRule(
    'property-required',
    `{"schema":"2.0","header":{"title":{"tag":"plain_text","content":"t"}},"body":{"elements":[{"tag":"form","name":"f","elements":[{"tag":"input"},{"tag":"button","behaviors":[{"type":"open_url"},{"value":{}}]}]},{"tag":"chart","chart_spec":{}}]}}`,
  );
});

test('property-required fix inserts the property with a starting value', () => {
  const text =
    '{\n  "schema": "2.0",\n  "header": {\n    "template": "blue"\n  },\n  "body": {\n    "elements": []\n  }\n}\n';
  const fixed = applyFix('property-required', text);
  assert.deepEqual(JSON.parse(fixed.text).header.title, { tag: 'plain_text', content: '' });
  assert.match(fixed.text, /\n {4}"title": \{/);
  const form = applyFix(
    'property-required',
    `{"schema":"2.0","body":{"elements":[{"tag":"form","elements":[]}]}}`,
  );
  assert.equal(JSON.parse(form.text).body.elements[0].name, '');
});
