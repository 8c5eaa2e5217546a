import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText, ruleById } from '../../../server/src/card/lint/engine';
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

const card2 = (elements: string) => `{"schema":"2.0","body":{"elements":[${elements}]}}`;
const table = (pageSize: string) => card2(`{"tag":"table","page_size":${pageSize},"columns":[],"rows":[]}`);
const angle = (value: string) =>
  card2(
    `{"tag":"collapsible_panel","header":{"title":{"tag":"plain_text","content":"t"},"icon_expanded_angle":${value}},"elements":[]}`,
  );

const PAGE_SIZE = ['body', 'elements', 0, 'page_size'];

/** The rule's fixes for its first finding on `text`, optionally with the finding's data changed. */
function fixesFor(
  text: string,
  locale: 'en' | 'zh' = 'en',
  data?: (d: Record<string, unknown>) => Record<string, unknown> | undefined,
) {
  const { card, findings } = lintText(text, { locale });
  const finding = findings.find((f) => f.ruleId === 'property-type');
  assert.ok(finding, 'property-type should fire');
  const changed = data ? { ...finding, data: data({ ...finding.data }) } : finding;
  return ruleById('property-type')!.fixes!(changed, { card, text, locale });
}

/** The value the first fix writes at `path`, read back from the fixed text. */
function fixedValue(text: string, path: (string | number)[]): unknown {
  let value: unknown = JSON.parse(applyFix('property-type', text).text);
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

test('property-type also checks 1.0 cards', () => {
  const findings = lintText(`{"config":{"enable_forward":"true"},"elements":[]}`).findings.filter(
    (f) => f.ruleId === 'property-type',
  );
  assert.equal(findings.length, 1);
  assert.equal(findings[0].message, '`config.enable_forward` must be of type boolean, but is string.');
});

test('property-type fix is titled with the new value in the locale and is safe', () => {
  const text = `{"schema":"2.0","config":{"enable_forward":"true"},"body":{"elements":[]}}`;
  const [en] = fixesFor(text);
  assert.equal(en.title, 'Change to true');
  assert.equal(en.safe, true);
  assert.equal(fixesFor(text, 'zh')[0].title, '改为 true');
  assert.equal(applyFix('property-type', text).text.includes('"enable_forward":true'), true);
  assert.equal(fixedValue(table('"12"'), PAGE_SIZE), 12);
  assert.equal(fixesFor(table('"12"'))[0].title, 'Change to 12');
});

test('property-type fix turns numeric strings into numbers only when they are plainly numbers', () => {
  const read = ['body', 'elements', 0, 'header', 'icon_expanded_angle'];
  assert.equal(fixedValue(angle('"-90"'), read), -90);
  assert.equal(fixedValue(angle('" 1.5 "'), read), 1.5);
  assert.equal(fixedValue(angle('"180"'), read), 180);
  assert.equal(fixedValue(table('" 7 "'), PAGE_SIZE), 7);
  for (const bad of ['"1.5"', '"5px"', '"x5"', '"1x5"', '"1."', '".5"', '"--5"', '""', 'true', '{}']) {
    assert.deepEqual(fixesFor(table(bad)), [], `no fix for page_size ${bad}`);
  }
  assert.equal(fixedValue(angle('"-1.25"'), read), -1.25);
  for (const bad of ['"ninety"', '"x5"', '"5px"', '"1.2.5"']) {
    assert.deepEqual(fixesFor(angle(bad)), [], `no fix for icon_expanded_angle ${bad}`);
  }
  const forward = (value: string) =>
    `{"schema":"2.0","config":{"enable_forward":${value}},"body":{"elements":[]}}`;
  for (const bad of ['"5"', '"yes"', '"TRUE"', '1', '[]']) {
    assert.deepEqual(fixesFor(forward(bad)), [], `no fix for enable_forward ${bad}`);
  }
});

test('property-type fix turns numbers and booleans into strings, and nothing else', () => {
  const read = ['body', 'elements', 0, 'content'];
  assert.equal(fixedValue(card2(`{"tag":"markdown","content":true}`), read), 'true');
  assert.equal(fixedValue(card2(`{"tag":"markdown","content":-1.25}`), read), '-1.25');
  assert.deepEqual(fixesFor(card2(`{"tag":"markdown","content":null}`)), []);
  assert.deepEqual(fixesFor(card2(`{"tag":"markdown","content":{}}`)), []);
  assert.deepEqual(fixesFor(card2(`{"tag":"markdown","content":[]}`)), []);
  assert.deepEqual(fixesFor(card2(`{"tag":"button","text":"Go"}`)), [], 'a string does not become an object');
});

test('property-type offers no fix without a path, the expected types or a node', () => {
  const text = table('"5"');
  assert.equal(fixesFor(text).length, 1);
  assert.deepEqual(
    fixesFor(text, 'en', ({ path: _path, ...rest }) => rest),
    [],
  );
  assert.deepEqual(
    fixesFor(text, 'en', ({ expected: _expected, ...rest }) => rest),
    [],
  );
  assert.deepEqual(
    fixesFor(text, 'en', (d) => ({ ...d, path: ['body', 'nowhere'] })),
    [],
  );
  assert.deepEqual(
    fixesFor(text, 'en', () => undefined),
    [],
  );
});
