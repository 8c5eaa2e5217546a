import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { expectRule } from '../../support/markers';

test('card-not-object: a must-be-card file holding text, [], 42 or nothing gets one error', () => {
  for (const marked of ['«[]»', '«42»', '«hello»', '  «"text"»\n', '«\u0000\u0001\u0002»']) {
    const [finding] = expectRule('card-not-object', marked, { forceCard: true });
    assert.equal(finding.severity, 'error');
    const { text } = { text: marked.replace(/[«»]/g, '') };
    assert.equal(lintText(text, { forceCard: true }).findings.length, 1, 'only the one finding');
  }
  const [empty] = lintText('', { forceCard: true }).findings;
  assert.equal(empty.ruleId, 'card-not-object');
  assert.match(empty.message, /empty/);
  assert.match(lintText('[]', { forceCard: true, locale: 'zh' }).findings[0].message, /数组/);
});

test('card-not-object stays quiet on objects and on files that need not be cards', () => {
  expectRule('card-not-object', '{"elements": []}', { forceCard: true });
  expectRule('card-not-object', '[1, 2]');
});
