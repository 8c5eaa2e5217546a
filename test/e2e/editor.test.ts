// The extension as a user meets it: installed from the packaged .vsix into a real VS Code (code-server),
// driven through Chromium. One workbench for the whole file; each test leaves the editors closed.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, test } from 'node:test';
import { commandTitle, contributesSetting, json, SLOW, Workbench } from './workbench';

const checkerCard = json({
  schema: '2.0',
  body: {
    elements: [
      { tag: 'markdown', content: 'Pick the tasks you finished' },
      { tag: 'checker', name: 'done', behaviors: [{ type: 'open_url', default_url: 'https://example.com' }] },
    ],
  },
});

// The same mistake, in a file the quick-fix test may rewrite.
const fixMe = checkerCard.replace('Pick the tasks you finished', 'Fix me');

// A checker whose behaviour type is still empty: completion there may offer only what a checker accepts.
const emptyBehavior = json({
  schema: '2.0',
  body: { elements: [{ tag: 'checker', name: 'done', behaviors: [{ type: '' }] }] },
});

// A card to click through in the preview: a callback button and a form with a checker and a submit.
const handover = json({
  schema: '2.0',
  body: {
    elements: [
      { tag: 'markdown', content: 'On-call handover' },
      {
        tag: 'button',
        text: { tag: 'plain_text', content: 'Acknowledge' },
        behaviors: [{ type: 'callback', value: { action: 'ack', alarm_id: 'alm_42' } }],
      },
      {
        tag: 'form',
        name: 'handover',
        elements: [
          { tag: 'checker', name: 'logs', text: { tag: 'plain_text', content: 'Read the logs' } },
          {
            tag: 'button',
            name: 'send',
            form_action_type: 'submit',
            type: 'primary',
            text: { tag: 'plain_text', content: 'Hand over' },
          },
        ],
      },
    ],
  },
});

// A card whose console history must survive closing the preview (no other test clicks it).
const history = json({
  schema: '2.0',
  body: {
    elements: [
      { tag: 'markdown', content: 'Deploy checklist' },
      {
        tag: 'button',
        text: { tag: 'plain_text', content: 'Start deploy' },
        behaviors: [{ type: 'callback', value: { action: 'deploy', build: 'hist_7' } }],
      },
    ],
  },
});

// A template card (the builder's `_varloop` mark) without sample data: its variables have no values yet.
const welcome = json({
  schema: '2.0',
  body: {
    elements: [
      { tag: 'markdown', content: 'Hello ${user_name}, you have ${count} open tasks' },
      {
        tag: 'column_set',
        _varloop: '${tasks}',
        columns: [{ tag: 'column', elements: [{ tag: 'markdown', content: '${title}' }] }],
      },
    ],
  },
});

// A checker that calls back on purpose: the author says so through the rule setting.
const tickCallback = json({
  schema: '2.0',
  body: {
    elements: [{ tag: 'checker', name: 'seen', behaviors: [{ type: 'callback', value: { seen: true } }] }],
  },
});

// Valid JSON that is not a card: the extension must stay silent on it.
const plainJson = json({
  name: 'inventory',
  items: [{ id: 1, url: 'https://example.com', type: 'open_url' }],
});

let bench: Workbench;
// Stands in for the card author's callback server: records what it gets and answers with a toast.
const received: string[] = [];
let callbackServer: Server;
const TOAST = 'Handled by the test server';

before(
  async () => {
    callbackServer = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(body);
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ toast: { type: 'success', content: TOAST } }));
      });
    });
    await new Promise<void>((resolve) => callbackServer.listen(0, '127.0.0.1', resolve));
    const callbackUrl = `http://127.0.0.1:${(callbackServer.address() as AddressInfo).port}/callback`;
    bench = await Workbench.launch({
      name: 'editor',
      files: {
        'cards/checker.json': checkerCard,
        'cards/fix-me.json': fixMe,
        'cards/complete-me.json': emptyBehavior,
        'cards/handover.json': handover,
        'cards/history.json': history,
        'cards/welcome.json': welcome,
        'cards/tick.json': tickCallback,
        'data/plain.json': plainJson,
      },
      // Only language-server suggestions in the completion list, and no saving behind the test's back.
      settings: {
        'editor.wordBasedSuggestions': 'off',
        'files.autoSave': 'off',
        'feishuCard.callback.url': callbackUrl,
      },
    });
  },
  { timeout: 600_000 },
);

afterEach(async (t) => {
  // A picture of every test's end state, failed or not; then a clean editor area for the next one.
  await bench?.screenshot(t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()).catch(() => undefined);
  await bench?.closeAllEditors().catch(() => undefined);
});

after(async () => {
  await bench?.close();
  callbackServer?.close();
});

