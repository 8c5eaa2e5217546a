import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { expectRule, noRuleFails } from '../../support/markers';
import { v2 } from './fixCheck';

const nest = (levels: number, mark: number): string => {
  let inner = `{"tag":"hr"}`;
  for (let level = levels; level >= 1; level--) {
    const tag = level === mark ? `«"collapsible_panel"»` : `"collapsible_panel"`;
    inner = `{"tag":${tag},"elements":[${inner}]}`;
  }
  return inner;
};

test('nesting-too-deep fires on the sixth container level, once per branch', () => {
  const [finding] = expectRule('nesting-too-deep', v2(nest(7, 6)));
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /level 6/);
});

test('nesting-too-deep allows five levels', () => {
  expectRule('nesting-too-deep', v2(nest(5, 0)));
});

test('nesting-too-deep names the container, its level and the limit', () => {
  const [finding] = expectRule('nesting-too-deep', v2(nest(6, 6)));
  assert.match(
    finding.message,
    /^This `collapsible_panel` is container level 6; containers may nest at most 5 levels/,
  );
});

test('nesting-too-deep counts levels in well-formed 2.0 cards only', () => {
  // 1.0 cards: the level limit is a JSON 2.0 rule. A broken 2.0 card: the syntax error comes first.
  expectRule('nesting-too-deep', `{"elements":[${nest(7, 0)}]}`);
  const broken = lintText(v2(nest(7, 0)).replace(/}$/, ',}')).findings.map((f) => f.ruleId);
  assert.deepEqual(broken, ['json-syntax']);
});

test('nesting-too-deep says when JSON is nested past the depth guard, at the first character of the file', () => {
  const deep = v2('[[[[[1]]]]]');
  const [finding] = noRuleFails(() => lintText(deep, { maxDepth: 4 })).findings;
  assert.deepEqual([finding.ruleId, finding.start, finding.end], ['nesting-too-deep', 0, 1]);
  assert.equal(finding.message, 'Nested too deeply (5 levels): deep checks skipped.');
  const wrapped = JSON.stringify({ msg_type: 'interactive', content: deep });
  const [inString] = lintText(wrapped, { maxDepth: 4 }).findings;
  assert.deepEqual([inString.ruleId, inString.start, inString.end], ['nesting-too-deep', 0, 1]);
});

test('nesting-too-deep: a 1.0 card nested past the depth guard gets the same message as a 2.0 card', () => {
  const v1 = `{"config":{"wide_screen_mode":true},"elements":[{"tag":"div","fields":[[[[[1]]]]]}]}`;
  const findings = lintText(v1, { maxDepth: 4 }).findings;
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.start, f.end, f.message]),
    [['nesting-too-deep', 0, 1, 'Nested too deeply (5 levels): deep checks skipped.']],
  );
  const zh = lintText(v1, { maxDepth: 4, locale: 'zh' }).findings;
  assert.deepEqual(
    zh.map((f) => f.message),
    ['嵌套过深（5 层），已跳过深度检查。'],
  );
});
