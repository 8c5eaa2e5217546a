// Bad input from a bot or a web page gets the platform's error or a closed connection, and the platform
// keeps serving the bot that behaves: garbage frames, 60 connections for one app (50 allowed), a 50 MB body,
// malformed JSON, a path that is not imitated, a browser Origin and a rebinding Host.
import assert from 'node:assert/strict';
import * as http from 'node:http';
import { after, test } from 'node:test';
import { WebSocket } from 'ws';
import { APP_ID, cardText, click, startHarness, wsBot, type Harness } from './helpers';

const cleanup: (() => unknown)[] = [];
after(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function harness(): Promise<Harness> {
  const h = await startHarness();
  cleanup.push(() => h.close());
  return h;
}

function request(
  url: string,
  method: string,
  body: string | Buffer | undefined,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    // A refused body may be cut short: the answer already came, the rest is a closed socket.
    req.on('error', () => resolve({ status: -1, body: '' }));
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

async function ticketUrl(h: Harness, appId = APP_ID): Promise<{ code: number; url?: string }> {
  const res = await request(
    `${h.platform.url}/callback/ws/endpoint`,
    'POST',
    JSON.stringify({ AppID: appId, AppSecret: 's' }),
  );
  const parsed = JSON.parse(res.body) as { code: number; data?: { URL: string } };
  return { code: parsed.code, url: parsed.data?.URL };
}

function open(url: string): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('open', () => resolve(ws));
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(-1));
  });
}

test('a garbage frame closes that connection; the SDK bot keeps answering', async () => {
  const h = await harness();
  const bot = await wsBot(h.platform, () => ({ toast: { type: 'info', content: 'still here' } }));
  cleanup.push(() => bot.close({ force: true }));
  const { url } = await ticketUrl(h, 'cli_ffffffffffffffff');
  const ws = (await open(url!)) as WebSocket;
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.send(Buffer.from([0xff, 0xff, 0xff, 0x01, 0x02]));
  assert.equal(await closed, 1007);
  await h.next('note', (e) => /not a pbbp2\.Frame/.test(e.text.en));
  const delivered = await h.platform.click(click(), 'v2', cardText());
  assert.deepEqual(delivered?.answer.toast, { type: 'info', text: 'still here' });
});

test('60 connections for one app: 50 are accepted, the rest get exceed_conn_limit', async () => {
  const h = await harness();
  const sockets: WebSocket[] = [];
  cleanup.push(() => sockets.forEach((s) => s.terminate()));
  const codes: number[] = [];
  for (let i = 0; i < 60; i++) {
    const { code, url } = await ticketUrl(h);
    codes.push(code);
    if (url) {
      const ws = await open(url);
      assert.ok(ws instanceof WebSocket);
      sockets.push(ws);
    }
  }
  assert.equal(sockets.length, 50);
  assert.deepEqual(codes.slice(50), Array(10).fill(1000040350));
  // A ticket is single-use: replaying one is refused.
  const reused = await open(sockets[0].url);
  assert.equal(reused, 403);
  assert.equal(h.platform.status().bots[0].connections, 50);
});

test('a 50 MB body is refused with 413 and the platform still answers', async () => {
  const h = await harness();
  const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
  const res = await request(
    `${h.platform.url}/open-apis/im/v1/messages?receive_id_type=chat_id`,
    'POST',
    big,
    {
      'content-type': 'application/json',
      authorization: 'Bearer t-x',
    },
  );
  assert.ok(res.status === 413 || res.status === -1, `status ${res.status}`);
  const token = await request(
    `${h.platform.url}/open-apis/auth/v3/tenant_access_token/internal`,
    'POST',
    JSON.stringify({ app_id: APP_ID, app_secret: 's' }),
  );
  assert.equal(token.status, 200);
});

test('malformed JSON, an unknown path, a browser Origin and a foreign Host', async () => {
  const h = await harness();
  const bad = await request(
    `${h.platform.url}/open-apis/im/v1/messages?receive_id_type=chat_id`,
    'POST',
    '{"msg',
    {
      authorization: 'Bearer t-x',
    },
  );
  assert.equal(bad.status, 400);
  assert.equal(JSON.parse(bad.body).code, 9499);
  const unknown = await request(`${h.platform.url}/open-apis/contact/v3/users`, 'GET', undefined);
  assert.equal(unknown.status, 404);
  const note = await h.next('call', (e) => e.call.status === 404);
  assert.match(note.call.notes[0].en, /not imitated/);
  const fromPage = await request(
    `${h.platform.url}/open-apis/auth/v3/tenant_access_token/internal`,
    'POST',
    '{}',
    {
      origin: 'https://evil.example',
    },
  );
  assert.equal(fromPage.status, 403);
  const rebound = await request(
    `${h.platform.url}/open-apis/auth/v3/tenant_access_token/internal`,
    'POST',
    '{}',
    {
      host: 'evil.example:80',
    },
  );
  assert.equal(rebound.status, 403);
  const upgrade = await new Promise<number>((resolve) => {
    const ws = new WebSocket(`${h.platform.url.replace('http', 'ws')}/callback/ws?ticket=x`, {
      headers: { origin: 'https://evil.example' },
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(-1));
  });
  assert.equal(upgrade, 403);
});

test('the app secret never reaches the console', async () => {
  const h = await harness();
  await request(
    `${h.platform.url}/open-apis/auth/v3/tenant_access_token/internal`,
    'POST',
    JSON.stringify({ app_id: APP_ID, app_secret: 'hunter2-secret' }),
  );
  await ticketUrl(h);
  assert.doesNotMatch(JSON.stringify(h.events), /hunter2-secret|"s"/);
});
