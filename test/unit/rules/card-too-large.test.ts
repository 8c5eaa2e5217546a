import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { expectRule } from '../../support/markers';
import { utf8Length } from '../../../server/src/card/parse/jsonText';

const big = (n: number) => JSON.stringify({ tag: 'markdown', content: 'x'.repeat(n) });

test('card-too-large fires above 30 KB of compact JSON, at the card opening', () => {
  const [finding] = expectRule(
    'card-too-large',
    `«{»"schema":"2.0","body":{"elements":[${big(31 * 1024)}]}}`,
  );
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /30 KB/);
});

test('card-too-large measures compact JSON, so indentation does not count', () => {
  const padded = `{"schema":"2.0",${' '.repeat(20_000)}"body":{"elements":[${big(25 * 1024)}]}}`;
  expectRule('card-too-large', padded);
});

test('card-too-large uses the 20 KB webhook limit for custom bots', () => {
  const text = `«{»"schema":"2.0","body":{"elements":[${big(25 * 1024)}]}}`;
  const [finding] = expectRule('card-too-large', text, { sender: 'webhook' });
  assert.match(finding.message, /20 KB/);
  expectRule('card-too-large', text.replace(/[«»]/g, ''));
});

test('card-too-large counts UTF-8 bytes as the encoder does, surrogate pairs and lone surrogates included', () => {
  for (const sample of [
    '',
    'ascii',
    'é',
    '中文',
    '😀',
    '\ud800',
    'a\udc00b',
    '😀\ud83d',
    'x'.repeat(1000) + '€',
  ]) {
    assert.equal(utf8Length(sample), new TextEncoder().encode(sample).length, JSON.stringify(sample));
  }
});

/** A compact 2.0 card of exactly `bytes` UTF-8 bytes. */
function cardOf(bytes: number): string {
  const shell = `{"schema":"2.0","body":{"elements":[${big(0)}]}}`;
  return `{"schema":"2.0","body":{"elements":[${big(bytes - shell.length)}]}}`;
}

test('card-too-large: exactly 30 KB passes, one byte more fails, and the message gives size, limit and kind', () => {
  assert.equal(cardOf(30 * 1024).length, 30 * 1024);
  expectRule('card-too-large', cardOf(30 * 1024));
  const over = cardOf(30 * 1024 + 103);
  const [en] = expectRule('card-too-large', `«{»${over.slice(1)}`);
  assert.equal(
    en.message,
    'The card is 30.1 KB as compact JSON, over the 30 KB limit of a card message: sending it fails. Split it into several cards or shorten its content.',
  );
  const [zh] = expectRule('card-too-large', `«{»${over.slice(1)}`, { locale: 'zh' });
  assert.match(zh.message, /^此卡片压缩为紧凑 JSON 后为 30\.1 KB，超过卡片消息的 30 KB 上限/);
});

test('card-too-large: a webhook message body (a card under "card") gets the 20 KB limit, named as a bot request', () => {
  const inner = cardOf(21 * 1024);
  const text = `{"msg_type":"interactive","card":«{»${inner.slice(1)}}`;
  const [en] = expectRule('card-too-large', text);
  assert.match(en.message, /over the 20 KB limit of a custom bot request:/);
  const [zh] = expectRule('card-too-large', text, { locale: 'zh' });
  assert.match(zh.message, /超过自定义机器人请求的 20 KB 上限/);
  const [viaSender] = expectRule('card-too-large', `«{»${inner.slice(1)}`, {
    sender: 'webhook',
    locale: 'zh',
  });
  assert.match(viaSender.message, /自定义机器人请求/);
});

test('card-too-large: a file over the size guard gets one in-file finding on its first character', () => {
  const text = cardOf(40 * 1024);
  const findings = lintText(text, { maxSize: 1000 }).findings.filter((f) => f.ruleId === 'card-too-large');
  assert.equal(findings.length, 1);
  assert.equal(findings[0].start, 0);
  assert.equal(findings[0].end, 1);
  assert.equal(
    findings[0].message,
    `File too large (${text.length} characters): deep checks skipped. A card message may be at most 30 KB.`,
  );
});

test('card-too-large: a 1.0 card over the size guard gets the same in-file finding as a 2.0 card', () => {
  for (const v1 of [
    JSON.stringify({
      header: { title: { tag: 'plain_text', content: 'T' } },
      elements: [JSON.parse(big(2000))],
    }),
    JSON.stringify({ i18n_elements: { zh_cn: [JSON.parse(big(2000))] } }),
  ]) {
    const findings = lintText(v1, { maxSize: 1000 }).findings;
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.start, f.end, f.message]),
      [
        [
          'card-too-large',
          0,
          1,
          `File too large (${v1.length} characters): deep checks skipped. A card message may be at most 30 KB.`,
        ],
      ],
    );
  }
});

test('card-too-large leaves a broken card and a file that is no card to the rules that say so', () => {
  const broken = cardOf(31 * 1024).slice(0, -2);
  assert.ok(lintText(broken).findings.some((f) => f.ruleId === 'json-syntax'));
  expectRule('card-too-large', broken);
  expectRule('card-too-large', `[${cardOf(31 * 1024)}]`);
});
