import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';

test('callback-answer-ignored: unknown keys, an unlisted language, an empty toast, data as a string', () => {
  const [finding] = expectRule(
    'callback-answer-ignored',
    '{"toast": {"type": "info", "content": "x"}, «"msg"»: 1}',
  );
  assert.equal(finding.severity, 'warning');
  expectRule('callback-answer-ignored', '{"toast": {"content": "x", "i18n": {«"cn"»: "好"}}}');
  expectRule('callback-answer-ignored', '{«"toast"»: {"type": "info"}}');
  expectRule('callback-answer-ignored', '{"card": {"type": "raw", "data": «"{}"»}}');
});

test('callback-answer-ignored stays quiet on a complete toast', () => {
  expectRule(
    'callback-answer-ignored',
    '{"toast": {"type": "error", "i18n": {"zh_cn": "失败", "ja_jp": "失敗"}}}',
  );
});