test(
  'a card with mistakes shows its diagnostics with rule ids in the Problems panel',
  { timeout: 180_000 },
  async () => {
    await bench.openFile('cards/checker.json');
    const rows = await bench.waitForProblem('checker-open-url');
    const row = rows.find((text) => text.includes('checker-open-url'))!;
    assert.match(row, /feishu-card/, row);
    // The marker starts at the offending behaviour object, the `{` just above `"type": "open_url"`.
    const lines = checkerCard.split('\n');
    const line = lines.findIndex((text) => text.includes('"open_url"'));
    assert.ok(row.includes(`[Ln ${line}, Col ${lines[line - 1].indexOf('{') + 1}]`), row);
  },
);

test('a plain JSON file gets no card diagnostics', { timeout: 180_000 }, async () => {
  // Closing the card cleared its markers; wait for that, or the check below could pass on stale ones.
  await bench.waitForNoProblem('checker-open-url');
  await bench.openFile('data/plain.json');
  // The server answers documents in order: once a card opened after plain.json has its diagnostics,
  // plain.json has been analysed too, and its silence is a real answer rather than a slow one.
  await bench.openFile('cards/checker.json');
  const rows = await bench.waitForProblem('checker-open-url');
  assert.ok(!rows.some((text) => text.includes('plain.json')), rows.join('\n'));
  const panel = await bench.problemsPanel();
  assert.equal(await panel.locator('.monaco-list-row', { hasText: 'plain.json' }).count(), 0);
});

test(
  'a quick fix from the editor rewrites the card and clears the problem',
  { timeout: 180_000 },
  async () => {
    await bench.openFile('cards/fix-me.json');
    await bench.waitForProblem('checker-open-url');
    await bench.cursorAt(fixMe, '"type": "open_url"');
    await bench.applyQuickFix('Remove the link behavior from the checker');
    await bench.waitForNoProblem('checker-open-url');
    await bench.save();
    const saved = readFileSync(path.join(bench.workspace, 'cards', 'fix-me.json'), 'utf8');
    assert.ok(!saved.includes('open_url'), saved);
    assert.doesNotThrow(() => JSON.parse(saved), saved);
    assert.match(saved, /"tag": "checker"/);
  },
);

test(
  "completion inside a checker's behaviors offers only the types a checker accepts",
  { timeout: 180_000 },
  async () => {
    await bench.openFile('cards/complete-me.json');
    await bench.cursorAt(emptyBehavior, '"type": ""', '"type": "'.length);
    const labels = await bench.completionLabels('callback');
    assert.ok(
      labels.some((label) => label.includes('callback')),
      labels.join(', '),
    );
    assert.ok(!labels.some((label) => label.includes('open_url')), labels.join(', '));
    await bench.page.keyboard.press('Escape');
  },
);

const previewCommand = commandTitle('feishuCard.openPreview');

test(
  'the preview shows the card, and clicks and form submits show their callback bodies',
  {
    timeout: 240_000,
    skip: previewCommand ? false : 'the extension does not contribute feishuCard.openPreview yet',
  },
  async () => {
    // No lost edits: opening, previewing and clicking through a card must leave it byte-for-byte as it was.
    const cardPath = path.join(bench.workspace, 'cards', 'handover.json');
    const bytesBefore = readFileSync(cardPath);
    await bench.openFile('cards/handover.json');
    await bench.runCommand(previewCommand!);
    const preview = bench.previewFrame();
    await preview.getByText('On-call handover').filter({ visible: true }).first().waitFor({ timeout: SLOW });
    await bench.screenshot('preview-open');

    await preview.getByRole('button', { name: 'Acknowledge' }).filter({ visible: true }).first().click();
    // The console shows the request body the platform would POST, with the button's value in it.
    await bench.waitForPreviewText('card.action.trigger');
    await bench.waitForPreviewText('alm_42');

    await preview.getByText('Read the logs').filter({ visible: true }).first().click();
    await preview.getByRole('button', { name: 'Hand over' }).filter({ visible: true }).first().click();
    await bench.waitForPreviewText('form_value');
    // Clicking a component in the preview reveals (selects) its JSON in the editor, while the focus stays
    // in the preview (the click may be the start of typing into a preview input).
    assert.equal(
      await bench.page
        .locator('.statusbar')
        .getByText(/\(\d+ selected\)/)
        .count(),
      0,
      'a click in the preview moved the focus to the editor',
    );
    await bench.runCommand('View: Focus First Editor Group');
    await bench.page
      .locator('.statusbar')
      .getByText(/\(\d+ selected\)/)
      .first()
      .waitFor({ timeout: SLOW });
    await bench.screenshot('preview-callbacks');

    assert.ok(readFileSync(cardPath).equals(bytesBefore), 'the card file changed on disk');
    // Nor is the open editor left modified (a dirty tab would be an unsaved, unasked-for edit).
    assert.equal(await bench.page.locator('.tab.dirty').count(), 0, 'an editor tab is dirty');
  },
);

