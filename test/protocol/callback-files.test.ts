// Callback bodies and must-be-card files that hold no object, through the real server.
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

test('a callback request fixture gets no card findings, even named *.card.json', async () => {
  const request = JSON.stringify(
    {
      schema: '2.0',
      header: {
        event_id: 'e',
        token: 't',
        create_time: '1',
        event_type: 'card.action.trigger',
        tenant_key: 'k',
        app_id: 'cli_1',
      },
      event: {
        operator: { open_id: 'ou_1' },
        token: 'c-1',
        action: { tag: 'button', value: { ok: true } },
        context: { open_message_id: 'om_1' },
      },
    },
    null,
    2,
  );
  for (const name of ['request.json', 'request.card.json']) {
    const published = await client.open(LspClient.uri(name), request);
    assert.deepEqual(published.diagnostics, [], name);
  }
});

test('a callback answer is checked as the platform checks answers, at the exact value', async () => {
  const text = '{\n  "toast": {"type": "bogus", "content": "Saved"}\n}';
  const published = await client.open(LspClient.uri('answer.json'), text);
  assert.equal(published.diagnostics.length, 1, JSON.stringify(published.diagnostics));
  const [d] = published.diagnostics;
  assert.equal(d.code, 'callback-answer-invalid');
  assert.deepEqual(d.range, { start: { line: 1, character: 20 }, end: { line: 1, character: 27 } });
});

test('a *.card.json that is not a JSON object gets one error', async () => {
  for (const text of ['', '[]', '42', 'not json']) {
    const published = await client.open(LspClient.uri(`bad-${text.length}.card.json`), text);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.severity]),
      [['card-not-object', 1]],
      JSON.stringify(text),
    );
  }
});
