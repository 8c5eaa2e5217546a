// The preview page's HTML and its Content-Security-Policy: only our nonce'd script and styles run, nothing
// remote loads, and only the CLI's page may talk to its own origin.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentSecurityPolicy, makeNonce, previewPageHtml } from '../../../server/src/card/interaction/page';

test('the VS Code page may load images and fonts from its resource origin and connect nowhere', () => {
  assert.equal(
    contentSecurityPolicy({ nonce: 'N1', cspSource: 'https://res.example', host: 'vscode' }),
    [
      "default-src 'none'",
      "script-src 'nonce-N1'",
      "style-src 'nonce-N1'",
      'img-src data: https://res.example',
      'font-src https://res.example',
      "connect-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-src 'none'",
      "object-src 'none'",
    ].join('; '),
  );
});

test("the CLI's page has no resource origin: data images only, no fonts, and it may connect to itself", () => {
  const csp = contentSecurityPolicy({ nonce: 'N2', host: 'browser' });
  const parts = csp.split('; ');
  assert.ok(parts.includes('img-src data:'));
  assert.ok(parts.includes("font-src 'none'"));
  assert.ok(parts.includes("connect-src 'self'"));
});

test('the page runs one script with the nonce and escapes every attribute and the title', () => {
  const html = previewPageHtml({
    scriptUri: 'https://x/webview.js?a=1&b="2"',
    nonce: 'abc',
    host: 'browser',
    title: 'Card <preview> & "more"',
    lang: 'zh"',
  });
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="zh&quot;">'));
  assert.ok(html.includes('<title>Card &lt;preview&gt; &amp; &quot;more&quot;</title>'));
  assert.ok(
    html.includes('<script nonce="abc" src="https://x/webview.js?a=1&amp;b=&quot;2&quot;"></script>'),
  );
  assert.equal(html.match(/<script/g)?.length, 1);
  assert.ok(html.includes('<div id="app"></div>'));
  assert.ok(html.includes('<meta name="referrer" content="no-referrer">'));
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  assert.equal(csp, contentSecurityPolicy({ nonce: 'abc', host: 'browser' }));
});

test('a nonce is 32 base64url characters and differs each time', () => {
  const nonces = new Set<string>();
  for (let i = 0; i < 50; i++) {
    const nonce = makeNonce();
    assert.match(nonce, /^[A-Za-z0-9_-]{32}$/);
    nonces.add(nonce);
  }
  assert.equal(nonces.size, 50);
});
