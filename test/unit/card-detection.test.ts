// Which JSON files are cards: shapes that look like a card from far but are none must not get card
// findings (a component snippet from a docs page, a message that references a template or a card entity,
// the rich-text rows a message API returns); a file the user calls a card is still checked as one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCard } from '../../server/src/card';
import { lintText, targetsOf } from '../../server/src/card/lint/engine';

test('a component snippet (a root `tag` with `elements`) is no card, unless the file is called a card', () => {
  const panel = `{"tag":"collapsible_panel","expanded":true,"header":{"title":{"tag":"markdown","content":"t"}},"elements":[{"tag":"markdown","content":"x"}]}`;
  assert.equal(parseCard(panel).kind, 'not-card');
  assert.deepEqual(lintText(panel).findings, []);
  const form = `{"tag":"form","name":"f","elements":[{"tag":"input","name":"i"},{"tag":"button","action_type":"form_submit","name":"b"}]}`;
  assert.deepEqual(lintText(form).findings, []);
  assert.notEqual(parseCard(panel, { forceCard: true }).kind, 'not-card');
});

test('a message whose card is a template or card-entity reference has no card JSON to check', () => {
  for (const text of [
    `{"msg_type":"interactive","card":{"type":"template","data":{"template_id":"ctp_1","template_variable":{"a":"b"}}}}`,
    `{"receive_id":"oc_1","msg_type":"interactive","content":"{\\"type\\":\\"card\\",\\"data\\":{\\"card_id\\":\\"71\\"}}"}`,
  ]) {
    assert.equal(parseCard(text).kind, 'not-card', text);
    assert.deepEqual(lintText(text).findings, [], text);
  }
  // A real card that happens to carry `type` is still a card.
  const card = `{"msg_type":"interactive","card":{"type":"template","data":{},"elements":[{"tag":"hr"}]}}`;
  assert.equal(parseCard(card).kind, 'v1');
});

test('rich-text rows (`elements` holding arrays) are no card; a 1.0 card with components is', () => {
  const rows = `{"title":null,"elements":[[{"tag":"text","text":"hello"}]]}`;
  assert.equal(parseCard(rows).kind, 'not-card');
  assert.equal(parseCard(`{"elements":[{"tag":"hr"}]}`).kind, 'v1');
  assert.equal(parseCard(`{"elements":[],"header":{"title":{"tag":"plain_text","content":"t"}}}`).kind, 'v1');
});

test('what the rules see a document as: a card, a callback answer with or without a card, nothing', () => {
  const v2 = '{"schema":"2.0","body":{"elements":[]}}';
  assert.deepEqual(targetsOf(parseCard(v2)), ['v2']);
  const toast = '{"toast":{"type":"info","content":"x"}}';
  assert.deepEqual(targetsOf(parseCard(toast)), ['callback-answer']);
  const answer = `{"toast":{"type":"info","content":"x"},"card":{"type":"raw","data":${v2}}}`;
  assert.deepEqual(targetsOf(parseCard(answer)), ['callback-answer', 'v2']);
  assert.deepEqual(targetsOf(parseCard('{"a":1}')), []);
  assert.deepEqual(lintText('{"a":1}').findings, []);
  assert.deepEqual(targetsOf(parseCard('[1]', { forceCard: true })), ['not-object']);
});

test('a card sent as a content string: its findings are at the file offsets of what they point at', () => {
  const inner = JSON.stringify({
    schema: '2.0',
    body: {
      elements: [
        { tag: 'hr', element_id: 'a' },
        { tag: 'hr', element_id: 'a' },
      ],
    },
  });
  const text = JSON.stringify({ receive_id: 'oc_1', msg_type: 'interactive', content: inner });
  const found = lintText(text).findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]);
  // The second `"a"`, escaped in the file: the last one there.
  assert.deepEqual(found, [['element-id-duplicate', '\\"a\\"']]);
  assert.equal(lintText(text).findings[0].start, text.lastIndexOf('\\"a\\"'));
});
