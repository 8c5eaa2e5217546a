// ARCHITECTURE.md promises that a burst of edits is coalesced: the server analyses and publishes the latest
// version, not every version it was sent. Through the real server over stdio: 300 edits sent as fast as the
// client can write them must not produce 300 publications, and the last one is the last version's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient } from '../support/lspClient';

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(async () => {
  assert.deepEqual(client.loggedErrors, [], 'the server logged no failure');
  await client.stop();
});

const card = (n: number) =>
  JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: `edit ${n}` }] } });

test('a burst of 300 edits is published far fewer than 301 times, ending with the latest version', async () => {
  const uri = LspClient.uri('coalesced.card.json');
  await client.open(uri, card(1));
  const edits = 300;
  const last = edits + 1;
  const final = client.nextDiagnostics(uri, last, 30_000);
  const sent: Promise<void>[] = [];
  for (let v = 2; v <= last; v++)
    sent.push(
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ text: card(v) }],
      }),
    );
  await Promise.all(sent);
  await final;
  // Anything still on its way would arrive within a moment; a count taken too early would flatter us.
  await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const versions = client.allPublished(uri).map((p) => p.version!);
  const afterOpen = versions.slice(1);
  assert.equal(afterOpen.at(-1), last, 'the last publication is the last version');
  for (let i = 1; i < afterOpen.length; i++) assert.ok(afterOpen[i] > afterOpen[i - 1], 'in version order');
  // The edits reach the server in a few reads of its input; each read may end with one publication.
  assert.ok(
    afterOpen.length <= 20,
    `${afterOpen.length} publications for ${edits} edits (versions ${afterOpen.slice(0, 30).join(',')}…)`,
  );
});
