// The whole loop in the real page served by `feishu-card preview --platform`: a bot written with the
// official Node SDK connects over its long connection, the status says so, a click in the preview reaches
// it, its toast shows, and its patch replaces the previewed card; its reply shows in the chat transcript
// under the card and the API calls are in the console. The bot runs in this same process, as a bot's own
// tests would: the SDK loaded after the platform once made every long-connection frame undecodable.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPreview } from '../support/browser';
import { CARD_V2, client, wsBot } from '../unit/platform/helpers';

let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), 'card-platform-'));

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const card = (content: string) => ({
  ...CARD_V2,
  body: { elements: [{ tag: 'markdown', element_id: 'md', content }] },
});

// Bounded: every wait below is on the page or the bot, never on time, and gives up with the test.
const bounded = { timeout: 60_000 };

test(
  'a long-connection bot connects, a click reaches it, its toast, patch and reply show in the preview',
  bounded,
  async () => {
    const file = path.join(dir, 'bot.card.json');
    writeFileSync(file, JSON.stringify(CARD_V2));
    // This test is about connecting; a loaded machine can make the bot miss the platform's 3 s deadline,
    // which test/unit/platform/callbacks.test.ts pins with a deliberately slow bot.
    const p = await openPreview(browser, { file, platform: { port: 0, answerDeadlineMs: 30_000 } });
    p.page.setDefaultTimeout(20_000);
    const platformUrl = p.server.platformUrl!;
    const api = client({ url: platformUrl } as never);
    const bot = await wsBot({ url: platformUrl } as never, (data) => {
      const messageId = (data.context as { open_message_id: string }).open_message_id;
      setImmediate(() => {
        // A refused call shows as the missing patch / reply below, not as an unhandled rejection.
        api.im.message
          .patch({
            path: { message_id: messageId },
            data: { content: JSON.stringify(card('patched by the bot')) },
          })
          .catch(() => undefined);
        api.im.message
          .reply({
            path: { message_id: messageId },
            data: { msg_type: 'interactive', content: JSON.stringify(card('a reply card')) },
          })
          .catch(() => undefined);
      });
      return { toast: { type: 'success', content: 'on it' } };
    });
    try {
      await p.page.waitForSelector('#platform-status[data-state="connected"]');
      assert.match(await p.page.locator('#platform-status').innerText(), /long connection/);
      await p.page.click('#card [data-element-id="go"]');
      await p.page.waitForSelector('.toast-success:has-text("on it")');
      await p.page.waitForSelector('#card [data-element-id="md"]:has-text("patched by the bot")');
      await p.page.waitForSelector(
        '#transcript .transcript-card [data-element-id="md"]:has-text("a reply card")',
      );
      await p.page.waitForSelector(
        '#console-list li[data-kind="api"]:has-text("PATCH /open-apis/im/v1/messages/")',
      );
      assert.deepEqual(p.pageErrors, []);
      assert.deepEqual(p.foreignRequests, []);
    } finally {
      bot.close({ force: true });
      await p.close();
    }
  },
);

test('without a bot the status shows the two SDK lines to copy', bounded, async () => {
  const file = path.join(dir, 'wait.card.json');
  writeFileSync(file, JSON.stringify(CARD_V2));
  const p = await openPreview(browser, { file, platform: { port: 0 } });
  try {
    await p.page.waitForSelector('#platform-status[data-state="waiting"]');
    const lines = await p.page.locator('#platform-status .sdk-lines').innerText();
    assert.match(
      lines,
      new RegExp(`new lark\\.Client\\(\\{ appId, appSecret, domain: '${p.server.platformUrl}' \\}\\)`),
    );
    assert.match(lines, /new lark\.WSClient/);
  } finally {
    await p.close();
  }
});
