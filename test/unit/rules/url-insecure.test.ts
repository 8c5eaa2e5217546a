import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('url-insecure is a hint on plain http links', () => {
  const [finding] = expectRule(
    'url-insecure',
    v2(
      `{"tag":"button","behaviors":[{"type":"open_url","default_url":«"http://example.com/a"»,"pc_url":"https://e.com"}]}`,
    ),
  );
  assert.equal(finding.severity, 'hint');
});

test('url-insecure stays quiet on https, lark:// and variables', () => {
  expectRule(
    'url-insecure',
    v2(
      `{"tag":"button","behaviors":[{"type":"open_url","default_url":"https://e.com","pc_url":"lark://x","ios_url":"\${u}"}]}`,
    ),
  );
});

test('url-insecure fix switches to https (not unattended)', () => {
  const text = card([
    { tag: 'button', text: pt('x'), behaviors: [{ type: 'open_url', default_url: 'http://e.com/a' }] },
  ]);
  const after = checkFix('url-insecure', text, { safe: false });
  assert.equal(JSON.parse(after).body.elements[0].behaviors[0].default_url, 'https://e.com/a');
});
