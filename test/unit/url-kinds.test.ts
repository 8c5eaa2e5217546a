// What kind of link a string is (lint/rules/utils/urls.ts, shared by url-invalid and url-insecure), and every
// place of a card that holds one: the two rules judge exactly these strings, so each kind and place is pinned.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCard } from '../../server/src/card/parse/parse';
import { classifyUrl, urlFields, type UrlKind } from '../../server/src/card/lint/rules/utils/urls';

test('classifyUrl: each kind of link string', () => {
  const cases: [string, boolean, UrlKind][] = [
    ['https://open.feishu.cn/x?y#z', false, 'ok'],
    ['HTTPS://A.COM', false, 'ok'],
    ['http://example.com/a', false, 'insecure'],
    ['HTTP://EXAMPLE.COM', false, 'insecure'],
    // Hosts the shortcut leaves to `new URL`: numbers, ports, user info, punycode.
    ['https://1.2.3.4/x', false, 'ok'],
    ['http://1.2.3.4', false, 'insecure'],
    ['https://a.com:8443/x', false, 'ok'],
    ['http://a.com:8080', false, 'insecure'],
    ['https://xn--fiqs8s.example/', false, 'ok'],
    ['http://xn--fiqs8s.example/', false, 'insecure'],
    // An `xn--` label that is no valid punycode: `new URL` rejects the host.
    ['https://xn--a.com', false, 'malformed'],
    ['http://a.xn--9.com/x', false, 'malformed'],
    ['https://', false, 'malformed'],
    ['http://[bad', false, 'malformed'],
    ['lark://msgcard/unsupported_action', false, 'ok'],
    ['LARK://x', false, 'ok'],
    ['lark://', false, 'scheme'],
    ['xlark://x', false, 'scheme'],
    ['mailto:lark://x', false, 'scheme'],
    ['mailto:someone@example.com', false, 'scheme'],
    ['javascript:https://a.com', false, 'scheme'],
    // A host and port later in the link do not make a scheme's link relative.
    ['ftp://a.com:21/x', false, 'scheme'],
    ['example.com:8080/path', false, 'relative'],
    ['host:80', false, 'relative'],
    ['www.example.com', false, 'relative'],
    ['/relative/path', false, 'relative'],
    // A colon past the start is no scheme.
    ['/a/b:c', false, 'relative'],
    ['1x:y', false, 'relative'],
    [' https://a.com', false, 'whitespace'],
    ['https://a.com ', false, 'whitespace'],
    ['https://a .com', false, 'whitespace'],
    ['https://a.com/\tx', false, 'whitespace'],
    ['https://a.com\u00a0', false, 'whitespace'],
    ['\ufeffhttps://a.com', false, 'whitespace'],
    ['', true, 'empty'],
    ['', false, 'ok'],
    ['${link}', true, 'variable'],
    ['https://${host}/x', false, 'variable'],
    // An `xn--` past the host takes the long way (through `new URL`) and is judged the same.
    ['http://a.com/xn--x', false, 'insecure'],
    ['HTTPS://a.com/?q=XN--', false, 'ok'],
    ['Http://A.com', false, 'insecure'],
    ['hTTpS://A.com#x', false, 'ok'],
  ];
  for (const [value, fallback, kind] of cases)
    assert.equal(classifyUrl(value, fallback), kind, `${JSON.stringify(value)} fallback=${fallback}`);
});

test('classifyUrl with a map of parsed links: a repeated link gets the same kind as a fresh one', () => {
  const parsed = new Map<string, UrlKind>();
  for (const value of ['http://1.2.3.4', 'https://', 'https://a.com:8443/x', 'http://1.2.3.4', 'https://']) {
    assert.equal(classifyUrl(value, true, parsed), classifyUrl(value, true), value);
  }
  // Only the links `new URL` was asked about are kept.
  assert.deepEqual(
    [...parsed],
    [
      ['http://1.2.3.4', 'insecure'],
      ['https://', 'malformed'],
      ['https://a.com:8443/x', 'ok'],
    ],
  );
});

function fields(card: unknown) {
  return urlFields(parseCard(JSON.stringify(card))).map((f) => [f.key, f.value, f.fallback, f.kind]);
}

