import assert from 'node:assert/strict';
import { test } from 'node:test';
import { utcOffset } from '../../../server/src/card/interaction/fields';
import { NOW, session, target, v2 } from './helpers';

for (const [tag, initialKey, raw, expected] of [
  ['date_picker', 'initial_date', '2024-04-01', '2024-04-01 +0800'],
  ['picker_time', 'initial_time', '00:00', '00:00 +0800'],
  ['picker_datetime', 'initial_datetime', '2024-04-29 07:07', '2024-04-29 07:07 +0800'],
] as const) {
  test(`${tag} sends option with the zone offset, and timezone`, () => {
    const s = session(v2({ tag, element_id: 'p', [initialKey]: raw }));
    const t = target(s, 'p');
    assert.equal(s.valueOf(t), raw);
    const outcome = s.interact(t, { kind: 'select', option: raw });
    assert.ok(outcome.kind === 'callback');
    assert.deepEqual(outcome.request.event.action, { tag, option: expected, timezone: 'Asia/Shanghai' });
  });
}

test('offsets follow the zone', () => {
  assert.equal(utcOffset('Asia/Shanghai', NOW), '+0800');
  assert.equal(utcOffset('UTC', NOW), '+0000');
  assert.equal(utcOffset('America/New_York', NOW), '-0400');
  assert.equal(utcOffset('Asia/Kolkata', NOW), '+0530');
  assert.equal(utcOffset('Not/AZone', NOW), '+0000');
});
