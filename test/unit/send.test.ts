// The callback sender against a real server written with the official SDK, plus every way a send can fail.
// Every target is a loopback address (or a name that cannot resolve): nothing leaves the machine.
import * as lark from '@larksuiteoapi/node-sdk';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { encrypt, prepare, sendCallback } from '../../server/src/host/send';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);

const servers: http.Server[] = [];
after(async () => {
  process.off('unhandledRejection', onUnhandled);
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  assert.deepEqual(unhandled, [], 'no unhandled rejections');
});

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const silent = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };

/** A callback body as the platform sends it for a button click (callback schema 2.0). */
function buttonClick(): Record<string, unknown> {
  return {
    schema: '2.0',
    header: {
      event_id: 'f7984f25108f8137722bb63cee927e66',
      token: 'placeholder',
      create_time: '1732500000000000',
      event_type: 'card.action.trigger',
      tenant_key: '736588c9260f175d',
      app_id: 'cli_a5f1b2c3d4e5f607',
    },
    event: {
      operator: {
        tenant_key: '736588c9260f175d',
        open_id: 'ou_3c5d8a1e2f4b6c7d',
        union_id: 'on_9a8b7c6d5e4f3a2b',
      },
      token: 'c-295ee57216a5dc9de90fefd0aadb4b1d7d337fc7',
      action: { tag: 'button', value: { key: '值 😀' } },
      host: 'im_message',
      context: { open_message_id: 'om_3c9f2b1a0e8d7c6b', open_chat_id: 'oc_5e4d3c2b1a0f9e8d' },
    },
  };
}

interface Seen {
  data: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
}

/** A server exactly as the SDK's README sets one up: a dispatcher behind the SDK's plain-http adapter. */
async function sdkServer(
  kind: 'event-dispatcher' | 'card-action-handler',
  keys: { encryptKey?: string; verificationToken?: string },
): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  let lastHeaders: http.IncomingHttpHeaders = {};
  const answer = (data: Record<string, unknown>) => {
    seen.push({ data, headers: lastHeaders });
    return {
      toast: { type: 'success', content: 'got it' },
      card: {
        type: 'raw',
        data: { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'done' }] } },
      },
    };
  };
  const params = { ...keys, logger: silent, loggerLevel: lark.LoggerLevel.error };
  const dispatcher =
    kind === 'event-dispatcher'
      ? new lark.EventDispatcher(params).register({
          'card.action.trigger': async (data: never) => answer(data),
        })
      : new lark.CardActionHandler(params, async (data: Record<string, unknown>) => answer(data));
  const adapter = lark.adaptDefault('/webhook/card', dispatcher);
  const base = await listen((req, res) => {
    // The handler gets the parsed body only; keep the request headers for the asserts.
    lastHeaders = req.headers;
    adapter(req, res).catch(() => res.end());
  });
  return { url: `${base}/webhook/card`, seen };
}

for (const kind of ['event-dispatcher', 'card-action-handler'] as const) {
  test(`${kind}: plain body reaches the SDK handler and its toast/card answer comes back`, async () => {
    const server = await sdkServer(kind, { verificationToken: 'vtoken' });
    const result = await sendCallback(buttonClick(), { url: server.url, verificationToken: 'vtoken' });
    assert.equal(result.error, undefined, JSON.stringify(result.error));
    assert.equal(result.status, 200);
    assert.deepEqual((result.body as { toast: unknown }).toast, { type: 'success', content: 'got it' });
    assert.equal((result.body as { card: { type: string } }).card.type, 'raw');
    assert.equal(server.seen.length, 1);
    const data = server.seen[0].data;
    // The SDK flattens schema, header and event into one object; event.token (the update token) wins.
    assert.equal(data.schema, '2.0');
    assert.equal(data.event_type, 'card.action.trigger');
    assert.equal(data.app_id, 'cli_a5f1b2c3d4e5f607');
    assert.deepEqual(data.action, { tag: 'button', value: { key: '值 😀' } });
    assert.deepEqual(data.context, {
      open_message_id: 'om_3c9f2b1a0e8d7c6b',
      open_chat_id: 'oc_5e4d3c2b1a0f9e8d',
    });
    assert.equal((data.operator as { open_id: string }).open_id, 'ou_3c5d8a1e2f4b6c7d');
    assert.equal(data.token, 'c-295ee57216a5dc9de90fefd0aadb4b1d7d337fc7');
    assert.equal(JSON.parse(result.sent!.plainBody).header.token, 'vtoken');
    assert.match(String(server.seen[0].headers['x-lark-request-timestamp']), /^\d{10}$/);
    assert.ok(server.seen[0].headers['x-lark-request-nonce']);
    assert.ok(result.ms >= 0 && result.ms < 3000);
  });

  test(`${kind}: encrypted body is decrypted and its signature accepted by the SDK`, async () => {
    const server = await sdkServer(kind, { encryptKey: 'my-encrypt-key', verificationToken: 'vtoken' });
    const result = await sendCallback(buttonClick(), {
      url: server.url,
      encryptKey: 'my-encrypt-key',
      verificationToken: 'vtoken',
    });
    assert.equal(result.error, undefined, JSON.stringify(result.error));
    assert.deepEqual((result.body as { toast: unknown }).toast, { type: 'success', content: 'got it' });
    assert.equal(server.seen.length, 1);
    assert.deepEqual(server.seen[0].data.action, { tag: 'button', value: { key: '值 😀' } });
    assert.equal(server.seen[0].data.app_id, 'cli_a5f1b2c3d4e5f607');
    assert.match(String(server.seen[0].headers['x-lark-signature']), /^[0-9a-f]{64}$/);
    const wire = JSON.parse(result.sent!.body) as Record<string, unknown>;
    assert.deepEqual(Object.keys(wire), ['encrypt'], 'only the ciphertext goes over the wire');
    assert.ok(!result.sent!.body.includes('cli_a5f1b2c3d4e5f607'));
  });

  test(`${kind}: a different encrypt key is rejected by the SDK and explained`, async () => {
    const server = await sdkServer(kind, { encryptKey: 'server-key' });
    const result = await sendCallback(buttonClick(), { url: server.url, encryptKey: 'other-key' });
    assert.equal(server.seen.length, 0, 'the SDK must not run the handler for a bad signature');
    assert.equal(result.status, 200);
    assert.equal(result.error?.code, 'not-json');
    assert.match(result.error!.message.en, /encrypt key/);
  });
}

