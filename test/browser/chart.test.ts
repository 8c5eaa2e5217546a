// Charts drawn with VChart in real Chromium, under the page's unchanged CSP: the chart bundle loads on
// demand, each chart's canvas really has pixels on it, boxes follow aspect_ratio / height (16:9 on desktop,
// 1:1 on mobile by default), dark mode redraws, and a spec without a type shows one clear message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { el, screenshot, sharedPreview, type PreviewPage } from '../support/browser';

let preview: PreviewPage;
let page: Page;

sharedPreview('test/browser/fixtures/chart.card.json', (opened) => {
  preview = opened;
  page = opened.page;
});

/** Pixels of the chart's canvas that are not transparent. */
async function inkOf(id: string): Promise<number> {
  await page.waitForSelector(`${el(id)}.drawn canvas`, { timeout: 20000 });
  return page
    .locator(`${el(id)} canvas`)
    .first()
    .evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
      return ink;
    });
}

async function boxOf(id: string) {
  const box = await page.locator(`${el(id)} .chart-canvas`).boundingBox();
  assert.ok(box, `${id} has a box`);
  return box;
}

test('line, pie and bar charts are drawn on their canvases', async () => {
  for (const id of ['line', 'pie', 'fixed']) assert.ok((await inkOf(id)) > 500, `${id} has pixels drawn`);
  assert.equal(
    await page.evaluate(() => document.querySelectorAll('script[src$="webview-chart.js"]').length),
    1,
    'the chart bundle is loaded once',
  );
  assert.deepEqual(preview.pageErrors, []);
  assert.deepEqual(
    preview.consoleMessages.filter((m) => /Content Security Policy|Refused/.test(m)),
    [],
    'nothing was refused by the CSP',
  );
});

test('boxes follow aspect_ratio and height', async () => {
  const line = await boxOf('line');
  assert.ok(
    Math.abs(line.height - (line.width * 9) / 16) <= 2,
    `16:9 by default (${line.width}×${line.height})`,
  );
  const pie = await boxOf('pie');
  assert.ok(Math.abs(pie.height - pie.width) <= 2, `1:1 (${pie.width}×${pie.height})`);
  assert.equal((await boxOf('fixed')).height, 200);
  await screenshot(page, 'chart-light-desktop.png');
});

test('an invalid spec shows a message in the chart’s place', async () => {
  const broken = page.locator(el('broken'));
  assert.match(await broken.innerText(), /cannot be drawn[\s\S]*no "type"/);
  assert.equal(await broken.locator('canvas').count(), 0);
});

test('mobile and dark: 1:1 by default, drawn again', async () => {
  await page.click('[data-name="theme"] [data-value="dark"]');
  await page.click('[data-name="device"] [data-value="mobile"]');
  assert.ok((await inkOf('line')) > 500);
  const line = await boxOf('line');
  assert.ok(Math.abs(line.height - line.width) <= 2, `1:1 on mobile (${line.width}×${line.height})`);
  await screenshot(page, 'chart-dark-mobile.png');
  assert.deepEqual(preview.pageErrors, []);
});
