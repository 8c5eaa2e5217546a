// The registry lists every rule module once, sorted by id, and every id the engine can emit is a registered
// rule whose severity the user's settings control — syntax errors and the size and depth guards included.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { allRules } from '../../../server/src/card/lint/rules';

const RULES_DIR = 'server/src/card/lint/rules';

test('every module in the rules folder is registered under its file name, in sorted order', () => {
  const files = readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .map((name) => name.slice(0, -3));
  const ids = allRules.map((rule) => rule.id);
  assert.deepEqual(ids, [...files].sort());
  assert.deepEqual(ids, [...ids].sort());
});

const deep = '{"schema":"2.0","body":{"elements":[' + '['.repeat(300) + ']'.repeat(300) + ']}}';
const broken = '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":}]}}';

test('json-syntax findings follow the rule setting, like any other rule', () => {
  const on = lintText(broken).findings.filter((f) => f.ruleId === 'json-syntax');
  assert.ok(on.length > 0);
  assert.equal(on[0].severity, 'error');
  const off = lintText(broken, { severities: { 'json-syntax': 'off' } }).findings;
  assert.deepEqual(
    off.filter((f) => f.ruleId === 'json-syntax'),
    [],
  );
  const zh = lintText(broken, { locale: 'zh' }).findings.find((f) => f.ruleId === 'json-syntax');
  assert.match(zh!.message, /JSON 语法错误/);
});

test('the depth and size guards report through their rules, with the configured severity', () => {
  const tooDeep = lintText(deep, { severities: { 'nesting-too-deep': 'warning' } }).findings;
  assert.deepEqual(
    tooDeep.map((f) => [f.ruleId, f.severity]),
    [['nesting-too-deep', 'warning']],
  );
  assert.match(tooDeep[0].message, /Nested too deeply \(\d+ levels\)/);
  const big = lintText('{"schema":"2.0","body":{"elements":[]}}' + ' '.repeat(200), {
    maxSize: 100,
    severities: { 'card-too-large': 'info' },
  }).findings;
  assert.deepEqual(
    big.map((f) => [f.ruleId, f.severity, f.start, f.end]),
    [['card-too-large', 'info', 0, 1]],
  );
  assert.deepEqual(lintText(deep, { severities: { 'nesting-too-deep': 'off' } }).findings, []);
});

test('on a broken card only the rules that check broken cards run', () => {
  const ids = new Set(lintText(broken).findings.map((f) => f.ruleId));
  assert.deepEqual([...ids], ['json-syntax']);
  assert.ok(allRules.filter((rule) => rule.checksBrokenCards).length >= 3);
});
