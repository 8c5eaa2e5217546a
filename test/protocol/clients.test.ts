// What the server adapts to the client it talks to, over stdio: beside VS Code's JSON language features it
// leaves the file's JSON syntax errors and the outline to them; it offers client-side commands only to a
// client that says it runs them; and it takes its settings from whichever way a client sends them
// (workspace/configuration, initializationOptions, didChangeConfiguration). Run `npm run build` first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LspClient, type PublishedDiagnostics } from '../support/lspClient';

/** A value missing at the end of a file: jsonc-parser reports five errors at the same offset. */
const truncated = '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":\n';
/** A message whose card is a JSON string, with a syntax error inside the string. */
const embedded = JSON.stringify({
  msg_type: 'interactive',
  content: '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":}]}}',
});
const checkerCard = JSON.stringify({
  schema: '2.0',
  body: { elements: [{ tag: 'checker', behaviors: [{ type: 'callback', value: { id: 1 } }] }] },
});

const syntax = (published: PublishedDiagnostics) =>
  published.diagnostics.filter((d) => d.code === 'json-syntax');

async function withClient(
  options: Parameters<typeof LspClient.start>[0],
  run: (client: LspClient) => Promise<void>,
): Promise<void> {
  const client = await LspClient.start(options);
  try {
    await run(client);
  } finally {
    await client.stop();
  }
}

test('a client without a JSON server gets one json-syntax finding per place, and the card outline', async () => {
  await withClient({}, async (client) => {
    assert.equal(client.initializeResult.capabilities.documentSymbolProvider, true);
    const found = syntax(await client.open(LspClient.uri('truncated.card.json'), truncated));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /ValueExpected/);
    const places = found.map((d) => `${d.range.start.line}:${d.range.start.character}`);
    assert.equal(new Set(places).size, places.length);
  });
});

test('beside VS Code JSON features the file syntax errors and the outline are left to them', async () => {
  await withClient({ initializationOptions: { jsonLanguageFeatures: true } }, async (client) => {
    assert.ok(!client.initializeResult.capabilities.documentSymbolProvider);
    const published = await client.open(LspClient.uri('truncated-vscode.card.json'), truncated);
    assert.deepEqual(syntax(published), []);
    // VS Code's JSON support cannot see into a string: errors of a card inside one are still ours.
    const inner = syntax(await client.open(LspClient.uri('embedded.json'), embedded));
    assert.equal(inner.length, 1, JSON.stringify(inner));
    // The rules still run on a valid card.
    const valid = await client.open(LspClient.uri('checker-vscode.card.json'), checkerCard);
    assert.ok(valid.diagnostics.some((d) => d.code === 'checker-callback'));
  });
});

interface CodeAction {
  title: string;
  command?: { command: string };
}

async function turnOffOffered(client: LspClient, uri: string): Promise<string | undefined> {
  const { diagnostics } = await client.open(uri, checkerCard);
  const diagnostic = diagnostics.find((d) => d.code === 'checker-callback');
  assert.ok(diagnostic, JSON.stringify(diagnostics));
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
  return actions.find((a) => a.command?.command === 'feishuCard.disableRule')?.title;
}

test('"Turn off … in settings" is offered only to a client that runs the command', async () => {
  await withClient({}, async (client) => {
    assert.equal(await turnOffOffered(client, LspClient.uri('no-command.card.json')), undefined);
  });
  await withClient({ initializationOptions: { commands: ['feishuCard.disableRule'] } }, async (client) => {
    // A callback on a checker can be deliberate: the action says so.
    assert.equal(
      await turnOffOffered(client, LspClient.uri('command.card.json')),
      'This is intended: turn off checker-callback in settings',
    );
  });
});

const offChecker = { rules: { 'checker-callback': 'off' } };
const codes = (published: PublishedDiagnostics) => published.diagnostics.map((d) => String(d.code));

test('settings from initializationOptions reach a client that cannot be asked (Neovim 0.7)', async () => {
  for (const initializationOptions of [{ settings: offChecker }, { feishuCard: offChecker }]) {
    await withClient({ pullConfiguration: false, initializationOptions }, async (client) => {
      const published = await client.open(LspClient.uri('init-options.card.json'), checkerCard);
      assert.ok(!codes(published).includes('checker-callback'), JSON.stringify(initializationOptions));
    });
  }
});

test('settings pushed by didChangeConfiguration hold, also when the pull answers nothing', async () => {
  for (const pullConfiguration of [false, true]) {
    // A pulling client answers null for the section, as a client without a `feishuCard` table does.
    await withClient({ pullConfiguration, settings: null }, async (client) => {
      const uri = LspClient.uri(`pushed-${pullConfiguration}.card.json`);
      assert.ok(codes(await client.open(uri, checkerCard)).includes('checker-callback'));
      await client.notify('workspace/didChangeConfiguration', { settings: { feishuCard: offChecker } });
      await client.settle(uri, (published) => !codes(published).includes('checker-callback'));
    });
  }
});

test('a client that pushed its settings with initialize is analysed with them before it answers the pull', async () => {
  let answer = () => {};
  const configurationGate = new Promise<void>((resolve) => (answer = resolve));
  await withClient(
    { settings: offChecker, configurationGate, initializationOptions: { settings: offChecker } },
    async (client) => {
      const uri = LspClient.uri('pushed-then-pulled.card.json');
      // Not a flash of default-settings results: the first publication already has the rule off.
      const first = await client.open(uri, checkerCard);
      assert.ok(!codes(first).includes('checker-callback'), JSON.stringify(codes(first)));
      answer();
      // The pull answers the same settings: nothing to analyse again. A request sent now is answered after
      // anything the answer caused.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await client.request('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 0 },
      });
      assert.equal(client.allPublished(uri).length, 1, 'published once');
    },
  );
});

test('settings pulled after a different push win', async () => {
  await withClient({ settings: {}, initializationOptions: { settings: offChecker } }, async (client) => {
    const uri = LspClient.uri('pulled-wins.card.json');
    await client.open(uri, checkerCard);
    await client.settle(uri, (published) => codes(published).includes('checker-callback'));
  });
});