test('a 1.0 body is signed with the verification token the way the SDK card handler checks it', async () => {
  const server = await sdkServer('card-action-handler', { verificationToken: 'vtoken' });
  const v1 = {
    open_id: 'ou_1',
    tenant_key: 't',
    open_message_id: 'om_1',
    token: 'c-1',
    action: { tag: 'button' },
  };
  const result = await sendCallback(v1, { url: server.url, verificationToken: 'vtoken' });
  assert.equal(result.error, undefined, JSON.stringify(result.error));
  assert.equal(server.seen.length, 1);
  assert.equal(server.seen[0].data.token, 'c-1', 'the update token of a 1.0 body is left alone');
  // And the SDK really checks that signature: another token is refused.
  const refused = await sendCallback(v1, { url: server.url, verificationToken: 'other' });
  assert.equal(server.seen.length, 1);
  assert.equal(refused.error?.code, 'not-json');
});

test('encrypt() is the inverse of the SDK AESCipher.decrypt, for any text', () => {
  const cipher = new lark.AESCipher('k€y');
  for (const text of ['', '{}', 'x'.repeat(15), 'y'.repeat(16), '混合 text 😀'.repeat(100)]) {
    assert.equal(cipher.decrypt(encrypt(text, 'k€y')), text);
  }
});

test('the signature covers exactly the bytes sent', () => {
  const sent = prepare(buttonClick(), 'http://127.0.0.1/', { url: 'http://127.0.0.1/', encryptKey: 'k' });
  const reparsed = JSON.stringify(JSON.parse(sent.body));
  // The SDK hashes JSON.stringify(parsed body): it must equal the raw body byte for byte.
  assert.equal(reparsed, sent.body);
  assert.equal(sent.headers['Content-Length'], String(Buffer.byteLength(sent.body)));
});

test('a server slower than 3 s is reported as the chat client would, after 3 s', async () => {
  const url = await listen((_req, res) => {
    const timer = setTimeout(() => res.end('{}'), 4000);
    res.on('close', () => clearTimeout(timer));
  });
  const result = await sendCallback(buttonClick(), { url });
  assert.equal(result.error?.code, 'timeout');
  assert.equal(result.error?.platformCode, 200341);
  assert.equal(result.error?.platformCodeVerified, false);
  assert.match(result.error!.message.en, /3 s/);
  assert.match(result.error!.message.zh, /出错了/);
  assert.ok(result.ms >= 2900 && result.ms < 3500, `took ${result.ms} ms`);
});

test('a 500 is reported with its status and body', async () => {
  const url = await listen((_req, res) => {
    res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end('{"msg":"boom"}');
  });
  const result = await sendCallback(buttonClick(), { url });
  assert.equal(result.status, 500);
  assert.equal(result.error?.code, 'http-status');
  assert.equal(result.error?.platformCode, 200671);
  assert.deepEqual(result.body, { msg: 'boom' });
  assert.match(result.error!.message.en, /HTTP 500/);
});

