import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hover, parseCard } from '../../../server/src/card';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('checker-callback notes a callback behavior of a checker, as an info (the checker pages document it) in one short sentence', () => {
  const [finding] = expectRule(
    'checker-callback',
    v2(
      `{"tag":"checker","text":{"tag":"plain_text","content":"a"},"behaviors":[«{"type":"callback","value":{"id":1}}»]}`,
    ),
  );
  assert.equal(finding.severity, 'info');
  // One short sentence, so that the Problems panel shows all of it; the details are in the hover.
  assert.equal(finding.message, 'This checker calls back on every tick; checkers do not by default.');
  const [zh] = expectRule(
    'checker-callback',
    v2(`{"tag":"checker","behaviors":[«{"type":"callback","value":{}}»]}`),
    { locale: 'zh' },
  );
  assert.match(zh.message, /^此勾选器每次勾选都会发送回调/);
  for (const message of [finding.message, zh.message]) {
    assert.ok(message.length <= 80, message);
    assert.equal(message.match(/[.。]/g)?.length, 1, message);
  }
});

test('checker-callback stays quiet for a plain checker, buttons in its button area, and a button callback', () => {
  expectRule(
    'checker-callback',
    v2(
      `{"tag":"checker","button_area":{"buttons":[{"tag":"button","type":"text","behaviors":[{"type":"callback","value":{}}]}]}},` +
        `{"tag":"button","behaviors":[{"type":"callback","value":{}}]}`,
    ),
  );
});

test('checker-callback fix removes the callback (not unattended)', () => {
  const text = card([
    { tag: 'checker', text: pt('Task'), behaviors: [{ type: 'callback', value: { id: 1 } }] },
  ]);
  const after = checkFix('checker-callback', text, { safe: false });
  assert.deepEqual(JSON.parse(after).body.elements[0], { tag: 'checker', text: pt('Task') });
});

test('checker-callback: what to verify is in the hover of the behavior', () => {
  const text = card([
    { tag: 'checker', name: 'c', text: pt('a'), behaviors: [{ type: 'callback', value: { id: 1 } }] },
  ]);
  const markdown = hover(parseCard(text), text.indexOf('"callback"') + 2, { locale: 'en' })?.markdown ?? '';
  for (const detail of ['"tag": "checker"', '"checked"', '3 seconds', 'app bot'])
    assert.ok(markdown.includes(detail), `${detail} missing from the hover:\n${markdown}`);
});

test('checker-callback reports only the callback among a checker behaviors, and its fix leaves the others', () => {
  const link = { type: 'open_url', default_url: 'https://e.com' };
  expectRule(
    'checker-callback',
    v2(`{"tag":"checker","behaviors":[${JSON.stringify(link)},«{"type":"callback","value":{}}»]}`),
  );
  const text = card([
    { tag: 'checker', text: pt('Task'), behaviors: [link, { type: 'callback', value: { id: 1 } }] },
  ]);
  const after = checkFix('checker-callback', text, { safe: false });
  assert.deepEqual(JSON.parse(after).body.elements[0].behaviors, [link]);
});

test('checker-callback checks a checker in a 1.0 card too', () => {
  expectRule(
    'checker-callback',
    `{"config":{},"elements":[{"tag":"checker","behaviors":[«{"type":"callback","value":{"a":1}}»]}]}`,
  );
});
