// The page → host message check at its edges: each field's size limit holds exactly (the largest allowed
// passes, one more is dropped), every message type's own fields, and the themes the page may name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isTheme,
  MAX_HISTORY_MESSAGE_ENTRIES,
  MAX_PAGE_MESSAGE_CHARS,
  parsePageMessage,
} from '../../../server/src/card/interaction/messages';

const passes = (message: unknown) => assert.deepEqual(parsePageMessage(message), message);
const dropped = (message: unknown, why: string) => assert.equal(parsePageMessage(message), undefined, why);

test('the themes are light, dark and the two high-contrast kinds', () => {
  for (const theme of ['light', 'dark', 'hc', 'hc-light']) assert.equal(isTheme(theme), true, theme);
  for (const other of ['Light', 'hc-dark', '', undefined, 1])
    assert.equal(isTheme(other), false, String(other));
});

test('a callback id is at most 64 characters', () => {
  const callback = (id: string) => ({ type: 'callback', id, request: {}, cardKind: 'v2' });
  passes(callback('x'.repeat(64)));
  dropped(callback('x'.repeat(65)), '65 characters');
  dropped({ type: 'callback', id: '1', request: null, cardKind: 'v2' }, 'a null request');
  dropped({ type: 'callback', id: '1', request: 'body', cardKind: 'v2' }, 'a string request');
});

test('a reveal path has at most 64 steps of keys up to 256 characters or indexes from 0', () => {
  const reveal = (path: unknown[]) => ({ type: 'reveal', path });
  passes(reveal(new Array(64).fill(0)));
  dropped(reveal(new Array(65).fill(0)), '65 steps');
  passes(reveal(['k'.repeat(256), 0, 3]));
  dropped(reveal(['k'.repeat(257)]), 'a 257-character key');
  dropped(reveal(['body', -1]), 'a negative index after a good step');
  dropped(reveal([0, 'elements', null]), 'null');
  dropped(reveal([true]), 'a boolean');
});

test('a history message has at most the entries a file ever needs, and a file name of up to 4096 characters', () => {
  passes({ type: 'history', fileName: 'f', entries: new Array(MAX_HISTORY_MESSAGE_ENTRIES).fill({}) });
  dropped(
    { type: 'history', fileName: 'f', entries: new Array(MAX_HISTORY_MESSAGE_ENTRIES + 1).fill({}) },
    '1001',
  );
  passes({ type: 'history', fileName: 'f'.repeat(4096), entries: [] });
  assert.equal(MAX_HISTORY_MESSAGE_ENTRIES, 1000);
});

test('an external URL is a string of at most 8192 characters', () => {
  passes({ type: 'openExternal', url: 'h'.repeat(8192) });
  dropped({ type: 'openExternal', url: 'h'.repeat(8193) }, '8193 characters');
});

test('copy and export carry a string of at most 4 MiB; anything else is dropped', () => {
  assert.equal(MAX_PAGE_MESSAGE_CHARS, 4 * 1024 * 1024);
  const most = 'a'.repeat(MAX_PAGE_MESSAGE_CHARS);
  passes({ type: 'copy', text: most });
  passes({ type: 'export', json: most });
  dropped({ type: 'copy', text: most + 'a' }, 'copy over the limit');
  dropped({ type: 'export', json: most + 'a' }, 'export over the limit');
  dropped({ type: 'copy', text: 1 }, 'a number to copy');
  dropped({ type: 'export', json: { a: 1 } }, 'an object to export');
  dropped({ type: 'copy', json: 'a' }, "export's field on copy");
  dropped({ type: 'export', text: 'a' }, "copy's field on export");
});

test('the other messages are not held to the copy limit', () => {
  passes({ type: 'history', fileName: 'f', entries: ['a'.repeat(MAX_PAGE_MESSAGE_CHARS + 1)] });
});

test('each type takes exactly its own fields', () => {
  dropped({ type: 'ready', path: [] }, 'ready with a path');
  dropped({ type: 'reveal' }, 'reveal without a path');
  dropped({ type: 'openExternal' }, 'openExternal without a url');
  dropped({ type: 'copy' }, 'copy without text');
  dropped({ type: 'export' }, 'export without json');
  dropped({ type: 5 }, 'a numeric type');
  dropped({}, 'no type');
  dropped(42, 'a number');
});