test('connection refused', async () => {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  const result = await sendCallback(buttonClick(), { url: `http://127.0.0.1:${port}/webhook/card` });
  assert.equal(result.error?.code, 'refused');
  assert.match(result.error!.message.en, /refused/);
  assert.ok(result.sent, 'the attempted request is still shown');
});

test('a name that cannot resolve fails within our own deadline', async () => {
  const result = await sendCallback(buttonClick(), { url: 'http://nonexistent.invalid/' });
  // Resolvers answer .invalid with NXDOMAIN; a sandbox without DNS may stall instead — our timeout ends it.
  assert.ok(result.error?.code === 'dns' || result.error?.code === 'timeout', JSON.stringify(result.error));
  assert.ok(result.ms < 3500, `took ${result.ms} ms`);
});

for (const declared of [true, false]) {
  test(`a 10 MB answer is cut off at the cap (${declared ? 'with' : 'without'} Content-Length)`, async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const total = 10 * 1024 * 1024;
    let written = 0;
    const url = await listen((_req, res) => {
      res.writeHead(200, declared ? { 'Content-Length': String(total) } : {});
      const pump = () => {
        while (written < total && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
    });
    const before = process.memoryUsage().rss;
    const result = await sendCallback(buttonClick(), { url });
    assert.equal(result.error?.code, 'too-large');
    assert.match(result.error!.message.en, /too large/);
    assert.equal(result.body, undefined);
    assert.ok((result.rawBody?.length ?? 0) <= 1024 * 1024);
    assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024);
  });
}

test('a smaller cap can be chosen', async () => {
  // Written in two chunks without Content-Length, so the cap applies while reading.
  const url = await listen((_req, res) => {
    res.write('{"toast":{"content":"');
    res.end('x'.repeat(5000) + '"}}');
  });
  const result = await sendCallback(buttonClick(), { url, maxResponseBytes: 1000 });
  assert.equal(result.error?.code, 'too-large');
  assert.equal(result.rawBody?.length, 1000);
  assert.match(result.rawBody!, /^\{"toast"/);
});

test('a non-JSON answer', async () => {
  const url = await listen((_req, res) => res.end('<html>OK</html>'));
  const result = await sendCallback(buttonClick(), { url });
  assert.equal(result.status, 200);
  assert.equal(result.error?.code, 'not-json');
  assert.equal(result.rawBody, '<html>OK</html>');
  assert.equal(result.error?.platformCode, 200672);
});

test('a redirect to another host is reported and not followed', async () => {
  let hits = 0;
  const other = await listen((_req, res) => {
    hits++;
    res.end('{}');
  });
  const url = await listen((_req, res) => {
    res.writeHead(307, { Location: `${other}/steal` });
    res.end();
  });
  const result = await sendCallback(buttonClick(), { url });
  assert.equal(result.status, 307);
  assert.equal(result.error?.code, 'redirect');
  assert.match(result.error!.message.en, /another host/);
  assert.ok(result.error!.message.en.includes(`${other}/steal`));
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(hits, 0);
});

test('a redirect on the same host is not followed either', async () => {
  const url = await listen((_req, res) => {
    res.writeHead(302, { Location: '/elsewhere' });
    res.end();
  });
  const result = await sendCallback(buttonClick(), { url });
  assert.equal(result.error?.code, 'redirect');
  assert.doesNotMatch(result.error!.message.en, /another host/);
});

test('unusable URLs and bodies are reported and nothing is sent', async () => {
  for (const url of ['', 'not a url', 'ftp://127.0.0.1/', 'file:///etc/passwd', 'javascript:alert(1)']) {
    const result = await sendCallback(buttonClick(), { url });
    assert.equal(result.error?.code, 'invalid-url', url);
    assert.equal(result.sent, undefined);
  }
  const cyclic: Record<string, unknown> = { schema: '2.0' };
  cyclic.self = cyclic;
  const result = await sendCallback(cyclic, { url: 'http://127.0.0.1:9/' });
  assert.equal(result.error?.code, 'invalid-body');
  const big = await sendCallback({ n: 1n } as object, { url: 'http://127.0.0.1:9/' });
  assert.equal(big.error?.code, 'invalid-body');
});

test('a server that drops the connection mid-answer is a network error, not a crash', async () => {
  const url = await listen((req, res) => {
    res.writeHead(200, { 'Content-Length': '100' });
    res.write('{"toast":');
    setTimeout(() => req.socket.destroy(), 20);
  });
  const result = await sendCallback(buttonClick(), { url });
  assert.ok(result.error, 'reported');
  assert.notEqual(result.error.code, 'timeout');
});