test('urlFields: behaviors, legacy links, options, 1.0 href links and card_link, in document order', () => {
  const v2 = {
    schema: '2.0',
    card_link: { url: 'https://c.com', pc_url: '', other: 'https://ignored.com' },
    body: {
      elements: [
        {
          tag: 'button',
          url: 'http://legacy.com',
          multi_url: { url: 'https://m.com', ios_url: 'x', android_url: 3 },
          behaviors: [
            { type: 'open_url', default_url: 'https://d.com', pc_url: 'https://p.com' },
            { type: 'callback', value: { url: 'https://not-a-link.com' } },
          ],
        },
        {
          tag: 'overflow',
          options: [
            { text: { tag: 'plain_text', content: 'a' }, multi_url: { url: 'https://o.com' } },
            { text: { tag: 'plain_text', content: 'b' }, url: 'https://ou.com' },
            { text: { tag: 'plain_text', content: 'c' }, url: 5 },
          ],
        },
        {
          tag: 'column_set',
          columns: [{ tag: 'column', action: { multi_url: { url: 'https://col.com' } } }],
        },
      ],
    },
  };
  assert.deepEqual(fields(v2), [
    ['url', 'https://c.com', true, 'ok'],
    ['pc_url', '', false, 'ok'],
    ['url', 'http://legacy.com', true, 'insecure'],
    ['url', 'https://m.com', true, 'ok'],
    ['ios_url', 'x', false, 'relative'],
    ['default_url', 'https://d.com', true, 'ok'],
    ['pc_url', 'https://p.com', false, 'ok'],
    ['url', 'https://o.com', true, 'ok'],
    ['url', 'https://ou.com', true, 'ok'],
    ['url', 'https://col.com', true, 'ok'],
  ]);
  const v1 = {
    elements: [
      { tag: 'markdown', content: '[a]($l)', href: { l: { url: 'https://h.com', pc_url: 'ftp://x' } } },
      { tag: 'div', text: { tag: 'lark_md', content: '[b]($m)', href: { m: { url: '' } } } },
    ],
  };
  assert.deepEqual(fields(v1), [
    ['url', 'https://h.com', true, 'ok'],
    ['pc_url', 'ftp://x', false, 'scheme'],
    ['url', '', true, 'empty'],
  ]);
});

test('an unset card_link (every link empty) holds nothing to check; one set link makes it count', () => {
  const card = (link: Record<string, string>) => ({ schema: '2.0', card_link: link, body: { elements: [] } });
  assert.deepEqual(fields(card({ url: '', pc_url: '' })), []);
  assert.deepEqual(fields(card({ url: '', pc_url: 'https://p.com' })), [
    ['url', '', true, 'empty'],
    ['pc_url', 'https://p.com', false, 'ok'],
  ]);
});

test('the last of a repeated key counts, and the same string is classified per fallback role', () => {
  const text =
    '{"schema":"2.0","body":{"elements":[{"tag":"button","url":"https://first.com","url":"",' +
    '"multi_url":{"url":"","pc_url":""}}]}}';
  assert.deepEqual(
    urlFields(parseCard(text)).map((f) => [f.key, f.value, f.kind]),
    [
      ['url', '', 'empty'],
      ['url', '', 'empty'],
      ['pc_url', '', 'ok'],
    ],
  );
});

test('urlFields: what is not a link is passed over', () => {
  const card = {
    schema: '2.0',
    body: {
      elements: [
        // A non-string link, a platform link of each kind, a callback carrying link-like keys.
        {
          tag: 'button',
          url: 7,
          multi_url: { url: 'https://m.com', android_url: 'https://an.com', ios_url: 'https://io.com' },
          behaviors: [
            { type: 'callback', value: {}, default_url: 'https://cb.com', pc_url: 'https://cbp.com' },
          ],
        },
        // `href` belongs to a component or its `text` only, and is a map of links only when an object.
        { tag: 'markdown', content: 'x', href: 'https://s.com' },
        { tag: 'markdown', content: 'y', extra: { href: { l: { url: 'https://e.com' } } } },
      ],
    },
  };
  assert.deepEqual(fields(card), [
    ['url', 'https://m.com', true, 'ok'],
    ['android_url', 'https://an.com', false, 'ok'],
    ['ios_url', 'https://io.com', false, 'ok'],
  ]);
});

test('urlFields is worked out once per card: a second call gives the same list', () => {
  const card = parseCard(
    JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'button', url: 'https://a.com' }] } }),
  );
  const first = urlFields(card);
  assert.equal(first.length, 1);
  assert.equal(urlFields(card), first);
});

test('urlFields: in text order where the walk meets a component before its links (a container written links-last, card_link after the body)', () => {
  const text =
    '{"schema":"2.0","body":{"elements":[{"tag":"column_set","columns":[{"tag":"column","elements":' +
    '[{"tag":"button","url":"https://inner.com"}],"action":{"multi_url":{"url":"https://column.com"}}}]}]},' +
    '"card_link":{"url":"https://card.com"}}';
  assert.deepEqual(
    urlFields(parseCard(text)).map((f) => f.value),
    ['https://inner.com', 'https://column.com', 'https://card.com'],
  );
});

test('urlFields: a 1.0 card links in i18n_elements written before elements in text order, options by their keys', () => {
  const text =
    '{"i18n_elements":{"en_us":[{"tag":"action","actions":[{"tag":"overflow","options":[' +
    '{"url":"https://plain.com","multi_url":{"url":"https://multi.com"}}]}]}]},' +
    '"elements":[{"tag":"markdown","content":"[a]($l)","href":{"l":{"url":"https://h.com"}}}]}';
  assert.deepEqual(
    urlFields(parseCard(text)).map((f) => f.value),
    ['https://plain.com', 'https://multi.com', 'https://h.com'],
  );
});
