import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { fixesFor } from '../../../server/src/card/lint/fixes';
import { ruleFixes } from '../../support/applyFix';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('open-url-default-missing fires on open_url without default_url, at its type', () => {
  const [finding] = expectRule(
    'open-url-default-missing',
    v2(`{"tag":"button","behaviors":[{"type":«"open_url"»,"pc_url":"https://e.com/pc"}]}`),
  );
  assert.equal(finding.severity, 'error');
});

test('open-url-default-missing stays quiet when default_url is there (even a variable)', () => {
  expectRule(
    'open-url-default-missing',
    v2(
      `{"tag":"button","behaviors":[{"type":"open_url","default_url":"\${link}"},{"type":"callback","value":{}}]}`,
    ),
  );
});

test('open-url-default-missing fix uses the one platform URL (safe)', () => {
  const text = card([
    { tag: 'button', text: pt('x'), behaviors: [{ type: 'open_url', pc_url: 'https://e.com/pc' }] },
  ]);
  const after = checkFix('open-url-default-missing', text, { safe: true });
  assert.equal(JSON.parse(after).body.elements[0].behaviors[0].default_url, 'https://e.com/pc');
});

test('open-url-default-missing offers each distinct platform URL, none of them unattended', () => {
  const text = card([
    {
      tag: 'button',
      text: pt('x'),
      behaviors: [
        {
          type: 'open_url',
          pc_url: 'https://e.com/pc',
          ios_url: 'lark://msgcard/unsupported_action',
          android_url: 'https://e.com/m',
        },
      ],
    },
  ]);
  const { card: doc, findings } = lintText(text);
  const fixes = fixesFor(
    findings.find((f) => f.ruleId === 'open-url-default-missing')!,
    doc,
    text,
    'en',
  );
  assert.deepEqual(
    fixes.map((f) => [f.title, f.safe]),
    [
      ['Use https://e.com/pc as default_url', false],
      ['Use https://e.com/m as default_url', false],
    ],
  );
  checkFix('open-url-default-missing', text, { title: /e\.com\/m/ });
});

test('open-url-default-missing: 1.0 cards too; it says what to add', () => {
  const [finding] = expectRule(
    'open-url-default-missing',
    `{"elements":[{"tag":"action","actions":[{"tag":"button","text":{"tag":"plain_text","content":"x"},"behaviors":[{"type":«"open_url"»,"pc_url":"https://e.com"}]}]}]}`,
  );
  assert.match(
    finding.message,
    /^This `open_url` behavior has no `default_url`.*Add `"default_url": "https:\/\/\.\.\."`\.$/,
  );
});

test('open-url-default-missing offers working links only: https, http and variables, not empty or invalid ones', () => {
  const text = card([
    {
      tag: 'button',
      text: pt('x'),
      behaviors: [
        { type: 'open_url', pc_url: '', ios_url: 'javascript:alert(1)', android_url: '${m}' },
        { type: 'open_url', pc_url: 'http://e.com', ios_url: 'nothing here' },
        { type: 'open_url', ios_url: 'https://e.com/ios' },
      ],
    },
  ]);
  const titles = (index: number) =>
    ruleFixes('open-url-default-missing', text, { index }).map((f) => f.title);
  assert.deepEqual(titles(0), ['Use ${m} as default_url']);
  assert.deepEqual(titles(1), ['Use http://e.com as default_url']);
  assert.deepEqual(titles(2), ['Use https://e.com/ios as default_url']);
  const [zh] = ruleFixes('open-url-default-missing', text, { index: 1, locale: 'zh' });
  assert.equal(zh.title, '将 http://e.com 用作 default_url');
});

test('open-url-default-missing offers no fix for data that does not describe this card', () => {
  const text = card([
    { tag: 'button', text: pt('x'), behaviors: [{ type: 'open_url', pc_url: 'https://e.com' }] },
  ]);
  const titles = (data: (d: Record<string, unknown>) => Record<string, unknown> | undefined) =>
    ruleFixes('open-url-default-missing', text, { data }).map((f) => f.title);
  assert.deepEqual(
    titles((d) => d),
    ['Use https://e.com as default_url'],
  );
  assert.deepEqual(
    titles(() => undefined),
    [],
  );
  assert.deepEqual(
    titles(({ path: _path, ...rest }) => rest),
    [],
  );
  assert.deepEqual(
    titles((d) => ({ ...d, candidates: 'https://e.com' })),
    [],
  );
  assert.deepEqual(
    titles((d) => ({ ...d, candidates: [1, 'https://e.com'] })),
    ['Use https://e.com as default_url'],
  );
});
