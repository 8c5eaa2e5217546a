import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { lintText, ruleById } from '../../../server/src/card/lint/engine';
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

const HEADER_WITHOUT_TITLE = `{"schema":"2.0","header":{"template":"blue"},"body":{"elements":[]}}`;

/** The rule's fixes for its first finding on `text`, optionally with the finding's data changed. */
function fixesFor(
  text: string,
  locale: 'en' | 'zh' = 'en',
  data?: (d: Record<string, unknown>) => Record<string, unknown>,
) {
  const { card, findings } = lintText(text, { locale });
  const finding = findings.find((f) => f.ruleId === 'property-required');
  assert.ok(finding, 'property-required should fire');
  const changed = data ? { ...finding, data: data({ ...finding.data }) } : finding;
  return ruleById('property-required')!.fixes!(changed, { card, text, locale });
}

test('property-required also checks 1.0 cards', () => {
  const findings = lintText(`{"config":{},"header":{"template":"blue"},"elements":[]}`).findings.filter(
    (f) => f.ruleId === 'property-required',
  );
  assert.equal(findings.length, 1);
  assert.equal(findings[0].message, '`header` is missing the required property `title`.');
});

test('property-required fix is titled in the locale and is not marked safe', () => {
  const [en] = fixesFor(HEADER_WITHOUT_TITLE);
  assert.equal(en.title, 'Add `title`');
  assert.equal(en.safe, false);
  const [zh] = fixesFor(HEADER_WITHOUT_TITLE, 'zh');
  assert.equal(zh.title, '添加属性 title');
  assert.equal(applyFix('property-required', HEADER_WITHOUT_TITLE, 'zh').title, '添加属性 title');
});

test('property-required fix inserts an empty string when the finding names no starting value', () => {
  const [fix] = fixesFor(HEADER_WITHOUT_TITLE, 'en', ({ value: _value, ...rest }) => rest);
  assert.equal(JSON.parse(applyEdits(HEADER_WITHOUT_TITLE, fix.edits)).header.title, '');
  const [none] = fixesFor(HEADER_WITHOUT_TITLE, 'en', (d) => ({ ...d, value: undefined }));
  assert.equal(JSON.parse(applyEdits(HEADER_WITHOUT_TITLE, none.edits)).header.title, '');
});

test('property-required offers no fix without a path, a property or an object to add to', () => {
  assert.equal(fixesFor(HEADER_WITHOUT_TITLE).length, 1);
  assert.deepEqual(
    fixesFor(HEADER_WITHOUT_TITLE, 'en', ({ path: _path, ...rest }) => rest),
    [],
  );
  assert.deepEqual(
    fixesFor(HEADER_WITHOUT_TITLE, 'en', ({ property: _property, ...rest }) => rest),
    [],
  );
  assert.deepEqual(
    fixesFor(HEADER_WITHOUT_TITLE, 'en', (d) => ({ ...d, path: ['schema'] })),
    [],
  );
  assert.deepEqual(
    fixesFor(HEADER_WITHOUT_TITLE, 'en', (d) => ({ ...d, path: ['nowhere'] })),
    [],
  );
  const { card, findings } = lintText(HEADER_WITHOUT_TITLE);
  const finding = findings.find((f) => f.ruleId === 'property-required')!;
  assert.deepEqual(
    ruleById('property-required')!.fixes!(
      { ...finding, data: undefined },
      { card, text: HEADER_WITHOUT_TITLE, locale: 'en' },
    ),
    [],
  );
});

test('property-required offers no fix inside a message whose card is a JSON string', () => {
  const text = JSON.stringify({ msg_type: 'interactive', content: HEADER_WITHOUT_TITLE });
  const findings = lintText(text).findings.filter((f) => f.ruleId === 'property-required');
  assert.equal(findings.length, 1, 'the embedded card is still checked');
  assert.deepEqual(fixesFor(text), []);
});
