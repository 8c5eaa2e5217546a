import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient } from '../support/lspClient';

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(async () => {
  await client.stop();
});

const badChecker = JSON.stringify(
  {
    schema: '2.0',
    body: { elements: [{ tag: 'checker', behaviors: [{ type: 'open_url', default_url: 'https://e.com' }] }] },
  },
  null,
  2,
);

test('publishes diagnostics with rule id, docs link and exact range for a card', async () => {
  const uri = LspClient.uri('checker.json');
  const published = await client.open(uri, badChecker);
  const d = published.diagnostics.find((x) => x.code === 'checker-open-url');
  assert.ok(d, JSON.stringify(published.diagnostics));
  assert.equal(d.source, 'feishu-card');
  assert.match(d.codeDescription!.href, /^https:\/\/open\.feishu\.cn\//);
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range.start, { line: 7, character: 10 });
});

test('a non-card JSON file gets no diagnostics', async () => {
  const published = await client.open(LspClient.uri('package.json'), '{"name":"x","version":"1.0.0"}');
  assert.deepEqual(published.diagnostics, []);
});

test('diagnostics follow edits and rule severity settings', async () => {
  const uri = LspClient.uri('follow.json');
  let published = await client.open(uri, badChecker);
  assert.equal(published.diagnostics.filter((d) => d.code === 'checker-open-url').length, 1);
  published = await client.change(uri, badChecker.replace('open_url', 'callback'));
  assert.equal(published.diagnostics.filter((d) => d.code === 'checker-open-url').length, 0);

  client.settings = { rules: { 'checker-open-url': 'warning' } };
  const next = client.nextDiagnostics(uri);
  await client.change(uri, badChecker);
  await client.notify('workspace/didChangeConfiguration', { settings: {} });
  // The change and the settings refresh both publish; wait until the settled state shows a warning.
  await next;
  const deadline = Date.now() + 5000;
  let severity: number | undefined;
  while (Date.now() < deadline) {
    const last = client.allPublished(uri).at(-1)!;
    severity = last.diagnostics.find((d) => d.code === 'checker-open-url')?.severity;
    if (severity === 2) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(severity, 2);
});
