import assert from 'node:assert/strict';
import { test } from 'node:test';
import { session, target, v2 } from './helpers';

test('input outside a form sends input_value, value and name', () => {
  const s = session(
    v2({ tag: 'input', name: 'note', element_id: 'i', behaviors: [{ type: 'callback', value: { k: 1 } }] }),
  );
  const outcome = s.interact(target(s, 'i'), { kind: 'input', text: 'hello' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, {
    value: { k: 1 },
    tag: 'input',
    input_value: 'hello',
    name: 'note',
  });
});

test('input keeps its default value until typed into', () => {
  const s = session(v2({ tag: 'input', element_id: 'i', default_value: 'start' }));
  const t = target(s, 'i');
  assert.equal(s.valueOf(t), 'start');
  s.interact(t, { kind: 'input', text: 'next' });
  assert.equal(s.valueOf(t), 'next');
});
