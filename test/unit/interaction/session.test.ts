// The session's bookkeeping across components: which fields belong to which form, what an unnamed field
// contributes, values held without interacting, and the value kind each component reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { session, target, v2 } from './helpers';

const submit = (id: string) => ({ tag: 'button', name: id, element_id: id, form_action_type: 'submit' });
const reset = (id: string) => ({ tag: 'button', name: id, element_id: id, form_action_type: 'reset' });

const twoForms = v2(
  {
    tag: 'form',
    name: 'a',
    elements: [
      { tag: 'input', name: 'a_text', element_id: 'aText', default_value: 'A' },
      submit('aGo'),
      reset('aReset'),
    ],
  },
  {
    tag: 'form',
    name: 'b',
    elements: [{ tag: 'input', name: 'b_text', element_id: 'bText', required: true }, submit('bGo')],
  },
  { tag: 'input', name: 'loose', element_id: 'loose' },
);

test('a form sends, requires and resets only its own fields', () => {
  const s = session(twoForms);
  s.interact(target(s, 'aText'), { kind: 'input', text: 'changed' });
  s.interact(target(s, 'loose'), { kind: 'input', text: 'outside' });
  const sent = s.interact(target(s, 'aGo'), { kind: 'click' });
  assert.ok(sent.kind === 'callback', 'the empty required field of the other form does not block this one');
  assert.deepEqual(sent.request.event.action.form_value, { a_text: 'changed' });

  assert.deepEqual(s.interact(target(s, 'bGo'), { kind: 'click' }), {
    kind: 'blocked',
    reason: 'required',
    missing: ['b_text'],
  });

  s.interact(target(s, 'bText'), { kind: 'input', text: 'kept' });
  s.interact(target(s, 'aReset'), { kind: 'click' });
  assert.equal(s.valueOf(target(s, 'aText')), 'A');
  assert.equal(s.valueOf(target(s, 'bText')), 'kept', 'resetting one form leaves the other alone');
  assert.equal(s.valueOf(target(s, 'loose')), 'outside');
});

test('form_value leaves out fields without a name, and buttons, which are not fields', () => {
  const s = session(
    v2({
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'input', name: 'named', element_id: 'named' },
        { tag: 'input', element_id: 'unnamed' },
        { tag: 'input', name: '', element_id: 'empty' },
        { tag: 'button', name: 'other', element_id: 'other', behaviors: [{ type: 'callback', value: {} }] },
        submit('go'),
      ],
    }),
  );
  s.interact(target(s, 'unnamed'), { kind: 'input', text: 'lost' });
  s.interact(target(s, 'empty'), { kind: 'input', text: 'lost too' });
  const sent = s.interact(target(s, 'go'), { kind: 'click' });
  assert.ok(sent.kind === 'callback');
  assert.deepEqual(sent.request.event.action.form_value, { named: '' });
});

test('a required field without a name is reported by its element_id, else by its tag', () => {
  const s = session(
    v2({
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'input', element_id: 'who', required: true },
        { tag: 'date_picker', required: true },
        submit('go'),
      ],
    }),
  );
  assert.deepEqual(s.interact(target(s, 'go'), { kind: 'click' }), {
    kind: 'blocked',
    reason: 'required',
    missing: ['who', 'date_picker'],
  });
});

test('a multi-select outside a form sends the picked options', () => {
  const s = session(
    v2({
      tag: 'select_img',
      element_id: 'imgs',
      multi_select: true,
      options: [
        { img_key: 'img_1', value: 'one' },
        { img_key: 'img_2', value: 'two' },
      ],
      behaviors: [{ type: 'callback', value: { k: 1 } }],
    }),
  );
  const sent = s.interact(target(s, 'imgs'), { kind: 'multi', options: ['one', 'two'] });
  assert.ok(sent.kind === 'callback');
  assert.deepEqual(sent.request.event.action, {
    value: { k: 1 },
    tag: 'select_img',
    options: ['one', 'two'],
  });
  assert.deepEqual(s.valueOf(target(s, 'imgs')), ['one', 'two']);
});

test('setValue holds a value without interacting; a submit sends it', () => {
  const s = session(
    v2({ tag: 'form', name: 'f', elements: [{ tag: 'input', name: 'q', element_id: 'q' }, submit('go')] }),
  );
  s.setValue(target(s, 'q'), 'typed');
  assert.equal(s.valueOf(target(s, 'q')), 'typed');
  const sent = s.interact(target(s, 'go'), { kind: 'click' });
  assert.ok(sent.kind === 'callback');
  assert.deepEqual(sent.request.event.action.form_value, { q: 'typed' });
});

test('kindOf tells what kind of value each component holds', () => {
  const s = session(
    v2(
      { tag: 'input', element_id: 'text' },
      { tag: 'select_static', element_id: 'single', options: [] },
      { tag: 'multi_select_static', element_id: 'multi', options: [] },
      { tag: 'checker', element_id: 'check' },
      { tag: 'date_picker', element_id: 'date' },
      { tag: 'picker_time', element_id: 'time' },
      { tag: 'picker_datetime', element_id: 'datetime' },
      { tag: 'button', element_id: 'none' },
    ),
  );
  for (const kind of ['text', 'single', 'multi', 'check', 'date', 'time', 'datetime', 'none'])
    assert.equal(s.kindOf(target(s, kind)), kind, kind);
});

test('adoptValues takes over what was entered before an edit, for the components the edit left in place', () => {
  const before = session(
    v2({
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'input', name: 'q', element_id: 'q' },
        { tag: 'input', name: 'gone', element_id: 'gone' },
        submit('go'),
      ],
    }),
  );
  before.setValue(target(before, 'q'), 'typed');
  before.setValue(target(before, 'gone'), 'lost');
  // The edit put a component before the form: q now sits one place further down; `gone` has no place.
  const after = session(
    v2(
      { tag: 'markdown', content: 'new' },
      { tag: 'form', name: 'f', elements: [{ tag: 'input', name: 'q', element_id: 'q' }, submit('go')] },
    ),
  );
  const moved = JSON.stringify(['body', 'elements', 0, 'elements', 0]);
  after.adoptValues(before, (key) => (key === moved ? ['body', 'elements', 1, 'elements', 0] : undefined));
  assert.equal(after.valueOf(target(after, 'q')), 'typed');
  // Fields are registered when a form is submitted, not when the session starts: the form is complete.
  const sent = after.interact(target(after, 'go'), { kind: 'click' });
  assert.ok(sent.kind === 'callback');
  assert.deepEqual(sent.request.event.action.form_value, { q: 'typed' });
});
