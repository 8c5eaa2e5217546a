import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
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
