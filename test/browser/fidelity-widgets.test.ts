// The preview's widgets drawn and behaving as the client's, checked in real Chromium on fidelity.card.json:
// disabled fields greyed and inert, multi-select chips, placeholders on pickers and selects, the chat-member
// list of a person select without options, overflow options that jump instead of calling back, menus that
// stay inside the card, disabled image options, readable dark header tags, collapsible panel icons and
// colours, div text sizes and colours. Screenshots go to test-artifacts/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { allTags } from '../../server/src/card/catalog/catalog';
import { PLATFORM_FILE_TAGS } from '../../client/src/webview/components';
import { el, openPreview, screenshot, sharedPreview, type PreviewPage } from '../support/browser';

const FILE = 'test/browser/fixtures/fidelity.card.json';

let browser: Browser;
let preview: PreviewPage;
let page: Page;

sharedPreview(FILE, (opened, launched) => {
  browser = launched;
  preview = opened;
  page = opened.page;
});

describe('widgets', () => {
  const entries = () => page.locator('#console-list li.console-item').count();
  const lastKind = () => page.locator('#console-list li.console-item').last().getAttribute('data-kind');

  test('disabled widgets are greyed, carry the disabled state and send nothing when clicked', async () => {
    const enabledBg = await page
      .locator(`${el('ph_sel')} button.select`)
      .evaluate((n) => getComputedStyle(n).backgroundColor);
    const fields: [string, string][] = [
      ['dis_input', 'input'],
      ['dis_btn', ''],
      ['dis_sel', 'button.select'],
      ['dis_date', 'input.picker-native'],
    ];
    const before = await entries();
    for (const [id, inner] of fields) {
      const field = page.locator(inner ? `${el(id)} ${inner}` : el(id));
      assert.equal(await field.isDisabled(), true, `${id} is disabled`);
      assert.equal(await field.evaluate((n) => getComputedStyle(n).cursor), 'not-allowed', `${id} cursor`);
      await field.click({ force: true });
    }
    assert.notEqual(
      await page
        .locator(`${el('dis_sel')} button.select`)
        .evaluate((n) => getComputedStyle(n).backgroundColor),
      enabledBg,
      'a disabled select is drawn grey, not like an enabled one',
    );
    assert.equal(await page.locator(`${el('dis_sel')} .popup`).count(), 0, 'its list does not open');
    const box = page.locator(`${el('dis_check')} .checkbox`);
    assert.equal(await box.getAttribute('aria-disabled'), 'true');
    await box.click({ force: true });
    await page.locator(`${el('dis_check')} .txt`).click({ force: true });
    assert.equal(await box.getAttribute('aria-checked'), 'false');
    assert.equal(await entries(), before, 'no console entry from any disabled widget');
  });

  test('multi selects show one chip per selected value, not a comma list', async () => {
    const chips = page.locator(`${el('ms')} .select-value .chip`);
    assert.deepEqual(await chips.allInnerTexts(), ['A', 'C']);
    assert.ok(!(await page.locator(`${el('ms')} .select-value`).innerText()).includes(','));
    assert.deepEqual(await page.locator(`${el('mp')} .chip`).allInnerTexts(), ['ou_aaaa', 'ou_bbbb']);
    await page.click(`${el('ms')} button.select`);
    await page.click(`${el('ms')} .popup-item[data-value="b"]`);
    assert.deepEqual(await chips.allInnerTexts(), ['A', 'C', 'B']);
    await page.click(`${el('ms')} .popup-item[data-value="a"]`);
    assert.deepEqual(await chips.allInnerTexts(), ['C', 'B']);
    await page.keyboard.press('Escape');
  });

  test("pickers and selects show the card's placeholder until a value is picked", async () => {
    for (const [id, text] of [
      ['ph_date', 'Pick a due date'],
      ['ph_time', 'Pick a time'],
      ['ph_dt', 'Pick a moment'],
      ['ph_sel', 'Pick a severity'],
      ['sp_none', 'Pick someone'],
      ['ph_date_default', 'Select a date'],
    ]) {
      const shown = page.locator(`${el(id)} .select-value`);
      assert.equal(await shown.innerText(), text, `${id} placeholder`);
      assert.ok(await shown.evaluate((n) => n.classList.contains('placeholder')));
    }
    await page.fill(`${el('ph_date')} input`, '2025-03-04');
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent === '2025-03-04',
      `${el('ph_date')} .select-value`,
    );
  });

  test("select_person without options lists the chat's members, not nothing", async () => {
    await page.click(`${el('sp_none')} button.select`);
    assert.match(await page.locator(`${el('sp_none')} .popup-note`).innerText(), /members of the chat/);
    const items = page.locator(`${el('sp_none')} .popup-item`);
    assert.equal(await items.count(), 1);
    assert.match((await items.getAttribute('data-value')) ?? '', /^ou_/);
    await page.keyboard.press('Escape');
  });

  test('an overflow option with multi_url opens the link and sends no callback', async () => {
    const before = await entries();
    await page.click(`${el('ovl')} button`);
    await page.click(`${el('ovl')} .popup-item[data-value="go"]`);
    await page.waitForFunction((n) => document.querySelectorAll('#console-list li').length > n, before);
    assert.equal(await entries(), before + 1);
    assert.equal(await lastKind(), 'open_url');
    assert.equal(
      await page.locator('.url-table tr[data-platform="desktop"] td.url').innerText(),
      'https://example.com/ovl',
    );
    // Opening goes through the host's confirmation, like any open_url.
    await page.click('.url-table tr[data-platform="desktop"] button');
    assert.match(await page.locator('.dialog').innerText(), /example\.com\/ovl/);
    await page.click('.dialog [data-action="cancel"]');
    await page.click(`${el('ovl')} button`);
    await page.click(`${el('ovl')} .popup-item[data-value="snooze"]`);
    await page.waitForFunction((n) => document.querySelectorAll('#console-list li').length > n, before + 1);
    assert.equal(await lastKind(), 'callback');
  });

  test('overflow menus stay inside the card, at its left and at its right', async () => {
    const card = (await page.locator('#card').boundingBox())!;
    for (const id of ['ovl', 'ovr']) {
      await page.click(`${el(id)} button`);
      const menu = (await page.locator(`${el(id)} .popup`).boundingBox())!;
      assert.ok(
        menu.x >= card.x && menu.x + menu.width <= card.x + card.width,
        `${id} menu ${JSON.stringify(menu)} inside card ${JSON.stringify(card)}`,
      );
      await page.keyboard.press('Escape');
    }
  });

  test('a disabled select_img option is greyed and cannot be picked', async () => {
    const off = page.locator(`${el('simg')} [data-value="b"]`);
    assert.equal(await off.isDisabled(), true);
    assert.equal(await off.getAttribute('title'), 'Sold out');
    const opacity = (sel: string) =>
      page.locator(`${el('simg')} ${sel}`).evaluate((n) => Number(getComputedStyle(n).opacity));
    assert.ok((await opacity('[data-value="b"]')) < (await opacity('[data-value="a"]')));
    const before = await entries();
    await off.click({ force: true });
    assert.equal(await entries(), before);
    await page.click(`${el('simg')} [data-value="a"]`);
    await page.waitForFunction((n) => document.querySelectorAll('#console-list li').length > n, before);
    assert.equal(await lastKind(), 'callback');
  });
});

