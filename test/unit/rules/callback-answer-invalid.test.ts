import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { expectRule } from '../../support/markers';

test('callback-answer-invalid: a toast type the platform refuses, at the type value', () => {
  const [finding] = expectRule(
    'callback-answer-invalid',
    '{"toast": {"type": «"bogus"», "content": "Saved"}}',
  );
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /info, success, error, warning/);
  assert.match(finding.message, /200672/);
});

test('callback-answer-invalid: card type, missing data, template id, variables', () => {
  expectRule('callback-answer-invalid', '{"card": {"type": «"json"», "data": {"elements": []}}}');
  expectRule('callback-answer-invalid', '{«"card"»: {"type": "raw"}}');
  expectRule(
    'callback-answer-invalid',
    '{"card": {"type": "template", «"data"»: {"template_variable": «[]»}}}',
  );
  expectRule('callback-answer-invalid', '{"toast": «"done"»}');
  expectRule('callback-answer-invalid', '{"toast": {"content": «42», "i18n": {"zh_cn": «1»}}}');
});

test('callback-answer-invalid stays quiet on the official answers', () => {
  expectRule(
    'callback-answer-invalid',
    JSON.stringify({
      toast: { type: 'info', content: 'ok', i18n: { zh_cn: '好', en_us: 'ok' } },
      card: {
        type: 'template',
        data: { template_id: 'AAqi', template_version_name: '1.0.0', template_variable: {} },
      },
    }),
  );
  expectRule('callback-answer-invalid', '{"toast": {"type": "success", "content": "Done"}}');
});

test('a raw card in an answer gets every card rule, with ranges inside the answer file', () => {
  const text =
    '{"card": {"type": "raw", "data": {"schema": "2.0", "body": {"elements": [{"tag": "nope"}]}}}}';
  const { card, findings } = lintText(text);
  assert.equal(card.callback?.role, 'answer');
  assert.equal(card.kind, 'v2');
  const unknown = findings.find((f) => f.ruleId === 'unknown-tag');
  assert.ok(unknown, JSON.stringify(findings));
  assert.equal(text.slice(unknown.start, unknown.end), '"nope"');
  assert.ok(!findings.some((f) => f.ruleId.startsWith('callback-answer')));
});

test('a toast-only answer is no card: no card rule runs on it', () => {
  const { card, findings } = lintText('{"toast": {"type": "info", "content": "ok"}}', { forceCard: true });
  assert.equal(card.kind, 'not-card');
  assert.deepEqual(findings, []);
});
