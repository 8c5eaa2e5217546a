import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { applyFix, ruleFixes } from '../../support/applyFix';
import { expectRule } from '../../support/markers';

test('property-value fires on the value and lists the allowed values', () => {
  const findings = expectRule(
    'property-value',
    `{"schema":"2.0","config":{"width_mode":«"wide"»},"header":{"title":{"tag":"plain_text","content":"t"},"template":«"bleu"»},"body":{"elements":[{"tag":"button","type":«"primry"»,"size":«"huge"»},{"tag":"column_set","columns":[{"tag":"column","width":"weighted","weight":«9»}]}]}}`,
  );
  assert.equal(findings[0].severity, 'error');
  assert.equal(
    findings[0].message,
    '"wide" is not an allowed value of `config.width_mode`. Allowed: "default", "compact", "fill".',
  );
  assert.match(
    findings[1].message,
    /^"bleu" is not an allowed value of `header\.template`\. Allowed: "blue", "wathet"/,
  );
  assert.match(findings[2].message, /Did you mean "primary"\?/);
  assert.equal(
    findings[3].message,
    '"huge" is not an allowed value of `size`. Allowed: "tiny", "small", "medium", "large".',
  );
  assert.equal(findings[4].message, '`weight` must be at most 5, but is 9.');
  const zh = lintText(`{"schema":"2.0","body":{"elements":[{"tag":"button","size":"huge"}]}}`, {
    locale: 'zh',
  }).findings.filter((f) => f.ruleId === 'property-value');
  assert.equal(zh[0].message, 'size 的取值 "huge" 无效。可选值："tiny", "small", "medium", "large"。');
});

test('property-value stays quiet for allowed values, variables and values owned by other rules', () => {
  expectRule(
    'property-value',
    '{"schema":"2.0","body":{"elements":[{"tag":"button","type":"danger_filled","size":"${size}","behaviors":[{"type":"open_link","default_url":"https://x"}]},{"tag":"column_set","columns":[{"tag":"markdown"}]},{"tag":"note","elements":[]}]}}',
  );
});

test('property-value fix replaces the value with the suggestion', () => {
  const text =
    '{\n  "schema": "2.0",\n  "body": {\n    "elements": [\n      { "tag": "button", "type": "primry" }\n    ]\n  }\n}\n';
  const fixed = applyFix('property-value', text);
  assert.equal(fixed.text, text.replace('"primry"', '"primary"'));
  assert.equal(fixed.title, 'Change to "primary"');
});

test('property-value also checks 1.0 cards', () => {
  expectRule('property-value', `{"config":{"width_mode":«"wide"»},"elements":[{"tag":"hr"}]}`);
});

const TWO_VALUES = `{"schema":"2.0","body":{"elements":[{"tag":"button","size":"huge","type":"primry"}]}}`;

test('property-value offers its fix in the locale and not as safe: the author picks the value', () => {
  const [en] = ruleFixes('property-value', TWO_VALUES, { index: 1 });
  assert.equal(en.title, 'Change to "primary"');
  assert.equal(en.safe, false);
  const [zh] = ruleFixes('property-value', TWO_VALUES, { index: 1, locale: 'zh' });
  assert.equal(zh.title, '改为 "primary"');
  assert.equal(JSON.parse(applyEdits(TWO_VALUES, zh.edits)).body.elements[0].type, 'primary');
});

test('property-value offers no fix without a suggestion, or for data that does not describe this card', () => {
  assert.deepEqual(ruleFixes('property-value', TWO_VALUES), []);
  const second = { index: 1 };
  assert.deepEqual(ruleFixes('property-value', TWO_VALUES, { ...second, data: () => undefined }), []);
  assert.deepEqual(
    ruleFixes('property-value', TWO_VALUES, { ...second, data: ({ path: _path, ...rest }) => rest }),
    [],
  );
  assert.deepEqual(
    ruleFixes('property-value', TWO_VALUES, {
      ...second,
      data: (d) => ({ ...d, path: ['body', 'elements', 3, 'type'] }),
    }),
    [],
  );
});
