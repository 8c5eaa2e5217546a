import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('img-key-url marks an https URL pasted into img_key, anywhere in the card', () => {
  const [finding] = expectRule(
    'img-key-url',
    v2(
      `{"tag":"img","img_key":«"https://example.com/a.png"»}`,
      `"header":{"icon":{"tag":"custom_icon","img_key":«"http://e.com/i.png"»}},`,
    ),
  );
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /upload/);
});

test('img-key-url stays quiet on image keys', () => {
  expectRule(
    'img-key-url',
    v2(`{"tag":"img","img_key":"img_v2_041b28e3"},{"tag":"img","img_key":"\${pic}"}`),
  );
});
