// The console history the VS Code host keeps per card file: bounded, least recently used files dropped
// first, and no credential kept (the Verification Token and app-secret-like fields are masked).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ConsoleHistory,
  HISTORY_LIMITS,
  HISTORY_MASK,
  restoreToken,
  withoutSecrets,
} from '../../../server/src/card/interaction/consoleHistory';

const entry = (id: number, extra: Record<string, unknown> = {}) => ({
  id: `e${id}`,
  time: 1,
  kind: 'callback',
  component: 'button #ok',
  ...extra,
});

test('each file keeps its own entries, and an empty list forgets the file', () => {
  const history = new ConsoleHistory();
  history.put('a', [entry(1), entry(2)]);
  history.put('b', [entry(3)]);
  assert.deepEqual(
    history.get('a').map((e) => (e as { id: string }).id),
    ['e1', 'e2'],
  );
  assert.deepEqual(
    history.get('b').map((e) => (e as { id: string }).id),
    ['e3'],
  );
  history.put('a', []);
  assert.deepEqual(history.get('a'), []);
  assert.deepEqual(history.get('never'), []);
});

test('bounded: the newest entries, the newest characters, the most recently used files', () => {
  const history = new ConsoleHistory();
  history.put(
    'many',
    Array.from({ length: HISTORY_LIMITS.entries + 50 }, (_, i) => entry(i)),
  );
  const kept = history.get('many') as { id: string }[];
  assert.equal(kept.length, HISTORY_LIMITS.entries);
  assert.equal(kept.at(-1)!.id, `e${HISTORY_LIMITS.entries + 49}`);

  const small = new ConsoleHistory({ entries: 100, chars: 1000, files: 2 });
  small.put('big', [entry(1, { note: 'x'.repeat(600) }), entry(2, { note: 'y'.repeat(600) })]);
  assert.deepEqual(
    small.get('big').map((e) => (e as { id: string }).id),
    ['e2'],
  );
  small.put('huge', [entry(1, { note: 'z'.repeat(5000) })]);
  assert.deepEqual(small.get('huge'), [], 'an entry larger than the limit is not kept');
  // Two files fit: reading `big` makes `one` the least recently used when `two` comes.
  small.put('one', [entry(1)]);
  small.get('big');
  small.put('two', [entry(2)]);
  assert.equal(small.get('one').length, 0, 'the least recently used file went first');
  assert.equal(small.get('big').length, 1);
});

test('nothing secret is kept: the header token and credential fields are masked, the rest is a copy', () => {
  const request = {
    schema: '2.0',
    header: { event_id: 'ev', token: 'the-verification-token' },
    event: { token: 'c-update', action: { value: { k: 1 } } },
  };
  const call = {
    request: { app_id: 'cli_1', app_secret: 'shh' },
    response: { tenant_access_token: 't-1', expire: 7200 },
  };
  const original = { ...entry(1), request, call };
  const history = new ConsoleHistory();
  history.put('a', [original]);
  const [kept] = history.get('a') as (typeof original)[];
  const text = JSON.stringify(kept);
  for (const secret of ['the-verification-token', 'shh', 't-1']) assert.ok(!text.includes(secret), text);
  assert.equal(kept.request.header.token, HISTORY_MASK);
  assert.equal(kept.request.event.token, 'c-update');
  assert.equal(kept.call.response.expire, 7200);
  assert.equal(request.header.token, 'the-verification-token', 'the page’s own entry is not changed');
  // The page restores with its own current token, so a replay is still a valid delivery.
  restoreToken(kept.request, 'current-token');
  assert.equal(kept.request.header.token, 'current-token');
});

test('hostile entries: cycles and absurd depth are cut, never a crash', () => {
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 10_000; i++) deep = (deep.next = {}) as Record<string, unknown>;
  const history = new ConsoleHistory();
  assert.doesNotThrow(() => history.put('a', [entry(1, { request: root }), 'text', null, 42]));
  assert.equal(history.get('a').length, 4);
  assert.doesNotThrow(() => withoutSecrets(root));
});
