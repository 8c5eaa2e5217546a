import assert from 'node:assert/strict';
import { test } from 'node:test';
import { session, target, v2 } from './helpers';

test('a checker without behaviors toggles locally and sends nothing', () => {
  const s = session(v2({ tag: 'checker', element_id: 'c', text: { tag: 'plain_text', content: 'Task' } }));
  const t = target(s, 'c');
  assert.equal(s.valueOf(t), false);
  assert.deepEqual(s.interact(t, { kind: 'check', checked: true }), { kind: 'local', reason: 'no-callback' });
  assert.equal(s.valueOf(t), true);
});

test('a checker with a callback sends checked (state after the click) and value', () => {
  const s = session(
    v2({
      tag: 'checker',
      element_id: 'c',
      checked: true,
      behaviors: [{ type: 'callback', value: { id: 7 } }],
    }),
  );
  const outcome = s.interact(target(s, 'c'), { kind: 'check', checked: false });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, { value: { id: 7 }, tag: 'checker', checked: false });
});

test("a checker's area buttons are components of their own", () => {
  const s = session(
    v2({
      tag: 'checker',
      element_id: 'c',
      button_area: {
        buttons: [
          {
            tag: 'button',
            type: 'text',
            element_id: 'cb',
            behaviors: [{ type: 'callback', value: { b: 1 } }],
          },
        ],
      },
    }),
  );
  const outcome = s.interact(target(s, 'cb'), { kind: 'click' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, { value: { b: 1 }, tag: 'button' });
});
