import assert from 'node:assert/strict';
import { test } from 'node:test';
import { session, target, v2 } from './helpers';

const form = v2({
  tag: 'form',
  name: 'f',
  elements: [
    { tag: 'input', name: 'notes_input', element_id: 'notes' },
    { tag: 'input', name: 'title', element_id: 'title', required: true, default_value: 'T' },
    {
      tag: 'select_static',
      name: 'level',
      element_id: 'level',
      options: [{ text: { tag: 'plain_text', content: 'Low' }, value: 'low' }],
    },
    {
      tag: 'multi_select_static',
      name: 'tags',
      element_id: 'tags',
      options: [{ value: 'a' }, { value: 'b' }],
    },
    { tag: 'date_picker', name: 'day', element_id: 'day' },
    { tag: 'checker', name: 'agree', element_id: 'agree' },
    {
      tag: 'button',
      name: 'Button_m6vy7xom',
      element_id: 'submit',
      form_action_type: 'submit',
      behaviors: [{ type: 'callback', value: { action: 'complete_alarm' } }],
    },
    { tag: 'button', name: 'reset', element_id: 'reset', form_action_type: 'reset' },
  ],
});

test('fields inside a form change locally and send nothing', () => {
  const s = session(form);
  assert.equal(s.interact(target(s, 'notes'), { kind: 'input', text: 'x' }).kind, 'local');
  assert.equal(s.interact(target(s, 'agree'), { kind: 'check', checked: true }).kind, 'local');
});

test('submit is blocked while a required field is empty (multi selects default to required)', () => {
  const s = session(form);
  s.interact(target(s, 'title'), { kind: 'input', text: '' });
  const outcome = s.interact(target(s, 'submit'), { kind: 'click' });
  assert.deepEqual(outcome, { kind: 'blocked', reason: 'required', missing: ['title', 'tags'] });
});

test('submit sends form_value by name, the button name and value, and the timezone', () => {
  const s = session(form);
  s.interact(target(s, 'tags'), { kind: 'multi', options: ['a', 'b'] });
  s.interact(target(s, 'day'), { kind: 'select', option: '2024-04-01' });
  s.interact(target(s, 'level'), { kind: 'select', option: 'low' });
  const outcome = s.interact(target(s, 'submit'), { kind: 'click' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, {
    value: { action: 'complete_alarm' },
    tag: 'button',
    timezone: 'Asia/Shanghai',
    name: 'Button_m6vy7xom',
    form_value: {
      notes_input: '',
      title: 'T',
      level: 'low',
      tags: ['a', 'b'],
      day: '2024-04-01 +0800',
      agree: false,
    },
  });
});

test('reset restores initial values and sends nothing', () => {
  const s = session(form);
  s.interact(target(s, 'title'), { kind: 'input', text: 'changed' });
  s.interact(target(s, 'agree'), { kind: 'check', checked: true });
  assert.deepEqual(s.interact(target(s, 'reset'), { kind: 'click' }), { kind: 'reset' });
  assert.equal(s.valueOf(target(s, 'title')), 'T');
  assert.equal(s.valueOf(target(s, 'agree')), false);
});

test('deprecated action_type form_submit submits too', () => {
  const s = session(
    v2({
      tag: 'form',
      name: 'g',
      elements: [{ tag: 'button', name: 'go', element_id: 'go', action_type: 'form_submit' }],
    }),
  );
  const outcome = s.interact(target(s, 'go'), { kind: 'click' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, {
    tag: 'button',
    timezone: 'Asia/Shanghai',
    name: 'go',
    form_value: {},
  });
});
