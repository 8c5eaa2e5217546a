// A replay is a new delivery: fresh event id, create time and card update token where the edited body still
// carries the original's; what the user changed on purpose, and everything else, stays as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redeliver } from '../../../server/src/card/interaction/request';
import { NOW, seededRandom, session, target, v2 } from './helpers';

const clock = { now: () => NOW + 60_000, random: seededRandom(99) };

function original(): Record<string, unknown> {
  const s = session(v2({ tag: 'button', element_id: 'b', behaviors: [{ type: 'callback', value: 1 }] }));
  const outcome = s.interact(target(s, 'b'), { kind: 'click' });
  assert.ok(outcome.kind === 'callback');
  return outcome.request as unknown as Record<string, unknown>;
}

type Body = { header: Record<string, unknown>; event: Record<string, unknown> };

test('an unchanged body gets a fresh event id, create time and update token; the rest stays', () => {
  const before = original();
  const after = redeliver(structuredClone(before), before, clock) as unknown as Body;
  const was = before as unknown as Body;
  assert.match(String(after.header.event_id), /^[0-9a-f]{32}$/);
  assert.notEqual(after.header.event_id, was.header.event_id);
  assert.equal(after.header.create_time, String((NOW + 60_000) * 1000));
  assert.match(String(after.event.token), /^c-[0-9a-f]{40}$/);
  assert.notEqual(after.event.token, was.event.token);
  assert.equal(after.header.token, 'vtoken');
  assert.deepEqual(
    {
      ...after,
      header: { ...after.header, event_id: 0, create_time: 0 },
      event: { ...after.event, token: 0 },
    },
    { ...was, header: { ...was.header, event_id: 0, create_time: 0 }, event: { ...was.event, token: 0 } },
  );
});

test('an event id the user edited stays (a dedupe test stays possible); the original is not touched', () => {
  const before = original();
  const edited = structuredClone(before) as unknown as Body;
  edited.header.event_id = 'same-as-last-time';
  const copy = structuredClone(before);
  const after = redeliver(edited as unknown as Record<string, unknown>, before, clock) as unknown as Body;
  assert.equal(after.header.event_id, 'same-as-last-time');
  assert.notEqual(after.event.token, (before as unknown as Body).event.token);
  assert.deepEqual(before, copy);
});

test('removed or malformed fields are not invented', () => {
  assert.deepEqual(redeliver({ schema: '2.0' }, original(), clock), { schema: '2.0' });
  assert.deepEqual(redeliver({ header: [], event: 'x' }, undefined, clock), { header: [], event: 'x' });
});
