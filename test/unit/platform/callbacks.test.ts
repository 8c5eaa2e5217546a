// Clicks delivered to bots written with the official Node SDK, unmodified: over the long connection
// (WSClient, pbbp2 frames) and over HTTP (the SDK's card handler behind an HTTP server), answered with a
// toast; a split event (sum > 1); a handler that throws; an answer after 3.5 s, which the user sees as 200341.
import * as lark from '@larksuiteoapi/node-sdk';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { APP_ID, cardText, click, client, silent, startHarness, wsBot, type Harness } from './helpers';

const cleanup: (() => unknown)[] = [];
after(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function harness(options = {}): Promise<Harness> {
  const h = await startHarness(options);
  cleanup.push(() => h.close());
  return h;
}

test('a long-connection bot gets the click as the SDK expects it and its toast is shown', async () => {
  const h = await harness();
  const seen: Record<string, unknown>[] = [];
  const bot = await wsBot(h.platform, (data) => {
    seen.push(data);
    return { toast: { type: 'success', content: 'Done!' } };
  });
  cleanup.push(() => bot.close({ force: true }));
  const status = await h.next('status', (e) => e.status.bots.length === 1);
  assert.deepEqual(status.status.bots, [{ appId: APP_ID, mode: 'long-connection', connections: 1 }]);

  const delivered = await h.platform.click(click(), 'v2', cardText());
  assert.equal(delivered?.mode, 'long-connection');
  assert.equal(delivered?.answer.error, undefined);
  assert.deepEqual(delivered?.answer.toast, { type: 'success', text: 'Done!' });
  // The SDK hands the handler the event with the bot's own app id and the action as sent.
  assert.equal(seen.length, 1);
  assert.deepEqual((seen[0].action as Record<string, unknown>).value, { action: 'go' });
  assert.equal((seen[0] as { header?: { app_id?: string } }).header?.app_id ?? seen[0].app_id, APP_ID);
});

test('a split event (sum > 1) is merged by the SDK and answered once', async () => {
  const h = await harness({ fragmentBytes: 64 });
  let calls = 0;
  const bot = await wsBot(h.platform, () => {
    calls++;
    return { toast: { type: 'info', content: 'merged' } };
  });
  cleanup.push(() => bot.close({ force: true }));
  const delivered = await h.platform.click(click(), 'v2', cardText());
  assert.equal(calls, 1);
  assert.deepEqual(delivered?.answer.toast, { type: 'info', text: 'merged' });
});

test('a handler that throws is a non-200 answer: 200671', async () => {
  const h = await harness();
  const bot = await wsBot(h.platform, () => {
    throw new Error('boom');
  });
  cleanup.push(() => bot.close({ force: true }));
  const delivered = await h.platform.click(click(), 'v2', cardText());
  assert.equal(delivered?.answer.error?.code, 200671);
});

test('a bot that returns nothing leaves the card as it is', async () => {
  const h = await harness();
  const bot = await wsBot(h.platform, () => undefined);
  cleanup.push(() => bot.close({ force: true }));
  const delivered = await h.platform.click(click(), 'v2', cardText());
  assert.equal(delivered?.answer.error, undefined);
  assert.equal(delivered?.answer.toast, undefined);
  assert.equal(delivered?.answer.card, undefined);
});

test("an answer after 3.5 s is the user's error 200341, and the late answer is noted", async () => {
  const h = await harness();
  let release!: () => void;
  const answered = new Promise<void>((resolve) => (release = resolve));
  const bot = await wsBot(h.platform, async () => {
    await new Promise((resolve) => setTimeout(resolve, 3500));
    release();
    return { toast: { type: 'success', content: 'too late' } };
  });
  cleanup.push(() => bot.close({ force: true }));
  const delivered = await h.platform.click(click(), 'v2', cardText());
  assert.equal(delivered?.answer.error?.code, 200341);
  assert.match(delivered?.answer.error?.message.en ?? '', /within 3 seconds/);
  assert.equal(delivered?.answer.toast, undefined);
  await answered;
  const late = await h.next('note', (e) => e.text.en.includes('too late'));
  assert.match(late.text.en, /200341/);
});

test('a test may give the answer another deadline, over the long connection and over HTTP', async () => {
  // The bot answers only once the click has been given up on: no clock in the test, only the order.
  let release!: () => void;
  const given = new Promise<void>((resolve) => (release = resolve));
  const h = await harness({ answerDeadlineMs: 50 });
  const bot = await wsBot(h.platform, async () => {
    await given;
    return { toast: { type: 'success', content: 'too late' } };
  });
  cleanup.push(() => bot.close({ force: true }));
  const delivered = await h.platform.click(click(), 'v2', cardText());
  release();
  assert.equal(delivered?.answer.error?.code, 200341);
  assert.match(delivered?.answer.error?.message.en ?? '', /within 0\.05 seconds/);

  let answer!: () => void;
  const held = new Promise<void>((resolve) => (answer = resolve));
  const server = http.createServer((_req, res) => void held.then(() => res.end('{}')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/card`;
  const overHttp = await harness({ answerDeadlineMs: 50, callbackSettings: () => ({ url }) });
  const sent = await overHttp.platform.click(click(), 'v2', cardText());
  answer();
  assert.equal(sent?.mode, 'http');
  assert.equal(sent?.answer.error?.code, 200341);
});

test('an HTTP bot (the SDK card handler behind a server) gets the click at feishuCard.callback.url', async () => {
  const seen: Record<string, unknown>[] = [];
  const dispatcher = new lark.EventDispatcher({
    loggerLevel: lark.LoggerLevel.error,
    logger: silent,
  }).register({
    'card.action.trigger': async (data: Record<string, unknown>) => {
      seen.push(data);
      return { toast: { type: 'info', content: 'over http' } };
    },
  } as never);
  const adapter = lark.adaptDefault('/card', dispatcher);
  const server = http.createServer((req, res) => void adapter(req, res).catch(() => res.end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/card`;
  const h = await harness({ callbackSettings: () => ({ url }) });
  // The bot's API client asks for a token first: its app id is the one the callbacks carry.
  await client(h.platform).request({ method: 'GET', url: '/open-apis/bot/v3/info' });
  const delivered = await h.platform.click(click(), 'v2', cardText());
  assert.equal(delivered?.mode, 'http');
  assert.deepEqual(delivered?.answer.toast, { type: 'info', text: 'over http' });
  assert.equal(seen.length, 1);
  assert.equal((seen[0] as { header?: { app_id?: string } }).header?.app_id ?? seen[0].app_id, APP_ID);
});

test('nobody to send to: no bot connected and no callback URL', async () => {
  const h = await harness();
  assert.equal(await h.platform.click(click(), 'v2', cardText()), undefined);
});
