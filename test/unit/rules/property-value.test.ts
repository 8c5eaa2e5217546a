import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { applyFix } from '../../support/applyFix';
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
