import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePageMessage } from '../../../server/src/card/interaction/messages';

test('well-formed page messages pass', () => {
  assert.deepEqual(parsePageMessage({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parsePageMessage({ type: 'reveal', path: ['body', 'elements', 0] }), {
    type: 'reveal',
    path: ['body', 'elements', 0],
  });
  assert.ok(parsePageMessage({ type: 'callback', id: '1', request: { schema: '2.0' }, cardKind: 'v2' }));
  assert.ok(parsePageMessage({ type: 'callback', id: '1', request: { schema: '2.0' }, cardKind: 'v1' }));
  assert.ok(parsePageMessage({ type: 'openExternal', url: 'https://example.com' }));
});

test('unknown, malformed or padded messages are dropped', () => {
  for (const bad of [
    null,
    'ready',
    [],
    { type: 'eval', code: '1' },
    { type: 'reveal', path: 'body' },
    { type: 'reveal', path: [-1] },
    { type: 'reveal', path: [1.5] },
    { type: 'reveal', path: ['a'], extra: 1 },
    { type: 'callback', id: 1, request: {}, cardKind: 'v2' },
    { type: 'callback', id: '1', request: [], cardKind: 'v2' },
    // The page always says which card version it clicked; the host does not parse the card to guess.
    { type: 'callback', id: '1', request: {} },
    { type: 'callback', id: '1', request: {}, cardKind: '2.0' },
    { type: 'openExternal', url: 5 },
    { type: 'toString' },
    { type: '__proto__' },
  ])
    assert.equal(parsePageMessage(bad), undefined, JSON.stringify(bad));
});

test('inherited names are not fields: constructor, __proto__, toString and friends are extra keys', () => {
  for (const text of [
    '{"type":"ready","constructor":1}',
    '{"type":"ready","__proto__":{}}',
    '{"type":"ready","toString":"x"}',
    '{"type":"copy","text":"a","hasOwnProperty":0}',
    '{"type":"reveal","path":[],"valueOf":null}',
    '{"type":"callback","id":"1","request":{},"cardKind":"v2","__defineGetter__":1}',
  ]) {
    const raw: unknown = JSON.parse(text);
    assert.ok(Object.keys(raw as object).length > 1, text);
    assert.equal(parsePageMessage(raw), undefined, text);
  }
});

test('console history and the callback-URL setting: the page names a file and entries, or one allowed setting', () => {
  assert.ok(parsePageMessage({ type: 'history', fileName: 'file:///a.card.json', entries: [] }));
  assert.ok(parsePageMessage({ type: 'openSettings', setting: 'feishuCard.callback.url' }));
  for (const bad of [
    { type: 'history', fileName: 'file:///a.card.json' },
    { type: 'history', fileName: 'file:///a.card.json', entries: {} },
    { type: 'history', fileName: 7, entries: [] },
    { type: 'history', fileName: 'x'.repeat(5000), entries: [] },
    { type: 'history', fileName: 'a', entries: new Array(1001).fill({}) },
    // The page cannot open just any setting (nor run a search of its choosing in the Settings editor).
    { type: 'openSettings' },
    { type: 'openSettings', setting: 'feishuCard.callback.encryptKey' },
    { type: 'openSettings', setting: '@ext:whatever' },
  ])
    assert.equal(parsePageMessage(bad), undefined, JSON.stringify(bad).slice(0, 200));
});
