// The chat transcript under the preview, in the real page served by `feishu-card preview --platform`, with a
// bot written with the official Node SDK: a CardKit card in streaming mode is typed out as the client does
// (intermediate text seen, the final text equal to the content sent, another card's focus kept), and a
// transcript card is clickable with its own open_message_id, keeping what the user typed into it while the
// preview redraws.
import type * as lark from '@larksuiteoapi/node-sdk';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPreview, type PreviewPage } from '../support/browser';
import { CARD_V2, client, wsBot } from '../unit/platform/helpers';

let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), 'card-platform-chat-'));

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

// Bounded: every wait below is on the page or the bot, never on time, and gives up with the test.
const bounded = { timeout: 90_000 };

interface Session {
  p: PreviewPage;
  api: lark.Client;
  bot: lark.WSClient;
  /** Every click the bot got, in order. */
  clicks: Record<string, unknown>[];
  /** Clicks the preview card's "go" button, waits for the bot's toast, and returns the click's message id. */
  clickPreview(): Promise<string>;
  close(): Promise<void>;
}

async function session(name: string): Promise<Session> {
  const file = path.join(dir, `${name}.card.json`);
  writeFileSync(file, JSON.stringify(CARD_V2));
  const p = await openPreview(browser, { file, platform: { port: 0 } });
  p.page.setDefaultTimeout(30_000);
  const url = p.server.platformUrl!;
  const api = client({ url } as never);
  const clicks: Record<string, unknown>[] = [];
  const bot = await wsBot({ url } as never, (data) => {
    clicks.push(data);
    return { toast: { type: 'success', content: `got click ${clicks.length}` } };
  });
  await p.page.waitForSelector('#platform-status[data-state="connected"]');
  return {
    p,
    api,
    bot,
    clicks,
    clickPreview: async () => {
      const n = clicks.length + 1;
      await p.page.click('#card [data-element-id="go"]');
      await p.page.waitForSelector(`.toast-success:has-text("got click ${n}")`);
      return (clicks[n - 1].context as { open_message_id: string }).open_message_id;
    },
    close: async () => {
      bot.close({ force: true });
      await p.close();
    },
  };
}

const md = (content: string) => ({ tag: 'markdown', element_id: 'md', content });

test(
  'a streaming CardKit reply is typed out in the transcript and ends on the content sent',
  bounded,
  async () => {
    const s = await session('stream');
    try {
      const messageId = await s.clickPreview();
      // First a card to type into: the user is writing in it while the next one streams.
      const draft = {
        schema: '2.0',
        body: { elements: [{ tag: 'input', name: 'draft', element_id: 'draft' }] },
      };
      await s.api.im.message.reply({
        path: { message_id: messageId },
        data: { msg_type: 'interactive', content: JSON.stringify(draft) },
      });
      // The bot's follow-up, after the answer (a streaming update during the interaction would be 200810).
      const streamingCard = {
        schema: '2.0',
        config: {
          update_multi: true,
          streaming_mode: true,
          streaming_config: {
            print_frequency_ms: { default: 30, pc: 30 },
            print_step: { default: 1, pc: 1 },
            print_strategy: 'fast',
          },
        },
        body: { elements: [md(''), { tag: 'input', name: 'follow', element_id: 'follow' }] },
      };
      const created = await s.api.cardkit.v1.card.create({
        data: { type: 'card_json', data: JSON.stringify(streamingCard) },
      });
      const cardId = created.data!.card_id!;
      await s.api.im.message.reply({
        path: { message_id: messageId },
        data: {
          msg_type: 'interactive',
          content: JSON.stringify({ type: 'card', data: { card_id: cardId } }),
        },
      });
      const line = '#transcript .transcript-card [data-element-id="md"]';
      await s.p.page.waitForSelector(line, { state: 'attached' });
      // The user writes into the streaming card's own field, then into the other card, and goes on there.
      const input = (id: string) =>
        `#transcript [data-element-id="${id}"] input, #transcript [data-element-id="${id}"] textarea`;
      await s.p.page.fill(input('follow'), 'and why?');
      // The streamed card is redrawn as the previewed card is: only what changed, so its input's node stays.
      await s.p.page.evaluate(`window.follow = document.querySelector(${JSON.stringify(input('follow'))})`);
      const field = input('draft');
      await s.p.page.click(field);
      await s.p.page.keyboard.type('half a thought');
      // Every text the transcript card shows from now on, as the page draws it.
      // A string, not a function: the test's TypeScript transform adds helpers the page does not have.
      await s.p.page.evaluate(`(() => {
      const seen = (window.seen = []);
      new MutationObserver(() => {
        const text = document.querySelector(${JSON.stringify(line)})?.textContent?.trim();
        if (text !== undefined && seen.at(-1) !== text) seen.push(text);
      }).observe(document.getElementById('transcript'), { subtree: true, childList: true, characterData: true });
    })()`);
      const first = 'The answer';
      const final = 'The answer is forty-two, said the deep thought bot.';
      const stream = (content: string, sequence: number) =>
        s.api.cardkit.v1.cardElement.content({
          path: { card_id: cardId, element_id: 'md' },
          data: { content, sequence },
        });
      await stream(first, 1);
      await stream(final, 2);
      await s.p.page.waitForFunction(
        ({ selector, text }) => document.querySelector(selector)?.textContent?.trim() === text,
        { selector: line, text: final },
      );
      const seen = await s.p.page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      assert.equal(seen.at(-1), final);
      for (const text of seen) assert.ok(final.startsWith(text), `"${text}" is not a prefix of the content`);
      // Typed: the page showed text between the two updates' contents, not just the two of them.
      const typed = seen.filter((text) => text.length > first.length && text.length < final.length);
      assert.ok(typed.length >= 2, `no intermediate text between the updates: ${JSON.stringify(seen)}`);
      // The streamed card kept what was typed into it (its input did not change, only the text did).
      assert.equal(await s.p.page.inputValue(input('follow')), 'and why?');
      assert.ok(
        await s.p.page.evaluate(
          `window.follow === document.querySelector(${JSON.stringify(input('follow'))})`,
        ),
        'the streamed card drew its unchanged input again',
      );
      // The other card was left alone all along: its text and the focus are where the user left them.
      assert.equal(await s.p.page.inputValue(field), 'half a thought');
      assert.ok(
        await s.p.page.locator(field).evaluate((node) => node === document.activeElement),
        'the streaming card took the focus from the card being typed into',
      );
      assert.deepEqual(s.p.pageErrors, []);
    } finally {
      await s.close();
    }
  },
);

