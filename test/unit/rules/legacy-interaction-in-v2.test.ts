import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('legacy-interaction-in-v2 fires on 1.0 value / url / multi_url of 2.0 components', () => {
  const [finding] = expectRule(
    'legacy-interaction-in-v2',
    v2(
      `{"tag":"button",«"value"»:{"a":1},«"url"»:"https://e.com",«"multi_url"»:{"url":"https://e.com"}},` +
        `{"tag":"input",«"value"»:{"k":"v"}}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /behaviors/);
});

test('legacy-interaction-in-v2 does not punish the deprecated form action_type, nor 1.0 cards', () => {
  expectRule(
    'legacy-interaction-in-v2',
    v2(`{"tag":"form","name":"f","elements":[{"tag":"button","name":"b","action_type":"form_submit"}]}`),
  );
  expectRule(
    'legacy-interaction-in-v2',
    `{"elements":[{"tag":"action","actions":[{"tag":"button","value":{"a":1}}]}]}`,
  );
});

test('legacy-interaction-in-v2 fix converts value, url and multi_url into behaviors', () => {
  const text = card([
    {
      tag: 'button',
      text: pt('x'),
      value: { a: 1 },
      url: 'https://e.com/old',
      multi_url: { url: 'https://e.com', pc_url: 'https://e.com/pc', ios_url: '', android_url: '' },
    },
  ]);
  const after = checkFix('legacy-interaction-in-v2', text, { title: /Convert/ });
  assert.deepEqual(JSON.parse(after).body.elements[0], {
    tag: 'button',
    text: pt('x'),
    behaviors: [
      {
        type: 'open_url',
        default_url: 'https://e.com',
        pc_url: 'https://e.com/pc',
        ios_url: '',
        android_url: '',
      },
      { type: 'callback', value: { a: 1 } },
    ],
  });
});

test('legacy-interaction-in-v2 fix appends to existing behaviors and drops what they already cover', () => {
  const link = { type: 'open_url', default_url: 'https://e.com/new' };
  const text = card([
    { tag: 'button', text: pt('x'), url: 'https://e.com/old', value: { a: 1 }, behaviors: [link] },
  ]);
  const after = checkFix('legacy-interaction-in-v2', text);
  assert.deepEqual(JSON.parse(after).body.elements[0].behaviors, [
    link,
    { type: 'callback', value: { a: 1 } },
  ]);
});
