// The value a component holds: its kind (from the catalog's callbackFields), its initial value, how it reads
// in a callback, when it counts as empty for `required`, and a value typed for it on the command line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { componentSpec } from '../../../server/src/card/catalog/catalog';
import {
  callbackValue,
  initialValue,
  isEmpty,
  optionValues,
  parseInputValue,
  valueKind,
} from '../../../server/src/card/interaction/fields';
import { NOW } from './helpers';

const kind = (tag: string, props: Record<string, unknown> = {}) => valueKind(componentSpec(tag, 'v2'), props);

test('select_img holds one option unless multi_select is true', () => {
  assert.equal(kind('select_img'), 'single');
  assert.equal(kind('select_img', { multi_select: false }), 'single');
  assert.equal(kind('select_img', { multi_select: 'true' }), 'single');
  assert.equal(kind('select_img', { multi_select: true }), 'multi');
  assert.equal(kind('multi_select_person'), 'multi');
  assert.equal(kind('select_person'), 'single');
});

test('components without a value, and unknown tags, are of kind none', () => {
  assert.equal(kind('markdown'), 'none');
  assert.equal(kind('no_such_tag'), 'none');
  assert.equal(valueKind(undefined, { initial_date: '2024-01-01' }), 'none');
  assert.equal(kind('button'), 'none');
});

test('an option component is a picker when it has a picker initial property, in the catalog or in the card', () => {
  assert.equal(kind('date_picker'), 'date');
  assert.equal(kind('select_static', { initial_time: '10:00' }), 'time');
  assert.equal(kind('overflow'), 'single');
});

test('option values: strings only, from option objects only', () => {
  assert.deepEqual(optionValues({ options: [{ value: 'a' }, null, 'b', { value: 2 }, {}, { value: 'c' }] }), [
    'a',
    'c',
  ]);
  assert.deepEqual(optionValues({ options: 'a,b' }), []);
  assert.deepEqual(optionValues({}), []);
});

test('initial values: default_value, checked, initial_option before the 1-based initial_index', () => {
  assert.equal(initialValue('text', { default_value: 'T' }), 'T');
  assert.equal(initialValue('text', { default_value: 3 }), '');
  assert.equal(initialValue('check', { checked: true }), true);
  assert.equal(initialValue('check', { checked: 'true' }), false);
  const options = [{ value: 'a' }, { value: 'b' }];
  assert.equal(initialValue('single', { options, initial_option: 'a', initial_index: 2 }), 'a');
  assert.equal(initialValue('single', { options, initial_option: 1, initial_index: 2 }), 'b');
  assert.equal(initialValue('single', { options, initial_index: '1' }), undefined);
  assert.equal(initialValue('single', { options }), undefined);
  assert.equal(initialValue('none', { default_value: 'x', checked: true }), undefined);
});

test('a multi select starts at its selected_values (strings only), else at nothing', () => {
  assert.deepEqual(initialValue('multi', { selected_values: ['a', 2, 'b'] }), ['a', 'b']);
  assert.deepEqual(initialValue('multi', { selected_values: 'a' }), []);
  assert.deepEqual(initialValue('multi', {}), []);
});

test('a picker starts at its own initial property only, and only a string one', () => {
  const props = { initial_date: '2024-01-02', initial_time: '10:00', initial_datetime: '2024-01-02 10:00' };
  assert.equal(initialValue('date', props), '2024-01-02');
  assert.equal(initialValue('time', props), '10:00');
  assert.equal(initialValue('datetime', props), '2024-01-02 10:00');
  assert.equal(initialValue('date', { initial_date: 20240102 }), undefined);
  assert.equal(initialValue('time', { initial_date: '2024-01-02' }), undefined);
});

test('empty for required: nothing, no text, no option; an unticked checker has a value', () => {
  assert.equal(isEmpty(undefined), true);
  assert.equal(isEmpty(''), true);
  assert.equal(isEmpty([]), true);
  assert.equal(isEmpty(false), false);
  assert.equal(isEmpty(' '), false);
  assert.equal(isEmpty(['a']), false);
});

test('only a picked date or time gets the zone offset; empty and other values read as they are', () => {
  assert.equal(callbackValue('date', '2024-04-01', 'Asia/Shanghai', NOW), '2024-04-01 +0800');
  assert.equal(callbackValue('time', '', 'Asia/Shanghai', NOW), '');
  assert.equal(callbackValue('datetime', undefined, 'Asia/Shanghai', NOW), undefined);
  assert.equal(callbackValue('single', '2024-04-01', 'Asia/Shanghai', NOW), '2024-04-01');
  assert.equal(callbackValue('text', 'x', 'Asia/Shanghai', NOW), 'x');
});

test('a command-line value for a checker: true, 1 and yes tick it, anything else does not', () => {
  for (const raw of ['true', '1', 'yes']) assert.equal(parseInputValue('check', raw), true, raw);
  for (const raw of ['false', '0', 'no', '', 'TRUE']) assert.equal(parseInputValue('check', raw), false, raw);
});

test('a command-line value for a multi select: a JSON list, else a comma list', () => {
  assert.deepEqual(parseInputValue('multi', '["a", 2]'), ['a', '2']);
  assert.deepEqual(parseInputValue('multi', '  ["a,b"]'), ['a,b']);
  assert.deepEqual(parseInputValue('multi', 'a, b ,c'), ['a', 'b', 'c']);
  assert.deepEqual(parseInputValue('multi', '[not json'), ['[not json']);
  assert.deepEqual(parseInputValue('multi', '{"a": 1}'), ['{"a": 1}']);
  assert.deepEqual(parseInputValue('multi', '[1'), ['[1']);
  assert.deepEqual(parseInputValue('multi', '["x"] , y'), ['["x"]', 'y']);
  assert.deepEqual(parseInputValue('multi', ''), []);
});

test('a command-line value for text, options and pickers is taken as typed', () => {
  assert.equal(parseInputValue('text', ' a,b '), ' a,b ');
  assert.equal(parseInputValue('single', 'true'), 'true');
  assert.equal(parseInputValue('date', '2024-01-01'), '2024-01-01');
});
