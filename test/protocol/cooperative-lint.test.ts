// The diagnostics lint of a large card runs in slices with the server's message queue served in between
// (lsp/diagnostics.ts): a completion never waits for every rule, and a run whose document changed under it
// is dropped rather than published. The server runs with FEISHU_CARD_LINT_SLICE_MS=0 (a pause after every
// step of the lint), so where the pauses fall does not depend on this machine's speed; nothing here times.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient, positionAt, type PublishedDiagnostics } from '../support/lspClient';

let client: LspClient;
before(async () => {
  client = await LspClient.start({ env: { FEISHU_CARD_LINT_SLICE_MS: '0' } });
});
after(async () => {
  assert.deepEqual(client.loggedErrors, [], 'the server logged no failure');
  await client.stop();
});

/** About 1 MB: thousands of components, a few problems spread over it (`extra` adds one more). */
function largeCard(extra = false): string {
  const elements: unknown[] = [];
  for (let i = 0; i < 4000; i++) {
    elements.push({ tag: 'markdown', element_id: `m${i}`, content: `row ${i} `.repeat(12) });
    elements.push({
      tag: 'button',
      element_id: `b${i}`,
      text: { tag: 'plain_text', content: 'Go' },
      behaviors: [
        { type: 'open_url', default_url: i % 1000 === 0 ? 'not a url' : `https://example.com/${i}` },
      ],
    });
  }
  if (extra)
    elements.push({ tag: 'button', text: { tag: 'plain_text', content: 'x' }, type: 'no-such-type' });
  return JSON.stringify({ schema: '2.0', body: { elements } }, null, 2);
}

const shape = (d: PublishedDiagnostics) => d.diagnostics.map((x) => [x.code, JSON.stringify(x.range)]);

/** A completion inside the key of the first component's `element_id`. */
function completionAt(uri: string, text: string) {
  const at = text.indexOf('"element_id"') + 1;
  return client.request<{ items: unknown[] } | null>('textDocument/completion', {
    textDocument: { uri },
    position: positionAt(text, at),
  });
}

test('completion requests sent right behind a 1 MB card are answered before its diagnostics', async () => {
  const text = largeCard();
  assert.ok(text.length > 900 * 1024, `${text.length} characters`);
  const uri = LspClient.uri('cooperative-open.card.json');
  const events: string[] = [];
  const published = client.nextDiagnostics(uri, 1, 60_000).then((d) => {
    events.push('diagnostics');
    return d;
  });
  await client.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'json', version: 1, text },
  });
  // The first two may be answered before the lint starts at all; the others arrive while it runs.
  const answers = Array.from({ length: 8 }, (_, i) =>
    completionAt(uri, text).then((answer) => {
      events.push(`completion ${i}`);
      return answer;
    }),
  );
  for (const answer of await Promise.all(answers)) assert.ok(answer && answer.items.length > 0);
  const diagnostics = await published;
  assert.ok(diagnostics.diagnostics.length > 0, 'the card has problems');
  assert.deepEqual(events, [...Array.from({ length: 8 }, (_, i) => `completion ${i}`), 'diagnostics']);
  await client.close(uri);
});

test('an edit that arrives while the lint runs: that version is never published, the new one is, in full', async () => {
  const first = largeCard();
  const second = largeCard(true);
  const uri = LspClient.uri('cooperative-edit.card.json');
  const latest = client.nextDiagnostics(uri, 2, 60_000);
  await client.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'json', version: 1, text: first },
  });
  // Two requests first, so that the lint of version 1 has begun when the edit is read.
  const answers = [completionAt(uri, first), completionAt(uri, first)];
  await client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: second }],
  });
  await Promise.all(answers);
  const published = await latest;
  // Anything still on its way arrives behind the answer to a request sent now.
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  assert.deepEqual(
    client.allPublished(uri).map((p) => p.version),
    [2],
    'only the latest version is published',
  );
  const freshUri = LspClient.uri('cooperative-fresh.card.json');
  const fresh = await client.open(freshUri, second);
  assert.deepEqual(shape(published), shape(fresh), 'as if the edited text had been opened fresh');
  assert.ok(
    published.diagnostics.length >
      (await client.open(LspClient.uri('cooperative-first.card.json'), first)).diagnostics.length,
    'the edit is in what was published',
  );
  await client.close(uri);
  await client.close(freshUri);
});
