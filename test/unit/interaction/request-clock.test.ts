// The request envelope with the real clock and random source (the preview's default), and replays of a
// body that has no original to compare with (a body pasted into the console).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildRequest, redeliver } from '../../../server/src/card/interaction/request';
import { IDENTITY, NOW, seededRandom } from './helpers';

test('by default a request is stamped with the current time in microseconds and random ids', () => {
  const before = Date.now();
  const a = buildRequest({ tag: 'button' }, IDENTITY);
  const b = buildRequest({ tag: 'button' }, IDENTITY);
  const after = Date.now();
  const micros = Number(a.header.create_time);
  assert.match(a.header.create_time, /^\d{16}$/);
  assert.ok(micros >= before * 1000 && micros <= after * 1000, a.header.create_time);
  assert.equal(micros % 1000, 0, 'milliseconds times 1000');
  assert.match(a.header.event_id, /^[0-9a-f]{32}$/);
  assert.notEqual(a.header.event_id, b.header.event_id);
  assert.notEqual(a.event.token, b.event.token);
});

test('a fractional clock is cut to whole milliseconds before it becomes microseconds', () => {
  const request = buildRequest({ tag: 'button' }, IDENTITY, {
    now: () => NOW + 0.75,
    random: seededRandom(),
  });
  assert.equal(request.header.create_time, String(NOW * 1000));
});

test('a body without an original gets fresh ids wherever it has string ones', () => {
  const clock = { now: () => NOW, random: seededRandom(3) };
  const body = {
    header: { event_id: 'old', create_time: '1', token: 'vt' },
    event: { token: 'c-old', action: { tag: 'button' } },
  };
  const fresh = redeliver(body, undefined, clock) as typeof body;
  assert.match(fresh.header.event_id, /^[0-9a-f]{32}$/);
  assert.equal(fresh.header.create_time, String(NOW * 1000));
  assert.match(fresh.event.token, /^c-[0-9a-f]{40}$/);
  assert.equal(fresh.header.token, 'vt', 'the Verification Token is not a per-delivery value');
  assert.equal(body.header.event_id, 'old', 'the edited body itself is not changed');
  const numeric = redeliver({ header: { event_id: 7 } }, { header: { event_id: 7 } }, clock);
  assert.deepEqual(numeric, { header: { event_id: 7 } });
});

test('an original without a header or event still lets the edited body refresh', () => {
  const clock = { now: () => NOW, random: seededRandom(4) };
  const fresh = redeliver({ header: { event_id: 'x' }, event: { token: 'y' } }, { schema: '2.0' }, clock) as {
    header: { event_id: string };
    event: { token: string };
  };
  assert.notEqual(fresh.header.event_id, 'x');
  assert.notEqual(fresh.event.token, 'y');
});
