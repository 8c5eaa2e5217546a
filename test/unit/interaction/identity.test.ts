// The fake identity of a preview session: each setting overrides its own id (trimmed), random hex has the
// asked length from as few bytes as needed, and the user's zone falls back to Asia/Shanghai.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createIdentity,
  localTimezone,
  randomHex,
  type Identity,
} from '../../../server/src/card/interaction/identity';
import { seededRandom } from './helpers';

test('every id can be pinned by its own setting, trimmed', () => {
  const overrides: Identity = {
    openId: 'ou_pinned',
    unionId: 'on_pinned',
    userId: 'u_pinned',
    tenantKey: 't_pinned',
    appId: 'cli_pinned',
    openMessageId: 'om_pinned',
    openChatId: 'oc_pinned',
    verificationToken: 'v_pinned',
    timezone: 'Europe/Berlin',
  };
  const padded = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, `  ${v}\t`]));
  assert.deepEqual(createIdentity(padded, seededRandom(4)), overrides);
});

test('without a random source the ids are still well-formed and differ between sessions', () => {
  const a = createIdentity();
  const b = createIdentity();
  assert.match(a.openId, /^ou_[0-9a-f]{32}$/);
  assert.match(a.verificationToken, /^[A-Za-z0-9]{32}$/);
  assert.notEqual(a.openId, b.openId);
  assert.equal(a.timezone, localTimezone());
});

test('random hex: exactly the asked length, from half as many bytes, rounded up', () => {
  const asked: number[] = [];
  const bytes = (count: number) => {
    asked.push(count);
    return new Uint8Array(count).fill(0xab);
  };
  assert.equal(randomHex(5, bytes), 'ababa');
  assert.equal(randomHex(4, bytes), 'abab');
  assert.deepEqual(asked, [3, 2]);
  assert.equal(
    randomHex(2, () => new Uint8Array([0x0f])),
    '0f',
    'a byte below 16 keeps its leading zero',
  );
  assert.match(randomHex(7), /^[0-9a-f]{7}$/);
});

test("the local zone is the machine's, else Asia/Shanghai when Intl cannot tell or fails", (t) => {
  assert.equal(localTimezone(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  const real = Intl.DateTimeFormat;
  t.after(() => {
    Intl.DateTimeFormat = real;
  });
  Intl.DateTimeFormat = (() => ({ resolvedOptions: () => ({ timeZone: '' }) })) as unknown as typeof real;
  assert.equal(localTimezone(), 'Asia/Shanghai');
  Intl.DateTimeFormat = (() => {
    throw new RangeError('no Intl');
  }) as unknown as typeof real;
  assert.equal(localTimezone(), 'Asia/Shanghai');
});
