// migrateCard: the "Convert to JSON 2.0" edit over a document. It replaces exactly the 1.0 card object,
// laid out like the file around it (indent of the card's line, tabs or spaces, CRLF or LF), and refuses
// what it cannot convert cleanly: 2.0 cards, non-cards, a card inside a JSON string, text with syntax errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { migrateCard } from '../../../server/src/card/migrate/migrateCard';
import { parseCard } from '../../../server/src/card/parse/parse';

const V1 = { config: { wide_screen_mode: true }, elements: [{ tag: 'hr' }] };
/** The 2.0 card of V1, as migrateCard lays it out with two spaces. */
const V2_LINES = [
  '{',
  '  "schema": "2.0",',
  '  "config": {},',
  '  "body": {',
  '    "elements": [',
  '      {',
  '        "tag": "hr"',
  '      }',
  '    ]',
  '  }',
  '}',
];
const WIDE_SCREEN_NOTE = ['config', 'wide_screen_mode'];

function migrated(text: string): { text: string; notes: (string | number)[][] } {
  const migration = migrateCard(parseCard(text));
  assert.ok(migration, 'a migration is offered');
  return { text: applyEdits(text, [migration.edit]), notes: migration.notes.map((n) => n.path) };
}

test('a bare 1.0 card becomes the 2.0 card, with the notes of what was dropped', () => {
  const text = JSON.stringify(V1, null, 2);
  const result = migrated(text);
  assert.equal(result.text, V2_LINES.join('\n'));
  assert.deepEqual(result.notes, [WIDE_SCREEN_NOTE]);
  const migration = migrateCard(parseCard(text))!;
  assert.equal(migration.edit.offset, 0);
  assert.equal(migration.edit.length, text.length);
});

test('inside a message wrapper only the card object changes, indented where it stood', () => {
  const text = JSON.stringify({ msg_type: 'interactive', card: V1 }, null, 2);
  const result = migrated(text);
  const card = V2_LINES.map((line, i) => (i === 0 ? line : '  ' + line)).join('\n');
  assert.equal(result.text, `{\n  "msg_type": "interactive",\n  "card": ${card}\n}`);
});

test('a callback answer: the card in card.data is converted', () => {
  const text = JSON.stringify({ toast: { type: 'info', content: 'ok' }, card: { type: 'raw', data: V1 } });
  const value = JSON.parse(migrated(text).text) as { toast: unknown; card: { type: string; data: unknown } };
  assert.deepEqual(value.toast, { type: 'info', content: 'ok' });
  assert.equal(value.card.type, 'raw');
  assert.deepEqual(value.card.data, JSON.parse(V2_LINES.join('\n')));
});

test('a card indented in its own file keeps that indent on every following line', () => {
  const text = '  ' + JSON.stringify(V1);
  const result = migrated(text);
  assert.equal(result.text, '  ' + V2_LINES.map((line, i) => (i === 0 ? line : '  ' + line)).join('\n'));
});

test('a file indented with tabs gets tabs, a CRLF file CRLF', () => {
  const tabs = JSON.stringify({ msg_type: 'interactive', card: V1 }, null, '\t');
  const withTabs = migrated(tabs).text;
  assert.match(withTabs, /\n\t\t"schema": "2.0",\n\t\t"config": \{\},\n\t\t"body": \{\n\t\t\t"elements"/);
  assert.doesNotMatch(withTabs, / {2}/);

  const crlf = JSON.stringify(V1, null, 2).replace(/\n/g, '\r\n');
  assert.equal(migrated(crlf).text, V2_LINES.join('\r\n'));
});

test('nothing is offered for 2.0 cards, non-cards, cards in a JSON string or text with syntax errors', () => {
  const none = (text: string) => assert.equal(migrateCard(parseCard(text)), undefined, text);
  none(JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'hr' }] } }));
  none(JSON.stringify({ name: 'package', version: '1.0.0' }));
  none(JSON.stringify({ msg_type: 'interactive', content: JSON.stringify(V1) }));
  none('{"config": {"wide_screen_mode": true}, "elements": [{"tag": "hr"}],}');
  none('{"config": {"wide_screen_mode": true}, "elements": [{"tag": "hr"} {"tag": "hr"}]}');
  // Too large to parse: no card node to replace.
  assert.equal(migrateCard(parseCard(JSON.stringify(V1), { maxSize: 10 })), undefined);
});

test('a component whose tag is no string is converted as an unknown component, not a crash', () => {
  // The parser's objects have no prototype, so such a tag cannot be turned into a key (found by the
  // server fuzz test through "Convert to JSON 2.0").
  const text = '{"elements":[{"tag":"column_set","columns":[{"tag":{},"value":{"a":1}}]}]}';
  const migration = migrateCard(parseCard(text, { forceCard: true }));
  assert.ok(migration);
  const card = JSON.parse(applyEdits(text, [migration.edit])) as {
    body: { elements: { columns: Record<string, unknown>[] }[] };
  };
  assert.deepEqual(card.body.elements[0].columns[0], { tag: {}, value: { a: 1 } });
});
