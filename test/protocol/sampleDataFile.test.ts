// The "create the sample-data file" source action over stdio: for a template card without a data file it
// creates the sidecar with a value of the right shape per variable; with nothing to create it is not
// offered. The VS Code command `feishuCard.createSampleData` applies this action. Run `npm run build` first.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { LspClient } from '../support/lspClient';

const KIND = 'source.feishuCard.createSampleData';

interface Action {
  title: string;
  kind?: string;
  edit?: {
    documentChanges?: (
      { kind: 'create'; uri: string } | { textDocument: { uri: string }; edits: { newText: string }[] }
    )[];
  };
}

let client: LspClient;
let dir: string;
before(async () => {
  client = await LspClient.start();
  dir = mkdtempSync(path.join(tmpdir(), 'feishu-sample-'));
});
after(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
});

const template = JSON.stringify({
  schema: '2.0',
  body: {
    elements: [
      { tag: 'markdown', content: 'Hello ${user_name}, ${count} tasks' },
      {
        tag: 'button',
        text: { tag: 'plain_text', content: 'Open' },
        behaviors: [{ type: 'open_url', default_url: '${link}' }],
      },
    ],
  },
});

async function sourceActions(uri: string): Promise<Action[]> {
  return client.request<Action[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: [KIND] },
  });
}

test('a template card without a data file gets an action that creates its sidecar', async () => {
  const uri = pathToFileURL(path.join(dir, 'welcome.card.json')).href;
  await client.open(uri, template);
  const actions = await sourceActions(uri);
  assert.equal(actions.length, 1, JSON.stringify(actions));
  const [action] = actions;
  assert.equal(action.kind, KIND);
  assert.equal(action.title, 'Create the sample-data file welcome.card.data.json');
  const [create, insert] = action.edit!.documentChanges!;
  const dataUri = pathToFileURL(path.join(dir, 'welcome.card.data.json')).href;
  assert.deepEqual(create, { kind: 'create', uri: dataUri, options: { ignoreIfExists: true } });
  assert.ok('edits' in insert && insert.textDocument.uri === dataUri);
  const data = JSON.parse(insert.edits[0].newText) as Record<string, unknown>;
  assert.deepEqual(Object.keys(data).sort(), ['count', 'link', 'user_name']);
});

test('nothing to create: a card without variables, or one whose data file exists', async () => {
  const plain = pathToFileURL(path.join(dir, 'plain.card.json')).href;
  await client.open(
    plain,
    JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'Hi' }] } }),
  );
  assert.deepEqual(await sourceActions(plain), []);

  writeFileSync(path.join(dir, 'existing.card.data.json'), '{"user_name":"Ann"}\n');
  const existing = pathToFileURL(path.join(dir, 'existing.card.json')).href;
  await client.open(existing, template);
  assert.deepEqual(await sourceActions(existing), []);
});
