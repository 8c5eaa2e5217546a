// Session edge cases with a visible effect on what is sent: inputs that carry no value, components the
// catalog does not know, names that are not strings, what counts as a field of a form, and the decision for
// selects and overflows that have links.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputFor, isRequired } from '../../../server/src/card/interaction/decide';
import { session, target, v2 } from './helpers';

test('a click on a field keeps its value; a component without a value does not take one', () => {
  const s = session(
    v2({ tag: 'input', element_id: 'i', default_value: 'D' }, { tag: 'button', element_id: 'b' }),
  );
  s.interact(target(s, 'i'), { kind: 'click' });
  assert.equal(s.valueOf(target(s, 'i')), 'D');
  s.interact(target(s, 'b'), { kind: 'input', text: 'typed' });
  assert.equal(s.valueOf(target(s, 'b')), undefined);
});

test('a component the catalog does not know calls back only with a callback behavior, sending its value', () => {
  const s = session(
    v2(
      { tag: 'my_widget', element_id: 'w', behaviors: [{ type: 'callback', value: { a: 1 } }], name: 'w' },
      { tag: 'my_widget', element_id: 'quiet' },
    ),
  );
  const sent = s.interact(target(s, 'w'), { kind: 'click' });
  assert.ok(sent.kind === 'callback');
  assert.deepEqual(sent.request.event.action, { value: { a: 1 }, tag: 'my_widget' });
  assert.deepEqual(s.interact(target(s, 'quiet'), { kind: 'click' }), {
    kind: 'local',
    reason: 'no-callback',
  });
  assert.equal(isRequired(target(s, 'quiet')), false);
});

test('a submit of a tag the catalog does not know sends its value and the form fields', () => {
  const s = session(
    v2({
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'input', name: 'q', element_id: 'q', default_value: 'x' },
        { tag: 'my_submit', name: 'go', element_id: 'go', form_action_type: 'submit', value: { v: 1 } },
      ],
    }),
  );
  const sent = s.interact(target(s, 'go'), { kind: 'click' });
  assert.ok(sent.kind === 'callback');
  assert.deepEqual(sent.request.event.action, {
    value: { v: 1 },
    tag: 'my_submit',
    timezone: 'Asia/Shanghai',
    name: 'go',
    form_value: { q: 'x' },
  });
});

test('a name that is not a string is not sent', () => {
  const s = session(v2({ tag: 'button', element_id: 'b', name: 5 }));
  const sent = s.interact(target(s, 'b'), { kind: 'click' });
  assert.ok(sent.kind === 'callback');
  assert.deepEqual(sent.request.event.action, { tag: 'button' });
});

test('a button marked required never blocks a submit, and an overflow in a form is no form field', () => {
  const s = session(
    v2({
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'button', name: 'extra', element_id: 'extra', required: true },
        { tag: 'overflow', name: 'more', element_id: 'more', options: [{ value: 'a' }] },
        { tag: 'input', name: 'q', element_id: 'q' },
        { tag: 'button', name: 'go', element_id: 'go', form_action_type: 'submit' },
      ],
    }),
  );
  s.interact(target(s, 'more'), { kind: 'select', option: 'a' });
  const sent = s.interact(target(s, 'go'), { kind: 'click' });
  assert.ok(sent.kind === 'callback', JSON.stringify(sent));
  assert.deepEqual(sent.request.event.action.form_value, { q: '' });
  assert.deepEqual(s.missingRequired(['body', 'elements', 0]), []);
});

test('a reset clears only values of form fields', () => {
  const s = session(
    v2({
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'overflow', name: 'more', element_id: 'more', options: [{ value: 'a' }] },
        { tag: 'input', name: 'q', element_id: 'q' },
        { tag: 'button', name: 'clear', element_id: 'clear', form_action_type: 'reset' },
      ],
    }),
  );
  s.setValue(target(s, 'more'), 'a');
  s.setValue(target(s, 'q'), 'typed');
  s.interact(target(s, 'clear'), { kind: 'click' });
  assert.equal(s.valueOf(target(s, 'q')), '');
  assert.equal(s.valueOf(target(s, 'more')), 'a');
});

test("only an overflow's option link makes a pick a jump; a select's option url is no link", () => {
  const options = [{ value: 'a', url: 'https://a.example' }, { url: 'https://novalue.example' }];
  const s = session(
    v2(
      { tag: 'select_static', element_id: 'sel', options, behaviors: [{ type: 'callback', value: {} }] },
      { tag: 'overflow', element_id: 'ov', options },
    ),
  );
  const picked = s.interact(target(s, 'sel'), { kind: 'select', option: 'a' });
  assert.equal(picked.kind, 'callback');
  assert.equal(s.decide(target(s, 'sel'), { kind: 'select', option: 'a' }).effect, 'callback');
  const jump = s.decide(target(s, 'ov'), { kind: 'select', option: 'a' });
  assert.deepEqual(jump, { effect: 'no-callback', missing: [] });
  // A click (hover's sample of an overflow without values) is no pick: no option's link applies.
  const clicked = s.interact(target(s, 'ov'), { kind: 'click' });
  assert.ok(clicked.kind === 'callback');
  assert.equal(clicked.openUrl, undefined);
  assert.equal(s.decide(target(s, 'ov'), { kind: 'click' }).effect, 'callback');
});

test('text fields take what was typed, or nothing', () => {
  assert.deepEqual(inputFor('text', true), { kind: 'input', text: '' });
  assert.deepEqual(inputFor('time', '10:00'), { kind: 'select', option: '10:00' });
  assert.deepEqual(inputFor('date', '2024-01-01'), { kind: 'select', option: '2024-01-01' });
  assert.equal(inputFor('single', ['a']), undefined);
});
