// The platform's limits, each met by a bot calling through the official SDK's API client: cards over 30 KB
// (230025 on message send/reply/patch, 200860 on CardKit create and full update), CardKit create taking
// JSON 2.0 only (300303), message patch within 14 days (230031) and at most 5 per second per message
// (230020), `update_multi` before and after a patch (the page names no code: a warning), ≤ 10 CardKit calls
// per second per card (no code either: a warning) and streaming switching itself off 10 minutes after it
// was turned on (200850), the delayed-update token's 30 minutes (300030) and its 30 KB (no code: a warning).
// Time moves with the platform's injectable clock, never by waiting.
import type * as lark from '@larksuiteoapi/node-sdk';
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { PlatformCall } from '../../../server/src/card/interaction/platformTypes';
import { CARD_V2, cardText, click, client, startHarness, wsBot, type Harness } from './helpers';

const cleanup: (() => unknown)[] = [];
after(async () => {
  for (const c of cleanup.reverse()) await c();
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Setup {
  h: Harness;
  api: lark.Client;
  /** Moves the platform's clock (the SDK's own token cache uses real time and is not affected). */
  advance(ms: number): void;
}

async function setUp(): Promise<Setup> {
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  const h = await startHarness({ now: () => clock });
  cleanup.push(() => h.close());
  return { h, api: client(h.platform), advance: (ms) => (clock += ms) };
}

const card = (content: string, config: Record<string, unknown> = { update_multi: true }) => ({
  ...CARD_V2,
  config,
  body: { elements: [{ tag: 'markdown', element_id: 'md', content }] },
});
/** A 2.0 card whose JSON is over 30 KB (31 KB of text in one markdown element). */
const bigCard = () => card('x'.repeat(31 * 1024));

/** What the SDK saw: the HTTP status and the platform's code (the SDK throws on HTTP 400). */
async function outcome(call: Promise<unknown>): Promise<{ status: number; code: number }> {
  try {
    const body = (await call) as { code?: number };
    return { status: 200, code: body.code ?? -1 };
  } catch (error) {
    const response = (error as { response?: { status?: number; data?: { code?: number } } }).response;
    return { status: response?.status ?? -1, code: response?.data?.code ?? -1 };
  }
}

/** The console entry of the n-th call (1-based) whose code is `code`, and its explanation in English. */
async function consoleLine(h: Harness, code: number): Promise<{ call: PlatformCall; why: string }> {
  const { call } = await h.next('call', (e) => e.call.code === code);
  return { call, why: call.notes.map((n) => n.en).join(' ') };
}

function send(api: lark.Client, content: unknown) {
  return api.im.message.create({
    params: { receive_id_type: 'chat_id' },
    data: { receive_id: 'oc_' + 'c'.repeat(32), msg_type: 'interactive', content: JSON.stringify(content) },
  });
}

async function sentId(api: lark.Client, content: unknown = card('sent')): Promise<string> {
  const sent = await send(api, content);
  assert.equal(sent.code, 0);
  return sent.data!.message_id!;
}

function patch(api: lark.Client, messageId: string, content: unknown) {
  return api.im.message.patch({
    path: { message_id: messageId },
    data: { content: JSON.stringify(content) },
  });
}

function create(api: lark.Client, content: unknown) {
  return api.cardkit.v1.card.create({ data: { type: 'card_json', data: JSON.stringify(content) } });
}

async function createdId(api: lark.Client, content: unknown): Promise<string> {
  const created = await create(api, content);
  assert.equal(created.code, 0);
  return created.data!.card_id!;
}

function stream(api: lark.Client, cardId: string, content: string, sequence: number) {
  return api.cardkit.v1.cardElement.content({
    path: { card_id: cardId, element_id: 'md' },
    data: { content, sequence },
  });
}

test('a card over 30 KB is refused with 230025 on message send, reply and patch', async () => {
  const { h, api } = await setUp();
  const messageId = await sentId(api);
  assert.deepEqual(await outcome(send(api, bigCard())), { status: 400, code: 230025 });
  assert.deepEqual(
    await outcome(
      api.im.message.reply({
        path: { message_id: messageId },
        data: { msg_type: 'interactive', content: JSON.stringify(bigCard()) },
      }),
    ),
    { status: 400, code: 230025 },
  );
  assert.deepEqual(await outcome(patch(api, messageId, bigCard())), { status: 400, code: 230025 });
  const refused = h.events.flatMap((e) => (e.type === 'call' && e.call.code === 230025 ? [e.call] : []));
  assert.deepEqual(
    refused.map((c) => `${c.method} ${c.path.replace(/om_\w+/, ':id').replace(/\?.*/, '')}`),
    [
      'POST /open-apis/im/v1/messages',
      'POST /open-apis/im/v1/messages/:id/reply',
      'PATCH /open-apis/im/v1/messages/:id',
    ],
  );
  for (const call of refused) {
    assert.equal(call.status, 400);
    assert.match(call.notes.map((n) => n.en).join(' '), /\d+ bytes; cards may be at most 30 KB/);
  }
  // Nothing refused reached the chat: only the first, small card is in the transcript.
  const transcript = h.events.filter((e) => e.type === 'transcript').pop();
  assert.equal(transcript?.type === 'transcript' && transcript.messages.length, 1);
  assert.doesNotMatch(JSON.stringify(transcript), /xxxxxxxx/);
});

test('a card just under 30 KB is accepted: the limit is the 30 KB the pages state', async () => {
  const { api } = await setUp();
  const text = 'x'.repeat(30 * 1024 - JSON.stringify(card('')).length);
  assert.equal(JSON.stringify(card(text)).length, 30 * 1024);
  assert.deepEqual(await outcome(send(api, card(text))), { status: 200, code: 0 });
  assert.deepEqual(await outcome(send(api, card(text + 'x'))), { status: 400, code: 230025 });
});

test('CardKit create refuses a card over 30 KB (200860) and a 1.0 card (300303); a full update too', async () => {
  const { h, api } = await setUp();
  assert.deepEqual(await outcome(create(api, bigCard())), { status: 400, code: 200860 });
  assert.match((await consoleLine(h, 200860)).why, /bytes; the limit is 30 KB/);

  const v1 = { config: { wide_screen_mode: true }, elements: [{ tag: 'markdown', content: 'old' }] };
  assert.deepEqual(await outcome(create(api, v1)), { status: 400, code: 300303 });
  assert.match((await consoleLine(h, 300303)).why, /JSON 2\.0 only/);
  const noSchema = { body: { elements: [{ tag: 'markdown', content: 'no schema' }] } };
  assert.deepEqual(await outcome(create(api, noSchema)), { status: 400, code: 300303 });

  // A full update (PUT) to an oversized card is refused the same way, and the card stays as it was.
  const cardId = await createdId(api, card('small'));
  const update = api.cardkit.v1.card.update({
    path: { card_id: cardId },
    data: { card: { type: 'card_json', data: JSON.stringify(bigCard()) }, sequence: 1 },
  });
  assert.deepEqual(await outcome(update), { status: 400, code: 200860 });
  // The refused update did not use sequence 1.
  assert.deepEqual(await outcome(stream(api, cardId, 'small', 1)), { status: 400, code: 300309 });
});

test('a patch more than 14 days after the message was sent is refused with 230031', async () => {
  const { h, api, advance } = await setUp();
  const messageId = await sentId(api);
  advance(13 * DAY);
  assert.deepEqual(await outcome(patch(api, messageId, card('day 13'))), { status: 200, code: 0 });
  advance(DAY + MINUTE);
  assert.deepEqual(await outcome(patch(api, messageId, card('day 14'))), { status: 400, code: 230031 });
  const { call, why } = await consoleLine(h, 230031);
  assert.equal(call.status, 400);
  assert.match(why, /more than 14 days ago/);
  const last = h.events.filter((e) => e.type === 'transcript').pop();
  assert.match(JSON.stringify(last), /day 13/);
  assert.doesNotMatch(JSON.stringify(last), /day 14/);
});

test('a sixth patch of one message within a second is refused with 230020; the next second is fine', async () => {
  const { h, api, advance } = await setUp();
  const messageId = await sentId(api);
  const other = await sentId(api);
  const codes: number[] = [];
  for (let i = 1; i <= 6; i++) codes.push((await outcome(patch(api, messageId, card(`edit ${i}`)))).code);
  assert.deepEqual(codes, [0, 0, 0, 0, 0, 230020]);
  assert.match((await consoleLine(h, 230020)).why, /More than 5 updates per second to one message/);
  // The limit is per message: another message is not affected.
  assert.deepEqual(await outcome(patch(api, other, card('other'))), { status: 200, code: 0 });
  advance(1000);
  assert.deepEqual(await outcome(patch(api, messageId, card('edit 7'))), { status: 200, code: 0 });
});

test('update_multi missing before or after a patch is a console warning, not a refusal', async () => {
  const { h, api } = await setUp();
  // 1.0 cards are not shared unless they say so; 2.0 cards are unless they say "update_multi": false.
  const v1 = (text: string, shared?: boolean) => ({
    config: shared === undefined ? {} : { update_multi: shared },
    elements: [{ tag: 'div', text: { tag: 'plain_text', content: text } }],
  });
  const messageId = await sentId(api, v1('not shared'));
  assert.deepEqual(await outcome(patch(api, messageId, v1('still not', true))), { status: 200, code: 0 });
  const first = await h.next('call', (e) => e.call.method === 'PATCH');
  assert.match(first.call.notes.map((n) => n.en).join(' '), /"update_multi": true .* before AND after/);

  const shared = await sentId(api, card('shared'));
  assert.deepEqual(await outcome(patch(api, shared, card('shared too'))), { status: 200, code: 0 });
  const calls = h.events.flatMap((e) => (e.type === 'call' && e.call.method === 'PATCH' ? [e.call] : []));
  assert.equal(calls.length, 2);
  assert.ok(!calls[1].notes.some((n) => /update_multi/.test(n.en)), 'a shared card got the warning');
});

test('more than 10 CardKit calls per second on one card: a console warning (the page gives no code)', async () => {
  const { h, api, advance } = await setUp();
  const cardId = await createdId(api, card('', { update_multi: true, streaming_mode: true }));
  const codes: number[] = [];
  for (let i = 1; i <= 11; i++) codes.push((await outcome(stream(api, cardId, 'a'.repeat(i), i))).code);
  // Accepted: the overview page states the limit without an error code, so it is not enforced here.
  assert.deepEqual(codes, Array(11).fill(0));
  const calls = h.events.flatMap((e) =>
    e.type === 'call' && e.call.path.includes('/content') ? [e.call] : [],
  );
  const warned = calls.map((c) => c.notes.some((n) => /More than 10 calls per second/.test(n.en)));
  assert.deepEqual(warned, [...Array(10).fill(false), true]);
  advance(1000);
  assert.equal((await outcome(stream(api, cardId, 'a'.repeat(12), 12))).code, 0);
  const last = h.events.filter((e) => e.type === 'call').pop();
  assert.ok(last?.type === 'call' && !last.call.notes.some((n) => /10 calls/.test(n.en)));
});

test('streaming switches itself off 10 minutes after it was turned on: 200850, until turned on again', async () => {
  const { h, api, advance } = await setUp();
  const cardId = await createdId(api, card('', { update_multi: true, streaming_mode: true }));
  advance(9 * MINUTE);
  assert.deepEqual(await outcome(stream(api, cardId, 'Thinking', 1)), { status: 200, code: 0 });
  advance(MINUTE);
  assert.deepEqual(await outcome(stream(api, cardId, 'Thinking…', 2)), { status: 400, code: 200850 });
  const { why } = await consoleLine(h, 200850);
  assert.match(why, /switched itself off 10 minutes after it was turned on/);
  assert.match(why, /turn streaming_mode on again/);

  // Turned on again with the settings API, streaming works for another 10 minutes.
  const settings = (on: boolean, sequence: number) =>
    api.cardkit.v1.card.settings({
      path: { card_id: cardId },
      data: { settings: JSON.stringify({ config: { streaming_mode: on } }), sequence },
    });
  assert.deepEqual(await outcome(settings(true, 2)), { status: 200, code: 0 });
  advance(9 * MINUTE);
  assert.deepEqual(await outcome(stream(api, cardId, 'Thinking… done', 3)), { status: 200, code: 0 });
  // Switched off by the bot itself, streaming is "closed" (300309), not "timed out".
  assert.deepEqual(await outcome(settings(false, 4)), { status: 200, code: 0 });
  assert.deepEqual(await outcome(stream(api, cardId, 'more', 5)), { status: 400, code: 300309 });
});

test('a delayed update: the token expires after 30 minutes (300030); over 30 KB is a warning', async () => {
  const { h, api, advance } = await setUp();
  let token = '';
  const bot = await wsBot(h.platform, (data) => {
    token = data.token as string;
    return {};
  });
  cleanup.push(() => bot.close({ force: true }));
  await h.platform.click(click(), 'v2', cardText());
  assert.match(token, /^c-/);
  const update = (content: unknown) =>
    outcome(
      api.request({
        method: 'POST',
        url: '/open-apis/interactive/v1/card/update',
        data: { token, card: content },
      }),
    );
  // The page states 30 KB without an error code: accepted, and the console says so.
  assert.deepEqual(await update(bigCard()), { status: 200, code: 0 });
  const big = await h.next('call', (e) => e.call.path.includes('card/update'));
  assert.match(big.call.notes.map((n) => n.en).join(' '), /limits cards to 30 KB \(it names no error code/);
  advance(30 * MINUTE + 1);
  assert.deepEqual(await update(card('too late')), { status: 400, code: 300030 });
  assert.match((await consoleLine(h, 300030)).why, /older than 30 minutes/);
});
