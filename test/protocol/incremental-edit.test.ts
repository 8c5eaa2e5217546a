// Keystrokes inside a string of a large card move the previous tree instead of parsing the card again
// (card/parse/stringEdit.ts, lsp/editLog.ts). Through the real server: after incremental edits the published
// diagnostics, hover and completion must be exactly those of the same text opened fresh.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient, positionAt } from '../support/lspClient';

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(async () => {
  await client.stop();
});

/** A card over the large-document threshold (256 KB), with problems after the place that is edited. */
function largeCard(): string {
  const elements: unknown[] = [{ tag: 'markdown', content: 'hello world' }];
  for (let i = 0; i < 1800; i++) {
    elements.push({ tag: 'markdown', element_id: `m${i}`, content: `row ${i} `.repeat(12) });
    if (i % 300 === 0)
      elements.push({
        tag: 'button',
        text: { tag: 'plain_text', content: 'Go' },
        behaviors: [{ type: 'open_url', default_url: 'not a url' }],
      });
  }
  return JSON.stringify({ schema: '2.0', body: { elements } }, null, 2);
}

const shape = (d: { diagnostics: { code?: unknown; range: unknown; message: string }[] }) =>
  d.diagnostics.map((x) => [x.code, JSON.stringify(x.range), x.message]);

test('typing inside a string of a large card: diagnostics, hover and completion as if opened fresh', async () => {
  let text = largeCard();
  assert.ok(text.length > 300 * 1024);
  const uri = LspClient.uri('incremental-large.card.json');
  const opened = await client.open(uri, text);
  assert.ok(opened.diagnostics.length >= 6, 'the card has problems after the edited place');
  let published = opened;
  // Three keystrokes into "hello world", then one that deletes a character.
  for (const [insert, removeCount] of [
    ['a', 0],
    ['b', 0],
    ['中', 0],
    ['', 1],
  ] as const) {
    const at = text.indexOf('hello') + 3;
    const start = positionAt(text, at);
    const end = positionAt(text, at + removeCount);
    published = await client.edit(uri, { start, end }, insert);
    text = text.slice(0, at) + insert + text.slice(at + removeCount);
  }
  const fresh = await client.open(LspClient.uri('incremental-fresh.card.json'), text);
  assert.deepEqual(shape(published), shape(fresh));

  const target = text.lastIndexOf('"default_url"') + 2;
  const params = (u: string) => ({ textDocument: { uri: u }, position: positionAt(text, target) });
  const hover = await client.connection.sendRequest('textDocument/hover', params(uri));
  const hoverFresh = await client.connection.sendRequest(
    'textDocument/hover',
    params(LspClient.uri('incremental-fresh.card.json')),
  );
  assert.ok(hover, 'hover answers after the edits');
  assert.deepEqual(hover, hoverFresh);
  const completion = await client.connection.sendRequest('textDocument/completion', params(uri));
  const completionFresh = await client.connection.sendRequest(
    'textDocument/completion',
    params(LspClient.uri('incremental-fresh.card.json')),
  );
  assert.deepEqual(completion, completionFresh);
});

test('whole-text changes of a large card (a space, a new line, a new component, CRLF): as if opened fresh', async () => {
  // The server narrows a whole new text to the range that changed (lsp/editLog.ts) and may then move the
  // tree (parse/treeEdit.ts); whatever path it takes, what it publishes must be what a fresh open gives.
  const base = largeCard();
  const crlf = base.replace(/\n/g, '\r\n');
  const addAt = base.indexOf('"elements": [') + '"elements": ['.length;
  const steps: [string, string][] = [
    ['a space after a value', base.replace('"schema": "2.0"', '"schema": "2.0" ')],
    ['a new line between properties', base.replace('"schema": "2.0",', '"schema": "2.0",\n')],
    ['text typed into a string', base.replace('hello world', 'hello big world')],
    ['a new component', base.slice(0, addAt) + '{"tag": "buton"},' + base.slice(addAt)],
    ['line ends turned to CRLF', crlf],
    ['a line break inserted between CR and LF', crlf.replace('"2.0",\r\n', '"2.0",\r\r\n')],
    ['a CR LF pair broken by a lone CR', crlf.replace('"2.0",\r\n', '"2.0",\r')],
    ['a lone CR joined by an LF', crlf],
    ['an LF-only file gets a CR before one LF', base.replace('"2.0",\n', '"2.0",\r\n')],
    ['back to the start', base],
  ];
  const uri = LspClient.uri('whole-text-large.card.json');
  await client.open(uri, base);
  let n = 0;
  for (const [what, text] of steps) {
    const published = await client.change(uri, text);
    const freshUri = LspClient.uri(`whole-text-fresh-${n++}.card.json`);
    const fresh = await client.open(freshUri, text);
    assert.deepEqual(shape(published), shape(fresh), what);
    const target = text.lastIndexOf('"default_url"') + 2;
    const params = (u: string) => ({ textDocument: { uri: u }, position: positionAt(text, target) });
    assert.deepEqual(
      await client.connection.sendRequest('textDocument/completion', params(uri)),
      await client.connection.sendRequest('textDocument/completion', params(freshUri)),
      what,
    );
    await client.close(freshUri);
  }
});