test(
  "the console's Export writes the callbacks it shows to the file the user picks in the save dialog",
  { timeout: 240_000, skip: previewCommand ? false : 'the extension does not contribute the preview yet' },
  async () => {
    await bench.openFile('cards/handover.json');
    await bench.runCommand(previewCommand!);
    const preview = bench.previewFrame();
    await preview.getByRole('button', { name: 'Acknowledge' }).filter({ visible: true }).first().click();
    await bench.waitForPreviewText('alm_42');
    await preview.locator('#console-export').click();
    // code-server's save dialog is a quick input holding the proposed path; the user accepts it.
    await bench.waitForQuickInputValue(/feishu-card-callbacks\.json$/);
    await bench.acceptQuickInput();
    const target = path.join(bench.workspace, 'feishu-card-callbacks.json');
    // The editor creates the file before it writes its content (seen once as an empty file at the first look):
    // wait for the whole JSON, not only for the file.
    const deadline = Date.now() + SLOW;
    const written = () => {
      try {
        return JSON.parse(readFileSync(target, 'utf8')) as unknown[];
      } catch {
        return undefined;
      }
    };
    let exported = written();
    while (exported === undefined && Date.now() < deadline) {
      await bench.page.waitForTimeout(250);
      exported = written();
    }
    assert.ok(existsSync(target), 'no file was written where the save dialog pointed');
    assert.ok(Array.isArray(exported) && exported.length > 0, 'the export holds the console entries');
    assert.match(JSON.stringify(exported), /card\.action\.trigger/);
    assert.match(JSON.stringify(exported), /alm_42/);
  },
);

test(
  'with feishuCard.callback.url set, a click reaches that server and its toast shows in the preview',
  {
    timeout: 240_000,
    skip:
      previewCommand && contributesSetting('feishuCard.callback.url')
        ? false
        : 'the extension does not contribute the preview and feishuCard.callback.url yet',
  },
  async () => {
    await bench.openFile('cards/handover.json');
    await bench.runCommand(previewCommand!);
    const preview = bench.previewFrame();
    await preview
      .getByRole('button', { name: 'Acknowledge' })
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: SLOW });
    const before = received.length;
    await preview.getByRole('button', { name: 'Acknowledge' }).filter({ visible: true }).first().click();
    await preview.getByText(TOAST).filter({ visible: true }).first().waitFor({ timeout: SLOW });
    await bench.screenshot('preview-toast');
    const body = received.slice(before).find((text) => text.includes('alm_42'));
    assert.ok(body, `the test server got: ${received.slice(before).join('\n') || 'nothing'}`);
    assert.match(body, /card\.action\.trigger/);
  },
);

test('Ctrl+Shift+V in a card editor opens the preview', { timeout: 240_000 }, async () => {
  await bench.openFile('cards/handover.json');
  // The CodeLens shows once the extension runs and knows this is a card (the keybinding's context key).
  await bench
    .editor()
    .locator('.codelens-decoration', { hasText: 'Open Preview to the Side' })
    .first()
    .waitFor({ state: 'attached', timeout: SLOW });
  await bench.editor().locator('.view-lines').click();
  await bench.page.keyboard.press('Control+Shift+V');
  const preview = bench.previewFrame();
  await preview.getByText('On-call handover').filter({ visible: true }).first().waitFor({ timeout: SLOW });
  await bench.page.locator('.tabs-container .tab', { hasText: 'Preview handover.json' }).waitFor();
});

test(
  'Create the Sample-Data File writes sample values beside a template card and its variable findings go',
  { timeout: 240_000 },
  async () => {
    await bench.openFile('cards/welcome.json');
    const rows = await bench.waitForProblem('variable-undefined');
    assert.ok(
      rows.some((row) => row.includes('${user_name}')),
      rows.join('\n'),
    );
    await bench.runCommand(commandTitle('feishuCard.createSampleData')!);
    // The file opens beside the card, saved; every top-level variable has a value of its shape.
    await bench.page.locator('.tabs-container .tab', { hasText: 'welcome.data.json' }).waitFor();
    const target = path.join(bench.workspace, 'cards', 'welcome.data.json');
    const deadline = Date.now() + SLOW;
    while (!existsSync(target) && Date.now() < deadline) await bench.page.waitForTimeout(250);
    const data = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(data).sort(), ['count', 'tasks', 'user_name']);
    assert.ok(Array.isArray(data.tasks) && data.tasks.length > 0, JSON.stringify(data));
    assert.ok('title' in (data.tasks[0] as object), JSON.stringify(data));
    // The card is analysed again with its new data: nothing is undefined any more.
    await bench.waitForNoProblem('variable-undefined');
  },
);

