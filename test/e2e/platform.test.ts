// The local Feishu platform in the real editor: settings turn it on, a bot written with the official Node SDK
// (in this test process, unmodified, only its `domain` pointed at the platform) connects over its long
// connection, the preview's status says so, a click in the preview webview reaches the bot, and the bot's
// toast and its patch of the clicked card show in the preview. Its own file: one code-server for this flow.
import type * as lark from '@larksuiteoapi/node-sdk';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, test } from 'node:test';
import { client, wsBot } from '../unit/platform/helpers';
import { commandTitle, contributesSetting, json, SLOW, Workbench } from './workbench';

const card = (content: string) => ({
  schema: '2.0',
  config: { update_multi: true },
  body: {
    elements: [
      { tag: 'markdown', element_id: 'md', content },
      {
        tag: 'button',
        element_id: 'go',
        text: { tag: 'plain_text', content: 'Escalate' },
        behaviors: [{ type: 'callback', value: { action: 'escalate' } }],
      },
    ],
  },
});

const previewCommand = commandTitle('feishuCard.openPreview');
const ready = !!previewCommand && contributesSetting('feishuCard.platform.enabled');

/** A port free right now (the panel falls back to any free port if it is taken meanwhile; we read its URL). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let bench: Workbench | undefined;
let bot: lark.WSClient | undefined;
const clicks: Record<string, unknown>[] = [];

before(
  async () => {
    if (!ready) return;
    bench = await Workbench.launch({
      name: 'platform',
      files: { 'cards/escalation.json': json(card('Disk almost full on db-3')) },
      settings: {
        'files.autoSave': 'off',
        'feishuCard.platform.enabled': true,
        'feishuCard.platform.port': await freePort(),
      },
    });
  },
  { timeout: 600_000 },
);

afterEach(async (t) => {
  await bench?.screenshot(t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()).catch(() => undefined);
});

after(async () => {
  bot?.close({ force: true });
  await bench?.close();
});

test(
  "an SDK bot connects to the editor's local platform, answers a click with a toast and patches the card",
  {
    timeout: 300_000,
    skip: ready ? false : 'the extension does not contribute the preview and feishuCard.platform yet',
  },
  async () => {
    const b = bench!;
    await b.openFile('cards/escalation.json');
    await b.runCommand(previewCommand!);
    const preview = b.previewFrame();
    await preview
      .getByText('Disk almost full on db-3')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: SLOW });

    // Waiting: the status shows the SDK lines with the platform's address, which is what the author copies.
    const status = preview.locator('#platform-status');
    await preview.locator('#platform-status[data-state="waiting"]').waitFor({ timeout: SLOW });
    const lines = await status.locator('.sdk-lines').innerText();
    const url = /domain: '(http:\/\/127\.0\.0\.1:\d+)'/.exec(lines)?.[1];
    assert.ok(url, `no platform address in the status: ${lines}`);

    const api = client({ url } as never);
    const patches: Promise<unknown>[] = [];
    bot = await wsBot({ url } as never, (data) => {
      clicks.push(data);
      const messageId = (data.context as { open_message_id: string }).open_message_id;
      // After the answer, as the delayed-update and patch pages ask.
      setImmediate(() =>
        patches.push(
          api.im.message.patch({
            path: { message_id: messageId },
            data: { content: JSON.stringify(card('Escalated to the on-call DBA')) },
          }),
        ),
      );
      return { toast: { type: 'info', content: 'Paging the DBA' } };
    });

    await preview.locator('#platform-status[data-state="connected"]').waitFor({ timeout: SLOW });
    assert.match(await status.innerText(), /long connection/);
    await b.screenshot('bot-connected');

    await preview.getByRole('button', { name: 'Escalate' }).filter({ visible: true }).first().click();
    await preview.getByText('Paging the DBA').filter({ visible: true }).first().waitFor({ timeout: SLOW });
    await preview
      .locator('#card [data-element-id="md"]', { hasText: 'Escalated to the on-call DBA' })
      .waitFor({ timeout: SLOW });
    await b.screenshot('card-patched');

    assert.equal(clicks.length, 1, 'the bot got the click once');
    const click = clicks[0];
    assert.deepEqual((click.action as { value: unknown }).value, { action: 'escalate' });
    assert.equal(((await patches[0]) as { code: number }).code, 0, 'the SDK saw the patch accepted');
    // The console lists the API call with its path.
    await b.waitForPreviewText('PATCH /open-apis/im/v1/messages/');
    // Nothing was written to the card file by any of this.
    assert.equal(await b.page.locator('.tab.dirty').count(), 0, 'an editor tab is dirty');
  },
);
