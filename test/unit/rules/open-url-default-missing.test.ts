import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { fixesFor } from '../../../server/src/card/lint/fixes';
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
