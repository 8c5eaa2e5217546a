// Schema validation: exact ranges, readable messages in both languages, one finding per problem, and the
// problems other rules own left to them.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { lintText } from '../../server/src/card/lint/engine';
import { parseCard } from '../../server/src/card/parse/parse';
import { validateCard } from '../../server/src/card/lint/validate';
import { stripMarkers } from '../support/markers';

const SCHEMA_RULES = [
  'unknown-tag',
  'unknown-property',
  'property-type',
  'property-value',
  'property-required',
];

function schemaFindings(text: string, locale: 'en' | 'zh' = 'en') {
  return lintText(text, { locale }).findings.filter((f) => SCHEMA_RULES.includes(f.ruleId));
}

/** Asserts the schema findings of a «marked» card: rule ids in order, at exactly the marked ranges. */
function expectFindings(marked: string, ruleIds: string[], locale: 'en' | 'zh' = 'en') {
  const { text, ranges } = stripMarkers(marked);
  const findings = schemaFindings(text, locale);
  assert.deepEqual(
    findings.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end })),
    ruleIds.map((ruleId, i) => ({ ruleId, ...ranges[i] })),
    findings.map((f) => `${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))} ${f.message}`).join('\n'),
  );
  return findings;
}

test('each problem gives one finding on its key or value, with no cascade', () => {
  const findings = expectFindings(
    `{"schema":"2.0","body":{"elements":[{"tag":"button",«"txt"»:{},"type":«"primry"»,"disabled":«"yes"»}]}}`,
    ['unknown-property', 'property-value', 'property-type'],
  );
  assert.equal(findings[0].message, '`button` has no property `txt`. Did you mean `text`?');
  assert.match(
    findings[1].message,
    /"primry" is not an allowed value of `type`\. Did you mean "primary"\? Allowed: "default", "primary"/,
  );
  assert.equal(findings[2].message, '`disabled` must be of type boolean, but is string.');
});

test('messages are localized in Chinese', () => {
  const findings = expectFindings(
    `{"schema":"2.0","header":{"title":{"tag":"plain_text","content":"t"},"template":«"bleu"»},"body":{"elements":[{"tag":«"buton"»}]}}`,
    ['property-value', 'unknown-tag'],
    'zh',
  );
  assert.match(findings[0].message, /^header\.template 的取值 "bleu" 无效。可选值："blue"/);
  assert.equal(findings[1].message, 'buton 不是 JSON 2.0 组件。是否应为 button？');
});

test('an unknown tag is one finding: its properties are not reported on top', () => {
  expectFindings(`{"schema":"2.0","body":{"elements":[{"tag":«"textarea"»,"rows":3,"whatever":true}]}}`, [
    'unknown-tag',
  ]);
});

test('a wrong type is reported once, not again as a wrong enum value', () => {
  expectFindings(`{"schema":"2.0","body":{"elements":[{"tag":"button","type":«3»}]}}`, ['property-type']);
  expectFindings(`{"schema":"2.0","body":{"elements":[{"tag":«7»}]}}`, ['property-type']);
});

test('missing required properties point at the object key, or the component tag', () => {
  const findings = expectFindings(
    `{"schema":"2.0",«"header"»:{},"body":{"elements":[{"tag":«"chart"»},{"tag":"collapsible_panel",«"header"»:{"title":{"tag":"plain_text","content":"x"}},"elements":[]}]}}`,
    ['property-required', 'property-required'],
  );
  assert.equal(findings[0].message, '`header` is missing the required property `title`.');
  assert.equal(findings[1].message, '`chart` is missing the required property `chart_spec`.');
});

test('nested objects are checked too, and named by their path', () => {
  const findings = expectFindings(
    `{"schema":"2.0","body":{"elements":[{"tag":"div","text":{"tag":«"plain"»,"content":"x",«"colour"»:"red"}},{"tag":"select_static","options":[{"text":{"tag":"plain_text","content":"a"},"value":«1»}]}]}}`,
    ['property-value', 'unknown-property', 'property-type'],
  );
  assert.match(findings[0].message, /of `text\.tag`/);
  assert.match(findings[1].message, /^`div\.text` has no property `colour`/);
  assert.match(findings[2].message, /^`options\[\]\.value` must be of type string/);
});

test('whole ${var} template variables never give type or value errors', () => {
  expectFindings(
    '{"schema":"2.0","body":{"elements":[{"tag":"button","disabled":"${off}","type":"${kind}","text":"${label}"},{"tag":"column_set","columns":[{"tag":"column","weight":"${w}"}]}]}}',
    [],
  );
  // A string with a variable inside is still a string: it is checked as usual.
  expectFindings('{"schema":"2.0","body":{"elements":[{"tag":"button","type":«"x${kind}"»}]}}', [
    'property-value',
  ]);
});

