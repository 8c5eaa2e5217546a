// Checks of a callback request body against what the platform sends (card-callback-communication page),
// called directly over the parse tree: which problem, where, how severe, about which field.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTree } from 'jsonc-parser';
import { checkRequest } from '../../../server/src/card/callback/requestCheck';

/** Each problem as [messageId, the text it points at, severity, args]. */
function problems(text: string) {
  const tree = parseTree(text);
  assert.ok(tree, text);
  return checkRequest(tree).map((p) => [
    p.messageId,
    text.slice(p.node.offset, p.node.offset + p.node.length),
    p.severity,
    p.args,
  ]);
}

const header = {
  event_id: 'f7984f25108f8137722bb63c',
  token: 'vt',
  create_time: '1603977298000000',
  event_type: 'card.action.trigger',
  tenant_key: '2df7',
  app_id: 'cli_a5',
};
const event = {
  operator: { open_id: 'ou_1' },
  token: 'c-29',
  action: { value: { key: 'value' }, tag: 'button' },
  host: 'im_message',
  context: { open_message_id: 'om_1', open_chat_id: 'oc_1' },
};

const DROP = Symbol('drop');

/** The page's example with changes: dotted path → new value, or DROP to remove the field. */
function body(changes: Record<string, unknown> = {}): string {
  const b = structuredClone({ schema: '2.0', header, event }) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let at = b;
    for (const key of keys) at = at[key] as Record<string, unknown>;
    if (value === DROP) delete at[last];
    else at[last] = value;
  }
  return JSON.stringify(b);
}

test("the page's example request has no problem", () => {
  assert.deepEqual(problems(body()), []);
  assert.deepEqual(problems(body({ schema: DROP })), [], 'schema is optional in a fixture');
});

test('the schema is "2.0" and nothing else', () => {
  assert.deepEqual(problems(body({ schema: '1.0' })), [['schema', '"1.0"', 'error', undefined]]);
  assert.deepEqual(problems(body({ schema: 2 })), [['schema', '2', 'error', undefined]]);
});

test('header and event are objects the platform always sends (missing: at the opening brace)', () => {
  assert.deepEqual(problems(body({ header: DROP })), [['missing', '{', 'error', { field: 'header' }]]);
  assert.deepEqual(problems(body({ header: 1 })), [['notObject', '1', 'error', { field: 'header' }]]);
  assert.deepEqual(problems(body({ event: DROP })), [['missing', '{', 'error', { field: 'event' }]]);
  assert.deepEqual(problems(body({ event: [] })), [['notObject', '[]', 'error', { field: 'event' }]]);
});

test('missing header fields are listed together at the header key; present ones must be strings', () => {
  const text = body({
    'header.event_id': DROP,
    'header.app_id': DROP,
    'header.create_time': 1603977298000000,
  });
  assert.deepEqual(problems(text), [
    ['missing', '"header"', 'error', { field: 'header.event_id, header.app_id' }],
    ['notString', '1603977298000000', 'error', { field: 'header.create_time' }],
  ]);
});

test('every header field is checked', () => {
  for (const field of Object.keys(header)) {
    assert.deepEqual(
      problems(body({ [`header.${field}`]: DROP })),
      [['missing', '"header"', 'error', { field: `header.${field}` }]],
      field,
    );
    assert.deepEqual(
      problems(body({ [`header.${field}`]: true })),
      [['notString', 'true', 'error', { field: `header.${field}` }]],
      field,
    );
  }
});

test('another event type is a warning naming it', () => {
  assert.deepEqual(problems(body({ 'header.event_type': 'im.message.receive_v1' })), [
    ['eventType', '"im.message.receive_v1"', 'warning', { value: 'im.message.receive_v1' }],
  ]);
});

