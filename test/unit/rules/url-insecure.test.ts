import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { ruleFixes } from '../../support/applyFix';
import { expectRule, stripMarkers } from '../../support/markers';
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

const V1_LINKS = `{"elements":[{"tag":"action","actions":[{"tag":"button","text":{"tag":"plain_text","content":"x"},"url":«"HTTP://e.com/a"»,"multi_url":{"url":«"http://a.com"»,"pc_url":«"http://b.com"»}}]}]}`;

test('url-insecure also checks 1.0 links, and its fix keeps the rest of the link as written', () => {
  expectRule('url-insecure', V1_LINKS);
  const { text } = stripMarkers(V1_LINKS);
  const [first] = ruleFixes('url-insecure', text);
  assert.equal(first.title, 'Use https');
  assert.equal(JSON.parse(applyEdits(text, first.edits)).elements[0].actions[0].url, 'https://e.com/a');
  const [zh] = ruleFixes('url-insecure', text, { index: 2, locale: 'zh' });
  assert.equal(zh.title, '改用 https');
  const fixed = JSON.parse(applyEdits(text, zh.edits)).elements[0].actions[0].multi_url;
  assert.deepEqual(fixed, { url: 'http://a.com', pc_url: 'https://b.com' });
});

test('url-insecure offers no fix for data that does not describe this card', () => {
  const { text } = stripMarkers(V1_LINKS);
  const none = (data: (d: Record<string, unknown>) => Record<string, unknown> | undefined) =>
    assert.deepEqual(ruleFixes('url-insecure', text, { index: 1, data }), []);
  assert.equal(ruleFixes('url-insecure', text, { index: 1 }).length, 1);
  none(() => undefined);
  none(({ url: _url, ...rest }) => rest);
  none(({ offset: _offset, ...rest }) => rest);
  none((d) => ({ ...d, offset: String(d.offset) }));
  // The offset of another link, or this offset with another link: the text changed since the finding.
  none((d) => ({ ...d, offset: (d.offset as number) + 24 }));
  none((d) => ({ ...d, url: 'http://b.com' }));
});
