// JSON 1.0 in the preview, in real Chromium: a div's `extra` element is drawn and clickable like any other,
// markdown `[x]($name)` links go where `href` says, and the action module's `layout` (bisected: two per
// row, trisection: three per row) shares the row out evenly as the 1.0 common-components page describes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, openPreview, type PreviewPage } from '../support/browser';

let browser: Browser;
let preview: PreviewPage;

before(async () => {
  browser = await launchBrowser();
  preview = await openPreview(browser, { file: 'test/browser/fixtures/v1-layouts.card.json' });
});

after(async () => {
  await preview?.close();
  await browser?.close();
});

async function boxes(locator: Locator) {
  const out = [];
  for (let i = 0; i < (await locator.count()); i++) {
    const box = await locator.nth(i).boundingBox();
    assert.ok(box);
    out.push(box);
  }
  return out;
}

test("a div's extra button is drawn beside the text and calls back with its value", async () => {
  const { page } = preview;
  const extra = page.locator('[data-tag="div"] .extra .btn');
  assert.equal(await extra.innerText(), 'Ship');
  const [text] = await boxes(page.locator('[data-tag="div"] .div-main'));
  const [button] = await boxes(extra);
  assert.ok(button.x >= text.x + text.width - 1, 'the button stands right of the text');
  await extra.click();
  const request = JSON.parse(await page.locator('#request').inputValue());
  assert.deepEqual(request.event.action.value, { from: 'extra', build: 42 });
});

test('markdown href links resolve to the declared address (the PC one in this desktop view)', async () => {
  const link = preview.page.locator('[data-tag="markdown"] a');
  assert.equal(await link.innerText(), 'release notes');
  assert.equal(await link.getAttribute('href'), 'https://example.com/notes-pc');
});

test('action layout: bisected puts two equal buttons per row, trisection three', async () => {
  const { page } = preview;
  const [two, three] = [
    page.locator('[data-tag="action"] >> nth=0'),
    page.locator('[data-tag="action"] >> nth=1'),
  ];
  const [a, b, c] = await boxes(two.locator('.btn'));
  assert.equal(Math.round(a.y), Math.round(b.y), 'A and B share a row');
  assert.ok(c.y > a.y + a.height - 1, 'C starts the next row');
  assert.ok(Math.abs(a.width - b.width) <= 1, 'equal halves');
  const [row] = await boxes(two);
  assert.ok(a.width + b.width > row.width * 0.9, 'the halves fill the row');
  const thirds = await boxes(three.locator('.btn'));
  assert.equal(new Set(thirds.map((t) => Math.round(t.y))).size, 1, 'three in one row');
  assert.ok(Math.abs(thirds[0].width - thirds[2].width) <= 1, 'equal thirds');
  assert.ok(thirds[0].width > row.width * 0.28, 'each a third of the row');
});