test(
  'a transcript card is clicked with its own open_message_id and keeps typed values while the preview redraws',
  bounded,
  async () => {
    const s = await session('transcript');
    try {
      const previewId = await s.clickPreview();
      const replyCard = {
        schema: '2.0',
        body: {
          elements: [
            md('Which release?'),
            {
              tag: 'button',
              element_id: 'ack',
              text: { tag: 'plain_text', content: 'Ack reply' },
              behaviors: [{ type: 'callback', value: { action: 'ack' } }],
            },
            {
              tag: 'form',
              name: 'f',
              element_id: 'f',
              elements: [
                { tag: 'input', name: 'note', element_id: 'note' },
                {
                  tag: 'button',
                  name: 'send',
                  element_id: 'send',
                  form_action_type: 'submit',
                  text: { tag: 'plain_text', content: 'Send note' },
                },
              ],
            },
          ],
        },
      };
      const replied = await s.api.im.message.reply({
        path: { message_id: previewId },
        data: { msg_type: 'interactive', content: JSON.stringify(replyCard) },
      });
      const replyId = replied.data!.message_id!;
      assert.notEqual(replyId, previewId);
      const inTranscript = (id: string) => `#transcript .transcript-card [data-element-id="${id}"]`;
      await s.p.page.click(inTranscript('ack'));
      await s.p.page.waitForSelector('.toast-success:has-text("got click 2")');
      const ack = s.clicks[1];
      assert.equal((ack.context as { open_message_id: string }).open_message_id, replyId);
      assert.deepEqual((ack.action as { value: unknown }).value, { action: 'ack' });

      // What the user types stays through redraws: the bot patching the previewed card, a theme change.
      const field = `${inTranscript('note')} input, ${inTranscript('note')} textarea`;
      await s.p.page.fill(field, 'release 4.2 tonight');
      await s.api.im.message.patch({
        path: { message_id: previewId },
        data: {
          content: JSON.stringify({
            ...CARD_V2,
            body: { elements: [md('patched'), CARD_V2.body.elements[1]] },
          }),
        },
      });
      await s.p.page.waitForSelector('#card [data-element-id="md"]:has-text("patched")');
      await s.p.page.getByRole('button', { name: 'Dark', exact: true }).click();
      assert.equal(await s.p.page.inputValue(field), 'release 4.2 tonight');

      await s.p.page.click(inTranscript('send'));
      await s.p.page.waitForSelector('.toast-success:has-text("got click 3")');
      const submit = s.clicks[2];
      assert.equal((submit.context as { open_message_id: string }).open_message_id, replyId);
      assert.deepEqual((submit.action as { form_value?: unknown }).form_value, {
        note: 'release 4.2 tonight',
      });
      assert.deepEqual(s.p.pageErrors, []);
    } finally {
      await s.close();
    }
  },
);
