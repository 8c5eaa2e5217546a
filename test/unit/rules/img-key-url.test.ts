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

test('img-key-url: only a value that starts with http(s):// is a URL, in 1.0 cards too', () => {
  expectRule(
    'img-key-url',
    `{"elements":[{"tag":"img","img_key":"img_v2_a"},{"tag":"img","img_key":5},` +
      `{"tag":"img","img_key":"saved from https://e.com/a.png"},` +
      `{"tag":"img_combination","img_list":[{"img_key":"img_v2_b"},{"img_key":«"HTTPS://e.com/b.png"»}]}]}`,
  );
});

test('img-key-url judges the img_key that counts when a key is written twice (the last, as JSON.parse keeps)', () => {
  expectRule(
    'img-key-url',
    v2(
      `{"tag":"img","img_key":"https://e.com/a.png","img_key":"img_v2_a"},` +
        `{"tag":"img","img_key":"img_v2_b","img_key":«"https://e.com/b.png"»}`,
    ),
  );
});

test('img-key-url passes over an img_key that is no string, in strict JSON and in JSONC (a fuzz case threw)', () => {
  for (const comment of ['', '// a JSONC card\n'])
    expectRule(
      'img-key-url',
      comment +
        v2(
          `{"tag":"img","img_key":{}},{"tag":"img","img_key":["https://e.com/a.png"]},` +
            `{"tag":"img","img_key":{"toString":"https://e.com/b.png"}},{"tag":"img","img_key":null}`,
        ),
    );
});
