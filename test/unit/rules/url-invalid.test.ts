import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('url-invalid fires on links that are not absolute https/http/lark URLs', () => {
  const findings = expectRule(
    'url-invalid',
    v2(
      `{"tag":"button","behaviors":[{"type":"open_url","default_url":«"TODO"»,"pc_url":«"/relative/path"»}]},` +
        `{"tag":"button","behaviors":[{"type":"open_url","default_url":«""»}]},` +
        `{"tag":"button","behaviors":[{"type":"open_url","default_url":«"ftp://files.example.com/a"»}]},` +
        `{"tag":"button","behaviors":[{"type":"open_url","default_url":«"https://exa mple.com"»}]},` +
        `{"tag":"button","behaviors":[{"type":"open_url","default_url":«"https://"»}]},` +
        `{"tag":"overflow","options":[{"text":{"tag":"plain_text","content":"a"},"value":"a","multi_url":{"url":«"www.example.com"»}}]}`,
      `"card_link":{"url":«"not-a-url"»},`,
    ),
  );
  assert.equal(findings[0].severity, 'error');
  assert.match(findings[0].message, /not an absolute URL/);
  assert.match(
    findings.find((f) => f.message.includes('www.example.com'))!.message,
    /https:\/\/www\.example\.com/,
  );
});

test('url-invalid accepts https, http (another rule), lark://, AppLink, empty platform URLs and variables', () => {
  expectRule(
    'url-invalid',
    v2(
      `{"tag":"button","behaviors":[{"type":"open_url","default_url":"https://example.com/a?b=1","pc_url":"","ios_url":"lark://msgcard/unsupported_action","android_url":"http://example.com"}]},` +
        `{"tag":"button","behaviors":[{"type":"open_url","default_url":"https://applink.feishu.cn/client/web_url/open?url=x"}]},` +
        `{"tag":"button","behaviors":[{"type":"open_url","default_url":"\${link}"}]},` +
        `{"tag":"button","behaviors":[{"type":"open_url","default_url":"https://example.com/\${path}"}]},` +
        `{"tag":"column_set","action":{"multi_url":{"url":"https://e.com","pc_url":"","ios_url":"","android_url":""}},"columns":[]}`,
    ),
  );
});

test('url-invalid checks 1.0 cards too (button url and multi_url)', () => {
  expectRule(
    'url-invalid',
    `{"elements":[{"tag":"action","actions":[{"tag":"button","url":«"example"»,"multi_url":{"url":"https://e.com","pc_url":«"pc"»}}]}]}`,
  );
});

test('url-invalid suggests the full address: the value itself when it starts like a host name', () => {
  const findings = expectRule(
    'url-invalid',
    v2(
      `{"tag":"button","behaviors":[{"type":"open_url","default_url":«"TODO"»}]},` +
        `{"tag":"button","behaviors":[{"type":"open_url","default_url":«"/docs/a.html"»}]},` +
        `{"tag":"button","behaviors":[{"type":"open_url","default_url":«"www.e.com/a"»}]}`,
    ),
  );
  const hints = findings.map((f) => /e\.g\. "([^"]*)"/.exec(f.message)?.[1]);
  assert.deepEqual(hints, ['https://example.com/...', 'https://example.com/...', 'https://www.e.com/a']);
});
