// The one decision of what an interaction does (confirm first? blocked? which effect?), and the input a
// value kind takes, asked of the same session the preview, hover and `simulate` drive.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputFor } from '../../../server/src/card/interaction/decide';
import { session, target, v2 } from './helpers';

const confirm = {
  title: { tag: 'plain_text', content: 'Sure?' },
  text: { tag: 'plain_text', content: 'Yes' },
};
const asked = { title: 'Sure?', text: 'Yes' };

const card = v2(
  { tag: 'button', element_id: 'cb', confirm, behaviors: [{ type: 'callback', value: 1 }] },
  { tag: 'button', element_id: 'off', confirm, disabled: true, behaviors: [{ type: 'callback', value: 1 }] },
  {
    tag: 'button',
    element_id: 'link',
    confirm,
    behaviors: [{ type: 'open_url', default_url: 'https://example.com' }],
  },
  { tag: 'checker', element_id: 'tick', confirm },
  {
    tag: 'form',
    name: 'f',
    elements: [
      { tag: 'input', name: 'title', element_id: 'title', required: true, confirm },
      { tag: 'button', name: 'go', element_id: 'go', form_action_type: 'submit', confirm },
      { tag: 'button', name: 'clear', element_id: 'clear', form_action_type: 'reset', confirm },
    ],
  },
);

test('a callback asks first; a disabled component does nothing and asks nothing', () => {
  const s = session(card);
  assert.deepEqual(s.decide(target(s, 'cb'), { kind: 'click' }), {
    effect: 'callback',
    confirm: asked,
    missing: [],
  });
  assert.deepEqual(s.decide(target(s, 'off'), { kind: 'click' }), { effect: 'disabled', missing: [] });
  assert.equal(s.interact(target(s, 'off'), { kind: 'click' }).kind, 'disabled');
});

test('a link asks before a click, a local tick does not', () => {
  const s = session(card);
  assert.deepEqual(s.decide(target(s, 'link'), { kind: 'click' }).confirm, asked);
  assert.equal(s.decide(target(s, 'link'), { kind: 'click' }).effect, 'no-callback');
  assert.deepEqual(s.decide(target(s, 'tick'), { kind: 'check', checked: true }), {
    effect: 'no-callback',
    missing: [],
  });
});

test('in a form: fields and reset never ask; a blocked submit names its fields and asks nothing', () => {
  const s = session(card);
  assert.deepEqual(s.decide(target(s, 'title'), { kind: 'input', text: 'x' }), {
    effect: 'in-form',
    missing: [],
  });
  assert.deepEqual(s.decide(target(s, 'clear'), { kind: 'click' }), { effect: 'reset', missing: [] });
  assert.deepEqual(s.decide(target(s, 'go'), { kind: 'click' }), { effect: 'blocked', missing: ['title'] });
  // The session does what the decision said.
  assert.deepEqual(s.interact(target(s, 'go'), { kind: 'click' }), {
    kind: 'blocked',
    reason: 'required',
    missing: ['title'],
  });
  s.setValue(target(s, 'title'), 'filled');
  assert.deepEqual(s.decide(target(s, 'go'), { kind: 'click' }), {
    effect: 'submit',
    confirm: asked,
    missing: [],
  });
  assert.equal(s.interact(target(s, 'go'), { kind: 'click' }).kind, 'callback');
});

test('the input a value kind takes', () => {
  assert.deepEqual(inputFor('text', 'hi'), { kind: 'input', text: 'hi' });
  assert.deepEqual(inputFor('text', undefined), { kind: 'input', text: '' });
  assert.deepEqual(inputFor('check', true), { kind: 'check', checked: true });
  assert.deepEqual(inputFor('check', undefined), { kind: 'check', checked: false });
  assert.deepEqual(inputFor('multi', ['a']), { kind: 'multi', options: ['a'] });
  assert.deepEqual(inputFor('multi', 'a'), { kind: 'multi', options: [] });
  assert.deepEqual(inputFor('single', 'a'), { kind: 'select', option: 'a' });
  assert.deepEqual(inputFor('datetime', '2024-01-01 00:00'), { kind: 'select', option: '2024-01-01 00:00' });
  // A select or picker with nothing to pick: the caller decides (hover clicks, simulate asks for a value).
  assert.equal(inputFor('date', undefined), undefined);
  assert.deepEqual(inputFor('none', 'x'), { kind: 'click' });
});
