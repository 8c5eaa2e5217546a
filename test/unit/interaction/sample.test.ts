// The sample interaction hover shows: what one successful interaction with a component sends, built by a
// real session (the first option, the other tick state, some text; required fields filled; disabled ones
// as if enabled), or nothing for a component that does not call back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleCallback } from '../../../server/src/card/interaction/sample';
import { findTarget } from '../../../server/src/card/interaction/target';
import { parseCard } from '../../../server/src/card/parse/parse';
import { v2 } from './helpers';

function sample(card: unknown, ref: string) {
  const parsed = parseCard(JSON.stringify(card));
  const component = findTarget(parsed, ref);
  if (!component) throw new Error(`no component ${ref}`);
  return sampleCallback(parsed, component);
}

const options = [{ value: 'first' }, { value: 'second' }];

test('a callback button samples its own action; a disabled one as if it were enabled', () => {
  const button = {
    tag: 'button',
    name: 'ok',
    element_id: 'b',
    behaviors: [{ type: 'callback', value: { k: 1 } }],
  };
  assert.deepEqual(sample(v2(button), 'b'), { action: { value: { k: 1 }, tag: 'button', name: 'ok' } });
  assert.deepEqual(sample(v2({ ...button, disabled: true }), 'b'), {
    action: { value: { k: 1 }, tag: 'button', name: 'ok' },
  });
});

test('a link button and a component that does not call back have no sample', () => {
  const link = {
    tag: 'button',
    element_id: 'l',
    behaviors: [{ type: 'open_url', default_url: 'https://a.example' }],
  };
  assert.equal(sample(v2(link), 'l'), undefined);
  assert.equal(sample(v2({ tag: 'markdown', element_id: 'm', content: 'x' }), 'm'), undefined);
});

test('outside a form: a select picks its first option, a multi select the first one, an input types text', () => {
  assert.deepEqual(sample(v2({ tag: 'select_static', element_id: 's', options }), 's'), {
    action: { tag: 'select_static', option: 'first' },
  });
  const callback = [{ type: 'callback', value: { v: 2 } }];
  assert.equal(sample(v2({ tag: 'multi_select_static', element_id: 'm', options }), 'm'), undefined);
  assert.deepEqual(
    sample(v2({ tag: 'multi_select_static', element_id: 'm', options, behaviors: callback }), 'm'),
    {
      action: { value: { v: 2 }, tag: 'multi_select_static', options: ['first'] },
    },
  );
  assert.deepEqual(sample(v2({ tag: 'select_static', element_id: 'e', options: [] }), 'e'), {
    action: { tag: 'select_static', option: '…' },
  });
  assert.deepEqual(sample(v2({ tag: 'multi_select_static', element_id: 'n', behaviors: callback }), 'n'), {
    action: { value: { v: 2 }, tag: 'multi_select_static', options: ['…'] },
  });
  assert.deepEqual(sample(v2({ tag: 'input', name: 'q', element_id: 'i' }), 'i'), {
    action: { tag: 'input', input_value: '…', name: 'q' },
  });
});

test('a checker samples the tick it does not have yet', () => {
  const checker = { tag: 'checker', element_id: 'c', behaviors: [{ type: 'callback', value: {} }] };
  assert.deepEqual(sample(v2(checker), 'c')?.action.checked, true);
  assert.deepEqual(sample(v2({ ...checker, checked: true }), 'c')?.action.checked, false);
});

test('a picker samples its initial value, else a fixed date, time or date and time, with the zone offset', () => {
  const offset = / [+-]\d{4}$/;
  const day = sample(v2({ tag: 'date_picker', element_id: 'd' }), 'd')?.action;
  assert.match(String(day?.option), /^2024-01-01 [+-]\d{4}$/);
  assert.equal(day?.tag, 'date_picker');
  assert.equal(typeof day?.timezone, 'string');
  const time = sample(v2({ tag: 'picker_time', element_id: 't' }), 't')?.action.option;
  assert.match(String(time), /^00:00 [+-]\d{4}$/);
  const both = sample(v2({ tag: 'picker_datetime', element_id: 'dt' }), 'dt')?.action.option;
  assert.match(String(both), /^2024-01-01 00:00 [+-]\d{4}$/);
  const set = sample(v2({ tag: 'date_picker', element_id: 'd', initial_date: '2025-03-04' }), 'd')?.action
    .option;
  assert.equal(String(set).replace(offset, ''), '2025-03-04');
});

const form = (...elements: unknown[]) => v2({ tag: 'form', name: 'f', elements });
const submit = { tag: 'button', name: 'go', element_id: 'go', form_action_type: 'submit' };

test('a submit button samples its form with the empty required fields given sample values', () => {
  const card = form(
    { tag: 'input', name: 'title', element_id: 'title', required: true },
    { tag: 'input', name: 'note', element_id: 'note', default_value: 'kept' },
    { tag: 'multi_select_static', name: 'tags', element_id: 'tags', options },
    { tag: 'select_static', name: 'level', element_id: 'level', options },
    { ...submit, disabled: true },
  );
  const result = sample(card, 'go');
  assert.equal(result?.form, 'submit');
  assert.equal(result?.action.tag, 'button');
  assert.equal(result?.action.name, 'go');
  assert.deepEqual(result?.action.form_value, { title: '…', note: 'kept', tags: ['first'] });
});

test("a field in a form samples the form_value its form's submit would send, with this field's sample value", () => {
  const card = form(
    { tag: 'select_static', name: 'level', element_id: 'level', options },
    { tag: 'input', name: 'title', element_id: 'title', required: true },
    { tag: 'checker', name: 'agree', element_id: 'agree' },
    { ...submit, disabled: true },
  );
  assert.deepEqual(sample(card, 'level'), {
    action: { tag: 'button', form_value: { level: 'first', title: '…', agree: false } },
    form: 'field',
  });
  assert.deepEqual(sample(card, 'agree')?.action.form_value, { title: '…', agree: true });
});

test('a field in a form without a submit button still samples its form_value', () => {
  const card = form({ tag: 'input', name: 'title', element_id: 'title' });
  assert.deepEqual(sample(card, 'title'), {
    action: { tag: 'button', form_value: { title: '…' } },
    form: 'field',
  });
});

test('a picker whose initial value is empty samples the fixed date', () => {
  const day = sample(v2({ tag: 'date_picker', element_id: 'd', initial_date: '' }), 'd')?.action.option;
  assert.match(String(day), /^2024-01-01 [+-]\d{4}$/);
});

test('a reset button in a form samples the form_value of a submit, as a field does', () => {
  const card = form(
    { tag: 'input', name: 'title', element_id: 'title', default_value: 'T' },
    { tag: 'button', name: 'clear', element_id: 'clear', form_action_type: 'reset' },
  );
  assert.deepEqual(sample(card, 'clear'), {
    action: { tag: 'button', form_value: { title: 'T' } },
    form: 'field',
  });
});
