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

test('card-not-object says what the file holds, in English and Chinese', () => {
  const cases: [string, string, string][] = [
    ['[]', 'an array', '数组'],
    ['"text"', 'a string', '字符串'],
    ['42', 'a number', '数字'],
    ['true', 'true/false', '布尔值'],
    ['null', 'null', 'null'],
  ];
  for (const [text, en, zh] of cases) {
    const [finding] = lintText(text, { forceCard: true }).findings;
    assert.equal(
      finding.message,
      `This card file holds ${en}, not a JSON object: the platform accepts only an object as a card, e.g. {"schema": "2.0", "body": {"elements": []}}.`,
    );
    assert.match(
      lintText(text, { forceCard: true, locale: 'zh' }).findings[0].message,
      new RegExp(`^此卡片文件的内容是${zh}，`),
    );
  }
  assert.match(lintText('hello', { forceCard: true }).findings[0].message, /^This card file is not JSON:/);
});

test('card-not-object: an empty file gets its first character, other content at most 200 characters of it', () => {
  const range = (text: string) => {
    const [f] = lintText(text, { forceCard: true }).findings;
    return [f.start, f.end];
  };
  assert.deepEqual(range(''), [0, 0]);
  assert.deepEqual(range('  \n'), [0, 1]);
  assert.deepEqual(range(`  [${'1,'.repeat(300)}1]  `), [2, 202]);
});