test(
  "the console's history of a card is there again when its preview is closed and reopened",
  { timeout: 240_000 },
  async () => {
    await bench.openFile('cards/history.json');
    await bench.runCommand(previewCommand!);
    let preview = bench.previewFrame();
    const button = () =>
      preview.getByRole('button', { name: 'Start deploy' }).filter({ visible: true }).first();
    await button().waitFor({ timeout: SLOW });
    await button().click();
    await bench.waitForPreviewText('hist_7');
    await bench.screenshot('history-before-close');

    const tab = bench.page.locator('.tabs-container .tab', { hasText: 'Preview history.json' });
    await tab.locator('.codicon-close').click();
    await tab.waitFor({ state: 'detached' });
    await bench.page.locator('iframe.webview.ready').waitFor({ state: 'detached', timeout: SLOW });

    await bench.openFile('cards/history.json');
    await bench.runCommand(previewCommand!);
    preview = bench.previewFrame();
    await button().waitFor({ timeout: SLOW });
    await bench.waitForPreviewText('hist_7');
    const items = preview.locator('#console-list .console-item');
    assert.equal(await items.count(), 1, await items.allInnerTexts().then((t) => t.join('\n')));
    // Kept without the Verification Token: the restored body carries the token this preview sends.
    const body = await preview.locator('#request').inputValue();
    assert.ok(!body.includes('••••••'), body);
    assert.match(body, /"token": "[A-Za-z0-9]+"/);

    // Per card file: the preview follows another card with that card's (empty) history, and back.
    await bench.openFile('cards/checker.json');
    await preview.getByText('Pick the tasks you finished').filter({ visible: true }).first().waitFor();
    await preview.locator('#console-list .console-empty').waitFor();
    await bench.openFile('cards/history.json');
    await button().waitFor();
    await bench.waitForPreviewText('hist_7');
    assert.equal(await items.count(), 1);
  },
);

test(
  '"Not sent" callbacks offer a button that opens the Settings editor on feishuCard.callback.url',
  { timeout: 240_000 },
  async () => {
    const settingsFile = path.join(bench.workspace, '.vscode', 'settings.json');
    await bench.openFile('cards/handover.json');
    await bench.runCommand(previewCommand!);
    const preview = bench.previewFrame();
    const acknowledge = preview
      .getByRole('button', { name: 'Acknowledge' })
      .filter({ visible: true })
      .first();
    await acknowledge.waitFor({ timeout: SLOW });
    // This folder's empty URL overrides the user's: from now on nothing is sent.
    mkdirSync(path.dirname(settingsFile), { recursive: true });
    writeFileSync(settingsFile, json({ 'feishuCard.callback.url': '' }));
    try {
      // The preview learns of the change when VS Code has read the file: click until a callback stays here.
      const notSent = preview.locator('#not-sent').filter({ visible: true });
      const deadline = Date.now() + SLOW;
      for (;;) {
        await acknowledge.click();
        const shown = await notSent
          .waitFor({ timeout: 5_000 })
          .then(() => true)
          .catch(() => false);
        if (shown) break;
        if (Date.now() > deadline) throw new Error('the preview kept sending after the URL was emptied');
      }
      await bench.screenshot('not-sent');
      await preview.locator('#open-callback-setting').click();
      const editor = bench.page.locator('.settings-editor');
      await editor.waitFor({ timeout: SLOW });
      await editor
        .locator('.suggest-input-container .view-lines', { hasText: 'feishuCard.callback.url' })
        .waitFor({ timeout: SLOW });
      // The setting itself comes first (other settings that mention it in their text may follow).
      await editor
        .locator('.setting-item-contents')
        .first()
        .filter({ hasText: /Callback:\s*Url/ })
        .waitFor({ timeout: SLOW });
    } finally {
      rmSync(settingsFile, { force: true });
    }
  },
);

test(
  'a callback on a checker can be declared intended: the rule turns off for the workspace',
  { timeout: 240_000 },
  async () => {
    await bench.openFile('cards/tick.json');
    await bench.waitForProblem('checker-callback');
    await bench.cursorAt(tickCallback, '"type": "callback"');
    await bench.applyQuickFix('This is intended: turn off checker-callback in settings');
    await bench.waitForNoProblem('checker-callback');
    const settingsFile = path.join(bench.workspace, '.vscode', 'settings.json');
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    assert.deepEqual(settings['feishuCard.rules'], { 'checker-callback': 'off' });
    // The card itself is untouched.
    assert.equal(readFileSync(path.join(bench.workspace, 'cards', 'tick.json'), 'utf8'), tickCallback);
  },
);