test('problems other rules own are left to them', () => {
  expectFindings(
    `{"schema":"2.0","elements":[{"tag":"div"}],"i18n_elements":{},"config":{"update_multi":false},"body":{"elements":[` +
      `{"tag":"markdown","content":"x","behaviors":[]},{"tag":"button","confirm":{}},` +
      `{"tag":"action","actions":[]},{"tag":"note","elements":[]},` +
      `{"tag":"button","value":{"a":1},"url":"https://x","multi_url":{"url":"https://x"},"behaviors":[{"type":"open_url"},{"type":"form_action","behavior":"submit"},{"type":"callback","value":"s"},{}]},` +
      `{"tag":"column_set","columns":[{"tag":"markdown","content":"x"}]},` +
      `{"tag":"input","element_id":"1bad","name":"n","_varloop":"\${items}"}` +
      `]}}`,
    [],
  );
});

test('unknown properties inside a behavior are still reported', () => {
  expectFindings(
    `{"schema":"2.0","body":{"elements":[{"tag":"button","behaviors":[{"type":"callback","value":{},«"default_url"»:"https://x"}]}]}}`,
    ['unknown-property'],
  );
});

test('JSON 1.0 cards are held to the 1.0 schema, not the 2.0 one', () => {
  const findings = schemaFindings(
    `{"elements":[{"tag":"buton","whatever":1},{"tag":"note","elements":[]}],"header":{"title":{"tag":"plain_text","content":"t"},"template":"bleu"}}`,
  );
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity]),
    [
      ['unknown-tag', 'error'],
      ['property-value', 'error'],
    ],
  );
  // Root `elements`, `note` and `action` are 1.0's own: no 2.0 findings on them.
  assert.deepEqual(
    schemaFindings(`{"elements":[{"tag":"action","actions":[]},{"tag":"note","elements":[]}]}`),
    [],
  );
});

test('a card inside a message wrapper is validated at its own offsets', () => {
  const marked = `{"msg_type":"interactive","card":{"schema":"2.0","body":{"elements":[{"tag":"hr",«"colour"»:"red"}]}}}`;
  expectFindings(marked, ['unknown-property']);
  const content = JSON.stringify({
    msg_type: 'interactive',
    content: JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'hr', colour: 'red' }] } }),
  });
  const [finding] = schemaFindings(content);
  assert.equal(content.slice(finding.start, finding.end), '\\"colour\\"');
});

test('validation runs once per parsed card and is shared by the rules', () => {
  const card = parseCard('{"schema":"2.0","body":{"elements":[{"tag":"hr","x":1}]}}');
  const first = validateCard(card);
  assert.equal(validateCard(card), first);
  assert.equal(first.length, 1);
});

test('realistic valid cards produce no schema findings', () => {
  const dir = new URL('../fixtures/valid/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 3);
  for (const file of files) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const result = lintText(text);
    assert.equal(result.card.kind, 'v2', file);
    assert.ok(result.card.components.length >= 3, file);
    assert.deepEqual(
      result.findings.filter((f) => SCHEMA_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`),
      [],
      file,
    );
  }
});

test('a wrong type names the actual JSON type, integers and other numbers apart', () => {
  const actual = (value: string) =>
    validateCard(
      parseCard(`{"schema":"2.0","body":{"elements":[{"tag":"button","disabled":${value}}]}}`),
    ).map((issue) => [issue.kind, issue.args.actual]);
  assert.deepEqual(actual('null'), [['type', 'null']]);
  assert.deepEqual(actual('[]'), [['type', 'array']]);
  assert.deepEqual(actual('1'), [['type', 'integer']]);
  assert.deepEqual(actual('1.5'), [['type', 'number']]);
  assert.deepEqual(actual('{}'), [['type', 'object']]);
  assert.deepEqual(actual('"yes"'), [['type', 'string']]);
});

test('keys with / and ~ in an error path are decoded, so the issue finds its value', () => {
  const text = '{"elements":[{"tag":"markdown","content":"[a]($x)","href":{"a/b~c":{"url":7}}}]}';
  const issues = validateCard(parseCard(text));
  assert.deepEqual(
    issues.map((issue) => [issue.kind, text.slice(issue.start, issue.end), issue.data.path]),
    [['type', '7', ['elements', 0, 'href', 'a/b~c', 'url']]],
  );
});
