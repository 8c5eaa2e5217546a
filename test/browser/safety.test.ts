// Hostile strings in every kind of card field stay inert: no script runs, no request leaves the page,
// no markup or style from the card reaches the DOM.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPreview, screenshot, type PreviewPage } from '../support/browser';

let browser: Browser;
let preview: PreviewPage;

before(async () => {
  browser = await launchBrowser();
  preview = await openPreview(browser, { file: 'test/browser/fixtures/hostile.card.json' });
});

after(async () => {
  await preview?.close();
  await browser?.close();
});

test('hostile card content renders as text and never runs', async () => {
  const { page } = preview;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Hover and click everything that could carry a handler, open the select, confirm the button.
  await page.hover('.card-header');
  await page.click('[data-element-id="md"]');
  await page.click('[data-element-id="s"] button.select');
  await page.click('[data-element-id="b"]');
  await page.click('.dialog [data-action="ok"]');
  await page.click('.url-table tr[data-platform="desktop"] button').catch(() => undefined);
  await page.waitForTimeout(300);

  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(preview.foreignRequests, []);
  assert.deepEqual(preview.pageErrors, []);
  // No element from card markup exists; the strings are visible as text.
  const card = page.locator('#card');
  for (const selector of [
    'script',
    'iframe',
    'svg',
    'style',
    'img',
    'b',
    '[onerror]',
    '[onclick]',
    '[onload]',
    '[onmouseover]',
  ])
    assert.equal(await card.locator(selector).count(), 0, `no ${selector} in the card`);
  assert.match(
    await page.locator('.card-header .header-title').innerText(),
    /<script>window.__pwned='script'<\/script>/,
  );
  assert.equal(await page.locator('[data-element-id="md"] a[href^="javascript"]').count(), 0);
  assert.equal(await page.locator('#card [style*="evil"]').count(), 0);
  assert.equal(await page.locator('.url-table tr[data-platform="desktop"] button').isDisabled(), true);
  assert.match(await page.locator('[data-tag^="<img"]').innerText(), /Unknown component/);
  await screenshot(page, 'preview-hostile.png');
});
