// The console history at its edges: the character budget holds exactly, entries that cannot be kept are
// dropped alone, every credential key is masked at any depth (lists too) and only where it has a value,
// and a restored request gets the page's token only where the mask stands.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ConsoleHistory,
  HISTORY_LIMITS,
  HISTORY_MASK,
  restoreToken,
  withoutSecrets,
} from '../../../server/src/card/interaction/consoleHistory';

test('the limits: 200 entries, a million characters, 20 files', () => {
  assert.deepEqual(HISTORY_LIMITS, { entries: 200, chars: 1_000_000, files: 20 });
});

test("a file's entries are kept while the JSON of their list fits the character budget exactly", () => {
  // Each entry is a 10-letter string, 12 characters as JSON. The list of the newest one,
  // ["cccccccccc"], is 14 characters; of the newest two 27 (a comma between); of all three 40.
  const entries = ['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)];
  const kept = (chars: number) => {
    const history = new ConsoleHistory({ entries: 10, chars, files: 5 });
    history.put('f', entries);
    return history.get('f');
  };
  assert.deepEqual(kept(40), entries);
  assert.deepEqual(kept(39), entries.slice(1));
  assert.deepEqual(kept(27), entries.slice(1));
  assert.deepEqual(kept(26), entries.slice(2));
  assert.deepEqual(kept(14), entries.slice(2));
  assert.deepEqual(kept(13), [], 'not even the newest fits: the file keeps nothing');
});

test('an entry JSON cannot hold is dropped, the others kept; an undefined entry counts as nothing', () => {
  const history = new ConsoleHistory();
  history.put('f', ['a', { big: 1n }, 'b', undefined]);
  assert.deepEqual(history.get('f'), ['a', 'b', undefined]);
});

test('the entry limit keeps the newest', () => {
  const history = new ConsoleHistory({ entries: 2, chars: 1000, files: 5 });
  history.put('f', [1, 2, 3]);
  assert.deepEqual(history.get('f'), [2, 3]);
});

test('the file limit drops the least recently used file', () => {
  const history = new ConsoleHistory({ entries: 5, chars: 1000, files: 2 });
  history.put('a', [1]);
  history.put('b', [2]);
  history.put('a', [3]);
  history.put('c', [4]);
  assert.deepEqual(history.get('b'), [], 'b was used least recently');
  assert.deepEqual(history.get('a'), [3]);
  assert.deepEqual(history.get('c'), [4]);
});

test('every credential key is masked at any depth, inside lists too', () => {
  const keys = [
    'app_secret',
    'AppSecret',
    'ClientAssertion',
    'encrypt_key',
    'tenant_access_token',
    'app_access_token',
    'user_access_token',
  ];
  for (const key of keys) {
    const masked = withoutSecrets({ calls: [{ body: { [key]: 'secret-value' } }] }) as {
      calls: { body: Record<string, unknown> }[];
    };
    assert.equal(masked.calls[0].body[key], HISTORY_MASK, key);
  }
  assert.deepEqual(withoutSecrets({ token: 'kept', secret: 'kept' }), { token: 'kept', secret: 'kept' });
});

test('the mask is visible text that shows none of the secret', () => {
  assert.match(HISTORY_MASK, /^•+$/);
});

test('a credential key without a value stays without one; a header token that is no string is no secret', () => {
  const masked = withoutSecrets({ app_secret: undefined, request: { header: { token: 5 } } }) as Record<
    string,
    unknown
  >;
  assert.ok(Object.hasOwn(masked, 'app_secret'));
  assert.equal(masked.app_secret, undefined);
  assert.deepEqual(masked.request, { header: { token: 5 } });
  assert.deepEqual(withoutSecrets({ request: 'text' }), { request: 'text' });
  assert.deepEqual(withoutSecrets({ request: { header: ['token'] } }), { request: { header: ['token'] } });
});

test('values are walked 64 levels deep; what lies deeper is dropped', () => {
  const chain = (levels: number) => {
    let value: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < levels; i++) value = { next: value };
    return value;
  };
  const depthOf = (value: unknown) => {
    let depth = 0;
    let at = value as Record<string, unknown> | undefined;
    while (at && typeof at === 'object' && 'next' in at) {
      at = at.next as Record<string, unknown> | undefined;
      depth++;
    }
    return { depth, leaf: at?.leaf };
  };
  // The entry is level 0; the object at level 64 is still copied.
  assert.deepEqual(depthOf(withoutSecrets(chain(64))), { depth: 64, leaf: true });
  assert.deepEqual(depthOf(withoutSecrets(chain(65))), { depth: 65, leaf: undefined });
  const list = withoutSecrets([[['deep']]]);
  assert.deepEqual(list, [[['deep']]]);
});

test("a restored request gets the page's token only where the mask stands", () => {
  const masked = { header: { token: HISTORY_MASK } };
  assert.deepEqual(restoreToken(masked, 'now'), { header: { token: 'now' } });
  const edited = { header: { token: 'typed-by-user' } };
  assert.deepEqual(restoreToken(edited, 'now'), { header: { token: 'typed-by-user' } });
  assert.equal(restoreToken('text', 'now'), 'text');
  assert.deepEqual(restoreToken({ header: 'x' }, 'now'), { header: 'x' });
});