test('operator, context and action are objects in the event', () => {
  for (const field of ['operator', 'context', 'action']) {
    assert.deepEqual(
      problems(body({ [`event.${field}`]: DROP })),
      [['missing', '"event"', 'error', { field: `event.${field}` }]],
      field,
    );
    assert.deepEqual(
      problems(body({ [`event.${field}`]: 'x' })),
      [['notObject', '"x"', 'error', { field: `event.${field}` }]],
      field,
    );
  }
});

test('the action has a string tag', () => {
  assert.deepEqual(problems(body({ 'event.action.tag': DROP })), [
    ['missing', '"action"', 'error', { field: 'event.action.tag' }],
  ]);
  assert.deepEqual(problems(body({ 'event.action.tag': 1 })), [
    ['notString', '1', 'error', { field: 'event.action.tag' }],
  ]);
});

test('action.value: an object; a string only warns (1.0 cards); anything else is wrong', () => {
  assert.deepEqual(problems(body({ 'event.action.value': 'v' })), [
    ['valueString', '"v"', 'warning', undefined],
  ]);
  assert.deepEqual(problems(body({ 'event.action.value': 7 })), [['valueType', '7', 'error', undefined]]);
  assert.deepEqual(problems(body({ 'event.action.value': DROP })), [], 'a component without value');
});

test('name, timezone, input_value and option are strings', () => {
  for (const field of ['name', 'timezone', 'input_value', 'option']) {
    assert.deepEqual(problems(body({ [`event.action.${field}`]: 'ok' })), [], field);
    assert.deepEqual(
      problems(body({ [`event.action.${field}`]: 1 })),
      [['notString', '1', 'error', { field: `event.action.${field}` }]],
      field,
    );
  }
});

test('options is a list of strings; checked is a boolean', () => {
  assert.deepEqual(problems(body({ 'event.action.options': ['a', 'b'] })), []);
  assert.deepEqual(problems(body({ 'event.action.options': 'a' })), [['options', '"a"', 'error', undefined]]);
  assert.deepEqual(problems(body({ 'event.action.options': ['a', 1] })), [
    ['options', '["a",1]', 'error', undefined],
  ]);
  assert.deepEqual(problems(body({ 'event.action.checked': false })), []);
  assert.deepEqual(problems(body({ 'event.action.checked': 'true' })), [
    ['checked', '"true"', 'error', undefined],
  ]);
});

test('form_value is an object of strings, string lists and booleans', () => {
  const ok = { title: 'T', tags: ['a', 'b'], agree: false, none: [] };
  assert.deepEqual(problems(body({ 'event.action.form_value': ok })), []);
  assert.deepEqual(problems(body({ 'event.action.form_value': ['a'] })), [
    ['formValue', '["a"]', 'error', undefined],
  ]);
  assert.deepEqual(problems(body({ 'event.action.form_value': { n: 1, l: ['a', 2], o: {}, s: 's' } })), [
    ['formValue', '1', 'error', undefined],
    ['formValue', '["a",2]', 'error', undefined],
    ['formValue', '{}', 'error', undefined],
  ]);
});

test('a form_value entry without a value (text being typed) is skipped', () => {
  const text = '{"action": {"tag": "button", "form_value": {"a": , "b": 1}}}';
  assert.deepEqual(problems(text), [['formValue', '1', 'error', undefined]]);
});

test('a flattened body (the SDK handler argument) has its action checked at `action`', () => {
  assert.deepEqual(problems('{"action": {"tag": 1, "checked": 0}}'), [
    ['notString', '1', 'error', { field: 'action.tag' }],
    ['checked', '0', 'error', undefined],
  ]);
  assert.deepEqual(problems('{"action": "x"}'), []);
  assert.deepEqual(problems('{"open_id": "ou_1"}'), []);
});

test('an envelope is recognised by either header or event', () => {
  assert.deepEqual(problems(JSON.stringify({ header })), [['missing', '{', 'error', { field: 'event' }]]);
  const eventOnly = problems(JSON.stringify({ event }));
  assert.deepEqual(eventOnly, [['missing', '{', 'error', { field: 'header' }]]);
});
