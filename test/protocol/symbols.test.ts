// The outline through the protocol: the card's components as a tree with ids, names and behavior kinds.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient, offsetAt } from '../support/lspClient';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(async () => {
  await client.stop();
});

async function symbolsOf(name: string, text: string): Promise<DocumentSymbol[]> {
  const uri = LspClient.uri(name);
  await client.open(uri, text);
  const result = await client.request<DocumentSymbol[] | null>('textDocument/documentSymbol', {
    textDocument: { uri },
  });
  await client.close(uri);
  return result ?? [];
}

type Shape = [string, string, Shape[]];
const shape = (symbols: DocumentSymbol[]): Shape[] =>
  symbols.map((s) => [s.name, s.detail ?? '', shape(s.children ?? [])]);

const card = {
  schema: '2.0',
  header: { title: { tag: 'plain_text', content: 'Weekly report' } },
  body: {
    elements: [
      { tag: 'markdown', content: 'hi' },
      {
        tag: 'button',
        element_id: 'open_btn',
        behaviors: [
          { type: 'open_url', default_url: 'https://e.com' },
          { type: 'callback', value: {} },
        ],
      },
      {
        tag: 'form',
        name: 'leave',
        elements: [
          { tag: 'checker', name: 'agree' },
          {
            tag: 'button',
            name: 'send',
            form_action_type: 'submit',
            behaviors: [{ type: 'callback', value: {} }],
          },
        ],
      },
    ],
  },
};

test('components as a tree: tag, element_id or name, behavior kinds', async () => {
  const symbols = await symbolsOf('outline.json', JSON.stringify(card, null, 2));
  assert.deepEqual(shape(symbols), [
    ['header', 'Weekly report', []],
    ['markdown', '', []],
    ['button', 'open_btn · open_url, callback', []],
    [
      'form',
      'leave',
      [
        ['checker', 'agree', []],
        ['button', 'send · callback', []],
      ],
    ],
  ]);
});

test('every selection range lies inside its range, and the range covers the component object', async () => {
  const text = JSON.stringify(card, null, '\t').replace(/\n/g, '\r\n');
  const symbols = await symbolsOf('outline-crlf.json', text);
  const visit = (list: DocumentSymbol[]) => {
    for (const s of list) {
      const start = offsetAt(text, s.range.start);
      const end = offsetAt(text, s.range.end);
      const selStart = offsetAt(text, s.selectionRange.start);
      const selEnd = offsetAt(text, s.selectionRange.end);
      assert.ok(start <= selStart && selEnd <= end, `${s.name}: selection outside range`);
      if (s.name !== 'header') {
        assert.equal(text[start], '{');
        assert.equal(text[end - 1], '}');
        assert.equal(text.slice(selStart, selEnd), JSON.stringify(s.name), 'the tag value is selected');
      }
      visit(s.children ?? []);
    }
  };
  visit(symbols);
  assert.equal(symbols.length, 4);
});

test('a card inside a message body and a card that is a JSON string both get an outline', async () => {
  const wrapped = JSON.stringify({ msg_type: 'interactive', card }, null, 2);
  assert.deepEqual(
    shape(await symbolsOf('wrapped.json', wrapped)).map((s) => s[0]),
    ['header', 'markdown', 'button', 'form'],
  );
  const text = JSON.stringify({ msg_type: 'interactive', content: JSON.stringify(card) });
  const symbols = await symbolsOf('content-string.json', text);
  assert.deepEqual(
    shape(symbols).map((s) => s[0]),
    ['header', 'markdown', 'button', 'form'],
  );
  // Ranges point into the escaped string in the file.
  const button = symbols[2];
  const selStart = offsetAt(text, button.selectionRange.start);
  const selEnd = offsetAt(text, button.selectionRange.end);
  assert.equal(text.slice(selStart, selEnd), '\\"button\\"');
});

test('a JSON file that is not a card has no outline from us', async () => {
  assert.deepEqual(await symbolsOf('tsconfig.json', '{"compilerOptions": {}}'), []);
});
