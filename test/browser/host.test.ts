// The page as served by `feishu-card preview`: follows the file, keeps the last good render on syntax
// errors, renders 1.0 cards, speaks Chinese, and shows a server's answer (toast, new card, errors).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPreview } from '../support/browser';

let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), 'card-preview-'));

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const card = (text: string) =>
  JSON.stringify({
    schema: '2.0',
    body: {
      elements: [
        { tag: 'markdown', element_id: 'm', content: text },
        { tag: 'button', element_id: 'go', text: { tag: 'plain_text', content: 'Go' } },
      ],
    },
  });

test('re-renders when the file changes; a syntax error keeps the last good render with a notice', async () => {
  const file = path.join(dir, 'live.card.json');
  writeFileSync(file, card('first'));
  const p = await openPreview(browser, { file });
  try {
    assert.equal(await p.page.locator('[data-element-id="m"]').innerText(), 'first');
    writeFileSync(file, card('second'));
    await p.page.waitForSelector('[data-element-id="m"]:has-text("second")');
    writeFileSync(file, card('third').slice(0, -3));
    await p.page.waitForSelector('#notice:not([hidden])');
    assert.match(await p.page.locator('#notice').innerText(), /syntax errors/);
    assert.equal(await p.page.locator('[data-element-id="m"]').innerText(), 'second');
  } finally {
    await p.close();
  }
});

test('1.0 cards render their action module and note; legacy values call back', async () => {
  const p = await openPreview(browser, { file: 'test/browser/fixtures/v1.card.json' });
  try {
    assert.equal(await p.page.locator('[data-tag="action"] .btn').count(), 2);
    assert.equal(await p.page.locator('[data-tag="note"]').innerText(), 'a note');
    await p.page.click('[data-tag="action"] .btn >> nth=0');
    const request = JSON.parse(await p.page.locator('#request').inputValue());
    assert.deepEqual(request.event.action, { value: { approve: true }, tag: 'button' });
    await p.page.click('[data-tag="action"] .btn >> nth=1');
    assert.equal(
      await p.page.locator('#console-list li.console-item >> nth=-1').getAttribute('data-kind'),
      'open_url',
    );
  } finally {
    await p.close();
  }
});

test('labels follow the locale', async () => {
  const p = await openPreview(browser, { file: 'test/browser/fixtures/v1.card.json', locale: 'zh' });
  try {
    assert.equal(await p.page.locator('[data-name="theme"] [data-value="light"]').innerText(), '浅色');
    assert.equal(await p.page.locator('.console-title').innerText(), '回调控制台');
  } finally {
    await p.close();
  }
});

test("a server's answers come back: toast, replacement card with its problems, a 500", async () => {
  const answers: unknown[] = [
    { toast: { type: 'success', content: 'Saved!' } },
    { card: { type: 'raw', data: JSON.parse(card('from the server')) } },
  ];
  const received: unknown[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(JSON.parse(body));
      const answer = answers.shift();
      if (answer === undefined) {
        res.writeHead(500).end('boom');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/card`;
  const file = path.join(dir, 'answer.card.json');
  writeFileSync(file, card('original'));
  const p = await openPreview(browser, { file, url, verificationToken: 'vt123' });
  try {
    await p.page.click('[data-element-id="go"]');
    await p.page.waitForSelector('.toast:has-text("Saved!")');
    assert.match(await p.page.locator('#answer').innerText(), /Status 200/);
    const first = received[0] as { header: { token: string }; event: { action: unknown } };
    assert.equal(first.header.token, 'vt123');
    assert.deepEqual(first.event.action, { tag: 'button' });
    assert.equal(
      JSON.stringify(first),
      await p.page
        .locator('#request')
        .inputValue()
        .then((t) => JSON.stringify(JSON.parse(t))),
    );

    await p.page.click('[data-element-id="go"]');
    await p.page.waitForSelector('[data-element-id="m"]:has-text("from the server")');
    assert.match(await p.page.locator('#notice').innerText(), /server/);
    await p.page.click('#back-to-file');
    await p.page.waitForSelector('[data-element-id="m"]:has-text("original")');

    await p.page.click('[data-element-id="go"]');
    await p.page.waitForSelector('.toast-error');
    assert.match(await p.page.locator('#answer').innerText(), /Status 500/);
  } finally {
    await p.close();
    server.close();
  }
  assert.ok(readFileSync(file, 'utf8').includes('original'), 'the preview never edits the file');
});

test('a template card is shown with its sample data; a click sends the bound object and names the variables', async () => {
  const p = await openPreview(browser, { file: 'test/fixtures/templates/alarm.card.json' });
  try {
    // The loop over `metrics` is expanded and the variables are filled in.
    await p.page.waitForSelector('text=billing-api');
    assert.equal(await p.page.locator('text=${service}').count(), 0);
    await p.page.getByText('Mark as handled').click();
    const request = JSON.parse(await p.page.locator('#request').inputValue());
    assert.deepEqual(request.event.action.value, { action: 'complete_alarm', alarm_id: 42 });
    assert.match(await p.page.locator('#entry-note').innerText(), /complete_action/);
  } finally {
    await p.close();
  }
});
