// The outline, through the pure documentSymbols(): the header, then the components as a tree, each with its
// tag, id or name, behavior kinds and category, and the ranges the editor shows and selects.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentSymbols, type CardSymbol } from '../../../server/src/card/features/symbols';
import { parseCard } from '../../../server/src/card/parse/parse';

/** Each symbol as the text its range and its selection cover. */
function shown(text: string, symbols: CardSymbol[]): unknown[] {
  return symbols.map((s) => ({
    name: s.name,
    detail: s.detail,
    kind: s.kind,
    range: text.slice(s.start, s.end),
    selection: text.slice(s.selectionStart, s.selectionEnd),
    children: shown(text, s.children),
  }));
}

const button =
  '{"tag": "button", "element_id": "b1", "name": "n", "behaviors": [{"type": "open_url"}, {"type": "callback"}, {"type": "open_url"}, {}]}';
const markdown = '{"tag": "markdown", "content": "x"}';
const column = `{"tag": "column", "elements": [${markdown}]}`;
const columns = `{"tag": "column_set", "columns": [${column}]}`;

test('header first (its key selected, its title as detail), then the components as a tree', () => {
  const header = '"header": {"title": {"tag": "plain_text", "content": "Hi"}}';
  const text = `{"schema": "2.0", ${header}, "body": {"elements": [${button}, ${columns}]}}`;
  assert.deepEqual(shown(text, documentSymbols(parseCard(text), { locale: 'en' })), [
    { name: 'header', detail: 'Hi', kind: 'header', range: header, selection: '"header"', children: [] },
    {
      name: 'button',
      detail: 'b1 · open_url, callback, ?',
      kind: 'interactive',
      range: button,
      selection: '"button"',
      children: [],
    },
    {
      name: 'column_set',
      detail: '',
      kind: 'container',
      range: columns,
      selection: '"column_set"',
      children: [
        {
          name: 'column',
          detail: '',
          kind: 'container',
          range: column,
          selection: '"column"',
          children: [
            {
              name: 'markdown',
              detail: '',
              kind: 'display',
              range: markdown,
              selection: '"markdown"',
              children: [],
            },
          ],
        },
      ],
    },
  ]);
});

test('a name stands in for a missing element_id; no tag is `?` with the first character selected', () => {
  const text = `{"schema": "2.0", "body": {"elements": [{"name": "x", "behaviors": [{"type": "callback"}]}, {"tag": "nope"}]}}`;
  assert.deepEqual(shown(text, documentSymbols(parseCard(text), { locale: 'en' })), [
    {
      name: '?',
      detail: 'x · callback',
      kind: 'unknown',
      range: '{"name": "x", "behaviors": [{"type": "callback"}]}',
      selection: '{',
      children: [],
    },
    {
      name: 'nope',
      detail: '',
      kind: 'unknown',
      range: '{"tag": "nope"}',
      selection: '"nope"',
      children: [],
    },
  ]);
});

test('a header without a title is named by the locale; a header that is not an object is no symbol', () => {
  const text = '{"schema": "2.0", "header": {"template": "blue"}, "body": {"elements": []}}';
  assert.deepEqual(
    documentSymbols(parseCard(text), { locale: 'zh' }).map((s) => [s.name, s.detail]),
    [['header', '标题栏']],
  );
  assert.equal(documentSymbols(parseCard(text), { locale: 'en' })[0].detail, 'header');
  assert.deepEqual(
    documentSymbols(parseCard('{"schema": "2.0", "header": "x", "body": {"elements": []}}'), {
      locale: 'en',
    }),
    [],
  );
});

test('a card held as a JSON string: ranges are file offsets of the escaped text', () => {
  const inner = JSON.stringify({
    schema: '2.0',
    header: {},
    body: { elements: [{ tag: 'markdown', content: 'x' }] },
  });
  const text = JSON.stringify({ msg_type: 'interactive', content: inner });
  const symbols = documentSymbols(parseCard(text), { locale: 'en' });
  assert.deepEqual(
    shown(text, symbols).map((s) => (s as { selection: string }).selection),
    ['\\"header\\"', '\\"markdown\\"'],
  );
  assert.equal(
    text.slice(symbols[1].start, symbols[1].end),
    '{\\"tag\\":\\"markdown\\",\\"content\\":\\"x\\"}',
  );
  assert.equal(text.slice(symbols[0].start, symbols[0].end), '\\"header\\":{}');
});

test('no outline for a JSON file that is not a card, nor for a skipped one', () => {
  assert.deepEqual(documentSymbols(parseCard('{"elements2": [{"tag": "button"}]}'), { locale: 'en' }), []);
  const card = parseCard('{"schema": "2.0", "body": {"elements": [{"tag": "hr"}]}}');
  assert.equal(documentSymbols(card, { locale: 'en' }).length, 1);
  assert.deepEqual(documentSymbols(parseCard(card.text, { maxSize: 10 }), { locale: 'en' }), [], 'too large');
});
