// The preview draws what the client draws, checked in real Chromium on fidelity.card.json: icons as SVG,
// markdown as the platform renders it (heading sizes, people, badges, dates, emoji keys, paged tables),
// columns that never leave the card, and links that never navigate the page (they ask, then open through
// the host like open_url buttons). Screenshots of each theme × device go to test-artifacts/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { el, screenshot, sharedPreview, type PreviewPage } from '../support/browser';

const FILE = 'test/browser/fixtures/fidelity.card.json';

let preview: PreviewPage;
let page: Page;

sharedPreview(FILE, async (opened) => {
  preview = opened;
  page = opened.page;
  // Nothing leaves the machine: any page a confirmed link opens is answered locally.
  await page
    .context()
    .route(/^https:\/\/example\.com\//, (route) => route.fulfill({ status: 200, body: 'ok' }));
});

describe('icons', () => {
  test('every standard icon is an SVG of its size; unknown tokens get a named neutral glyph', async () => {
    const icons = page.locator('#card .std-icon');
    const count = await icons.count();
    assert.ok(count >= 5, `icons drawn (${count})`);
    for (let i = 0; i < count; i++) {
      const icon = icons.nth(i);
      assert.equal(
        await icon.locator('svg').count(),
        1,
        `icon ${await icon.getAttribute('data-token')} has an svg`,
      );
    }
    assert.equal(await page.locator('#card').evaluate((c) => c.textContent?.includes('◆')), false);
    const header = page.locator('.card-header .std-icon');
    assert.equal(await header.getAttribute('data-token'), 'chat-forbidden_outlined');
    const box = await header.boundingBox();
    assert.equal(box?.width, 20);
    // The header icon is red (the colour enum's light code #c02a26).
    assert.equal(await header.evaluate((n) => getComputedStyle(n).color), 'rgb(192, 42, 38)');
    const unknown = page.locator(`${el('icondiv')} .std-icon`);
    assert.equal(await unknown.getAttribute('title'), 'no-such-token_outlined');
    assert.ok(await unknown.evaluate((n) => n.classList.contains('unknown-icon')));
    // The markdown component's icon is inline with the first line of text, not above it.
    const mdIcon = await page
      .locator(`${el('rich')} .std-icon`)
      .first()
      .boundingBox();
    const mdText = await page.locator(`${el('rich')} .md-person`).boundingBox();
    assert.ok(
      mdIcon && mdText && Math.abs(mdIcon.y + mdIcon.height / 2 - (mdText.y + mdText.height / 2)) < 8,
    );
  });
});

describe('markdown', () => {
  test('headings shrink from # to ######: 26, 22, 20, 18, 17, 14 px', async () => {
    const sizes = await page
      .locator(`${el('headings')} :is(h1, h2, h3, h4, h5, h6)`)
      .evaluateAll((hs) => hs.map((h) => parseFloat(getComputedStyle(h).fontSize)));
    assert.deepEqual(sizes, [26, 22, 20, 18, 17, 14]);
  });

  test('platform tags are drawn, never shown as raw text', async () => {
    const rich = page.locator(el('rich'));
    const text = await rich.innerText();
    for (const raw of ['<person', '<number_tag', '<local_datetime', '<font', ':DONE:', ':THUMBSUP:'])
      assert.ok(!text.includes(raw), `no raw ${raw} in ${JSON.stringify(text)}`);
    assert.equal(await rich.locator('.md-person .avatar').count(), 1);
    assert.equal(await rich.locator('.md-number').innerText(), '7');
    assert.match(await rich.locator('.md-datetime').innerText(), /^2023-11-1[45]$/);
    assert.equal(await rich.locator('.md-emoji').count(), 2);
    assert.equal(await rich.locator('.md-emoji-key').innerText(), 'WEIRDKEY');
    // Colours from the full enum: sunflower and carmine-500 have their light codes.
    const colors = await rich
      .locator('.md-font')
      .evaluateAll((fs) => fs.map((f) => getComputedStyle(f).color));
    assert.deepEqual(colors, ['rgb(143, 124, 0)', 'rgb(204, 57, 140)']);
    assert.equal(colors.length, 2);
    assert.equal(await rich.locator('.md-tag-lime').innerText(), 'lime');
    assert.match(text, /\*\*not bold\*\*/, '<raw> keeps its content literally');
  });

  test('tables have borders and a header row, five data rows per page', async () => {
    const table = page.locator(el('mdtable'));
    assert.equal(await table.locator('th').count(), 2);
    assert.equal(await table.locator('tbody tr:visible').count(), 5);
    assert.notEqual(
      await table
        .locator('td')
        .first()
        .evaluate((c) => getComputedStyle(c).borderTopStyle),
      'none',
    );
    await table.locator('.pager button:has-text("2")').click();
    assert.equal(await table.locator('tbody tr:visible').innerText(), '11\t12');
  });
});

describe('links', () => {
  for (const [name, selector, url] of [
    ['markdown link', `${el('links')} a:has-text("docs")`, 'https://example.com/docs'],
    ['<link> with icon', `${el('links')} a:has-text("chat")`, 'https://example.com/chat'],
    ['autolink', `${el('links')} a:has-text("example.com/auto")`, 'https://example.com/auto'],
  ] as const) {
    test(`a ${name} asks first and never navigates the preview`, async () => {
      const home = page.url();
      await page.click(selector);
      const dialog = page.locator('.dialog');
      await dialog.waitFor({ timeout: 5000 });
      assert.match(await dialog.innerText(), new RegExp(url.replace(/[./]/g, '\\$&')));
      await dialog.locator('[data-action="cancel"]').click();
      assert.equal(page.url(), home);
      // Confirmed: opened beside the preview (here a new tab; in VS Code through the host).
      await page.click(selector);
      const [popup] = await Promise.all([
        page.waitForEvent('popup'),
        page.locator('.dialog [data-action="ok"]').click(),
      ]);
      assert.equal(popup.url(), url);
      await popup.close();
      assert.equal(page.url(), home);
      assert.ok(await page.locator(el('links')).isVisible());
    });
  }
});

describe('layout', () => {
  test('a row of nine buttons stays inside the card', async () => {
    const card = (await page.locator('#card').boundingBox())!;
    const buttons = await page.locator(`${el('wide')} .btn`).evaluateAll((bs) =>
      bs.map((b) => {
        const r = b.getBoundingClientRect();
        return { left: r.left, right: r.right };
      }),
    );
    assert.equal(buttons.length, 9);
    for (const b of buttons)
      assert.ok(
        b.left >= card.x - 0.5 && b.right <= card.x + card.width + 0.5,
        `button ${JSON.stringify(b)} in card`,
      );
  });
});

describe('tables and media', () => {
  test('table cells are formatted by their column type', async () => {
    const cells = page
      .locator(`${el('tbl')} tbody tr`)
      .first()
      .locator('td');
    assert.equal(await cells.nth(0).locator('strong').innerText(), 'Acme', 'markdown cell drawn, not raw **');
    assert.equal(await cells.nth(1).innerText(), '¥1,234.50');
    assert.equal(await cells.nth(1).evaluate((c) => getComputedStyle(c).textAlign), 'right');
    assert.deepEqual(await cells.nth(2).locator('.md-tag').allInnerTexts(), ['S2', 'VIP']);
    assert.ok(await cells.nth(2).locator('.md-tag-green').count());
    assert.equal(await cells.nth(3).locator('.md-person .avatar').count(), 1);
    assert.match(await cells.nth(4).innerText(), /^2023\/11\/1[45]$/);
    const second = page
      .locator(`${el('tbl')} tbody tr`)
      .nth(1)
      .locator('td');
    assert.equal(await second.nth(1).innerText(), '¥26.58');
    assert.equal(
      await second.nth(2).locator('.md-tag-blue').innerText(),
      'S1',
      'a bare option is a blue tag',
    );
    assert.equal(await second.nth(3).locator('.md-person').count(), 2);
  });

  test('bisect images sit two per row; sizes follow size; placeholders say why', async () => {
    const lefts = await page
      .locator(`${el('bisect_imgs')} .ph-img`)
      .evaluateAll((boxes) => boxes.map((b) => Math.round(b.getBoundingClientRect().left)));
    assert.equal(lefts.length, 5);
    assert.equal(new Set(lefts).size, 2, `two columns (${lefts.join(', ')})`);
    const small = await page.locator(el('img_small')).boundingBox();
    assert.deepEqual([small?.width, small?.height], [40, 40]);
    const avatar = await page.locator(`${el('person_large')} .avatar`).boundingBox();
    assert.equal(avatar?.width, 40);
    assert.match(await page.locator(el('aud')).innerText(), /needs the platform/);
    assert.match((await page.locator(el('img_small')).getAttribute('title')) ?? '', /needs the platform/);
  });
});

describe('screenshots', () => {
  test('each theme × device', async () => {
    for (const theme of ['light', 'dark', 'hc'])
      for (const device of ['desktop', 'mobile']) {
        await page.click(`[data-name="theme"] [data-value="${theme}"]`);
        await page.click(`[data-name="device"] [data-value="${device}"]`);
        await screenshot(page, `fidelity-${theme}-${device}.png`);
      }
    assert.deepEqual(preview.pageErrors, []);
  });

  test('high contrast: black card, white text and borders, colours from the dark codes', async () => {
    await page.click('[data-name="theme"] [data-value="hc"]');
    const card = page.locator('#card');
    assert.equal(await card.evaluate((c) => getComputedStyle(c).backgroundColor), 'rgb(0, 0, 0)');
    assert.equal(await card.evaluate((c) => getComputedStyle(c).borderTopColor), 'rgb(255, 255, 255)');
    assert.equal(
      await page.locator('.card-header .std-icon').evaluate((n) => getComputedStyle(n).color),
      'rgb(246, 130, 126)',
      'red in its dark code',
    );
  });
});