/** WCAG contrast of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('themes and text', () => {
  test('dark mode: blue and red header tags read well (contrast at least 4.5)', async () => {
    await page.click('[data-name="theme"] [data-value="dark"]');
    const tags = await page
      .locator('.card-header .text-tag')
      .evaluateAll((ts) =>
        ts.map((t) => [t.textContent, getComputedStyle(t).color, getComputedStyle(t).backgroundColor]),
      );
    assert.equal(tags.length, 2);
    for (const [name, fg, bg] of tags)
      assert.ok(contrast(fg!, bg!) >= 4.5, `${name}: ${fg} on ${bg} (${contrast(fg!, bg!).toFixed(2)})`);
    await page.click('[data-name="theme"] [data-value="light"]');
  });

  test('collapsible panels: own icon at the edge, turned by icon_expanded_angle; header colours', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    const right = el('cp_right');
    const icon = page.locator(`${right} > .panel-head > .panel-icon`);
    assert.equal(await icon.getAttribute('data-token'), 'right-small-ccm_outlined');
    assert.equal(await icon.locator('svg').count(), 1);
    const head = await box(`${right} > .panel-head`);
    const iconBox = await box(`${right} > .panel-head > .panel-icon`);
    assert.deepEqual([iconBox.width, iconBox.height], [16, 16]);
    assert.ok(
      head.x + head.width - (iconBox.x + iconBox.width) <= 10,
      `icon at the right edge (${JSON.stringify([head, iconBox])})`,
    );
    assert.equal(
      await page.locator(`${right} > .panel-head`).evaluate((n) => getComputedStyle(n).backgroundColor),
      'rgb(240, 244, 255)',
      'header background_color blue-50',
    );
    const panel = page.locator(right);
    assert.equal(await panel.evaluate((n) => getComputedStyle(n).borderTopColor), 'rgb(192, 42, 38)');
    assert.equal(await panel.evaluate((n) => getComputedStyle(n).borderTopLeftRadius), '8px');
    const angle = () =>
      icon.evaluate((n) => {
        const m = new DOMMatrix(getComputedStyle(n).transform);
        return Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
      });
    assert.equal(await angle(), 0);
    await page.click(`${right} > .panel-head`);
    assert.equal(await angle(), 90);
    assert.ok(await page.locator(el('cp_right_md')).isVisible());

    const left = el('cp_left');
    const leftHead = await box(`${left} > .panel-head`);
    const leftIcon = await box(`${left} > .panel-head > .panel-icon`);
    assert.ok(leftIcon.x - leftHead.x <= 10, 'icon at the left edge');
    assert.equal(
      await page.locator(`${left} > .panel-head > .panel-icon`).getAttribute('data-token'),
      'down-small-ccm_outlined',
      'default icon',
    );
    await page.click(`${left} > .panel-head`);
    assert.equal(
      Math.abs(
        await page.locator(`${left} > .panel-head > .panel-icon`).evaluate((n) => {
          const m = new DOMMatrix(getComputedStyle(n).transform);
          return Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
        }),
      ),
      180,
      'default angle 180',
    );
    const follow = el('cp_follow');
    const title = await box(`${follow} > .panel-head > .panel-title`);
    const followIcon = await box(`${follow} > .panel-head > .panel-icon`);
    const followHead = await box(`${follow} > .panel-head`);
    assert.ok(followIcon.x - (title.x + title.width) <= 10, 'follow_text: right after the text');
    assert.ok(followHead.x + followHead.width - followIcon.x > 100, 'follow_text: not at the edge');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  test('div text_size: heading-0 … notation in order, custom sizes per device; text_color enum', async () => {
    const ids = ['heading_0', 'heading_1', 'heading_2', 'heading_3', 'heading_4', 'normal', 'notation'];
    const size = (id: string) =>
      page.locator(`${el(id)} .txt`).evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
    const sizes = async () => Promise.all(ids.map((id) => size(`ts_${id}`)));
    assert.deepEqual(await sizes(), [30, 24, 20, 18, 16, 14, 12]);
    assert.equal(await size('ts_cus'), 24, 'cus-0 → its pc size heading-1');
    assert.equal(await size('ts_bogus'), 14, 'unknown size → normal');
    await page.click('[data-name="device"] [data-value="mobile"]');
    assert.deepEqual(await sizes(), [26, 24, 20, 17, 16, 14, 12]);
    assert.equal(await size('ts_cus'), 10, 'cus-0 → its mobile size x-small');
    await page.click('[data-name="device"] [data-value="desktop"]');
    const color = (id: string) => page.locator(`${el(id)} .txt`).evaluate((n) => getComputedStyle(n).color);
    assert.equal(await color('tc_enum'), 'rgb(204, 57, 140)', 'carmine-500');
    assert.equal(await color('tc_red'), 'rgb(192, 42, 38)', 'red');
  });

  test('screenshots of open menus and panels', async () => {
    await page.click(`${el('ovr')} button`);
    await screenshot(page, 'fidelity-widgets-light.png');
    await page.keyboard.press('Escape');
    await page.click('[data-name="theme"] [data-value="dark"]');
    await screenshot(page, 'fidelity-widgets-dark.png');
    await page.click('[data-name="theme"] [data-value="light"]');
    assert.deepEqual(preview.pageErrors, []);
  });
});

describe('a JSON 1.0 card with every 1.0 component', () => {
  test('each is drawn by its renderer; only platform files are placeholders, sized and saying why', async () => {
    const v1 = await openPreview(browser, { file: 'test/browser/fixtures/v1-all.card.json' });
    try {
      const p = v1.page;
      for (const tag of allTags('v1'))
        assert.ok((await p.locator(`#card [data-tag="${tag}"]`).count()) > 0, `${tag} is drawn`);
      assert.equal(await p.locator('#card .ph-generic, #card .ph-unknown').count(), 0);
      const placeholders = await p.locator('#card .ph').evaluateAll((nodes) =>
        nodes.map((n) => ({
          tag: n.closest('[data-tag]')?.getAttribute('data-tag') ?? '',
          why: (n as HTMLElement).dataset.why ?? '',
          height: n.getBoundingClientRect().height,
        })),
      );
      assert.ok(placeholders.length >= 3);
      for (const ph of placeholders) {
        assert.ok(ph.tag in PLATFORM_FILE_TAGS, `${ph.tag} is drawn, not a placeholder`);
        assert.match(ph.why, /platform/);
        assert.ok(ph.height >= 40, `${ph.tag} placeholder has a size (${ph.height})`);
      }
      // 1.0: an overflow option with only a `url` (no value) is listed and opens its link.
      await p.click('[data-element-id="v1ovf"] button');
      await p.click('[data-element-id="v1ovf"] .popup-item:has-text("Docs")');
      await p.waitForSelector('#console-list li.console-item');
      assert.equal(
        await p.locator('#console-list li.console-item').last().getAttribute('data-kind'),
        'open_url',
      );
      assert.equal(
        await p.locator('.url-table tr[data-platform="desktop"] td.url').innerText(),
        'https://example.com/v1docs',
      );
      await screenshot(p, 'fidelity-v1-all.png');
      assert.deepEqual(v1.pageErrors, []);
    } finally {
      await v1.close();
    }
  });
});
