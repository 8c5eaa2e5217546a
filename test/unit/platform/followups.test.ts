// What a bot does after a click, through the official SDK's API client against the local platform: a patch
// and a delayed update replace the previewed card (and a delayed update before the answer reverts), a reply
// carries a CardKit card that streams text, a stale sequence is refused with 300317, the token works twice.
import type * as lark from '@larksuiteoapi/node-sdk';
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { CARD_V2, cardText, click, client, startHarness, wsBot, type Harness } from './helpers';

const cleanup: (() => unknown)[] = [];
after(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function setUp(
  handler: (data: Record<string, unknown>, api: lark.Client) => unknown,
): Promise<Harness> {
  const h = await startHarness();
  cleanup.push(() => h.close());
  const api = client(h.platform);
  const bot = await wsBot(h.platform, (data) => handler(data, api));
  cleanup.push(() => bot.close({ force: true }));
  return h;
}

const card = (content: string) => ({
  ...CARD_V2,
  body: { elements: [{ tag: 'markdown', element_id: 'md', content }] },
});

/** The SDK throws on HTTP 400: the platform's code is in the response body. */
async function refusal(call: Promise<unknown>): Promise<number> {
  try {
    await call;
  } catch (error) {
    return (error as { response?: { data?: { code?: number } } }).response?.data?.code ?? -1;
  }
  return 0;
}

test('a patch after the answer replaces the previewed card', async () => {
  let patched!: Promise<unknown>;
  const h = await setUp((data, api) => {
    const messageId = (data.context as { open_message_id: string }).open_message_id;
    setImmediate(() => {
      patched = api.im.message.patch({
        path: { message_id: messageId },
        data: { content: JSON.stringify(card('patched')) },
      });
    });
    return {};
  });
  const messageId = 'om_' + '1'.repeat(32);
  await h.platform.click(click(messageId), 'v2', cardText());
  const update = await h.next('cardUpdate', (e) => e.via === 'patch');
  assert.equal(update.messageId, messageId);
  assert.match(update.text, /patched/);
  assert.equal(((await patched) as { code: number }).code, 0);
  const call = await h.next('call', (e) => e.call.method === 'PATCH');
  assert.equal(call.call.status, 200);
});

test('a delayed update after the answer replaces the card; the token works twice, then 300040', async () => {
  const codes: Promise<number>[] = [];
  const h = await setUp((data, api) => {
    const token = data.token as string;
    setImmediate(() => {
      const update = (text: string) =>
        refusal(
          api.request({
            method: 'POST',
            url: '/open-apis/interactive/v1/card/update',
            data: { token, card: card(text) },
          }),
        );
      codes.push(
        update('delayed 1').then(async (first) => [
          first,
          await update('delayed 2'),
          await update('delayed 3'),
        ]) as never,
      );
    });
    return { toast: { type: 'info', content: 'working on it' } };
  });
  const delivered = await h.platform.click(click(), 'v2', cardText());
  assert.deepEqual(delivered?.answer.toast, { type: 'info', text: 'working on it' });
  await h.next('cardUpdate', (e) => e.via === 'delayed' && e.text.includes('delayed 2'));
  const [results] = (await Promise.all(codes)) as unknown as number[][];
  assert.deepEqual(results, [0, 0, 300040]);
});

test('a delayed update before the answer updates the card, then reverts when the answer arrives', async () => {
  const h = await setUp(async (data, api) => {
    await api.request({
      method: 'POST',
      url: '/open-apis/interactive/v1/card/update',
      data: { token: data.token, card: card('too early') },
    });
    return {};
  });
  await h.platform.click(click(), 'v2', cardText());
  const early = await h.next('cardUpdate', (e) => e.via === 'delayed');
  assert.match(early.text, /too early/);
  const revert = await h.next('cardUpdate', (e) => e.via === 'revert');
  assert.match(revert.text, /before/);
  const call = await h.next('call', (e) => e.call.path.includes('card/update'));
  assert.ok(call.call.notes.some((n) => /before the callback was answered/.test(n.en)));
});

test('a reply whose CardKit card streams text; a stale sequence is refused with 300317', async () => {
  let done!: (codes: number[]) => void;
  const finished = new Promise<number[]>((resolve) => (done = resolve));
  const h = await setUp((data, api) => {
    const messageId = (data.context as { open_message_id: string }).open_message_id;
    setImmediate(async () => {
      const streamingCard = { ...card(''), config: { update_multi: true, streaming_mode: true } };
      const created = await api.cardkit.v1.card.create({
        data: { type: 'card_json', data: JSON.stringify(streamingCard) },
      });
      const cardId = created.data!.card_id!;
      await api.im.message.reply({
        path: { message_id: messageId },
        data: {
          msg_type: 'interactive',
          content: JSON.stringify({ type: 'card', data: { card_id: cardId } }),
        },
      });
      const stream = (content: string, sequence: number) =>
        refusal(
          api.cardkit.v1.cardElement.content({
            path: { card_id: cardId, element_id: 'md' },
            data: { content, sequence },
          }),
        );
      const codes = [await stream('Hel', 1), await stream('Hello', 2), await stream('Hello!', 2)];
      done(codes);
    });
    return {};
  });
  await h.platform.click(click(), 'v2', cardText());
  assert.deepEqual(await finished, [0, 0, 300317]);
  const streamed = await h.next('transcript', (e) =>
    e.messages.some((m) => m.cardText?.includes('"Hello"') ?? false),
  );
  assert.equal(streamed.messages.length, 1);
  assert.equal(streamed.messages[0].via, 'reply');
  assert.ok(streamed.messages[0].cardId);
  // The refused call changed nothing: the card still says "Hello".
  const last = h.events.filter((e) => e.type === 'transcript').pop() as Extract<typeof streamed, object>;
  assert.match(last.messages[0].cardText ?? '', /"Hello"/);
  assert.doesNotMatch(last.messages[0].cardText ?? '', /Hello!/);
  const stale = await h.next('call', (e) => e.call.code === 300317);
  assert.equal(stale.call.status, 400);
});
