import assert from 'node:assert/strict';
import { test } from 'node:test';
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
