// The preview page in real headless Chromium, served by `feishu-card preview`: rendering, interactions and
// the exact callback bodies they produce, confirm/required behavior, theme/device screenshots.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { allTags } from '../../server/src/card/catalog/catalog';
import { el, screenshot, selectedRequest, sharedPreview, type PreviewPage } from '../support/browser';

const ALL = 'test/browser/fixtures/all-components.card.json';

let preview: PreviewPage;
let page: Page;

sharedPreview(ALL, (opened) => {
  preview = opened;
  page = opened.page;
});

async function entries(): Promise<string[]> {
  return page
    .locator('#console-list li.console-item')
    .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.kind ?? ''));
}

/** Performs `act`, checks exactly one new entry of `kind` appeared, returns the selected request's action. */
async function expectEntry(
  kind: string,
  act: () => Promise<void>,
): Promise<Record<string, unknown> | undefined> {
  const before = (await entries()).length;
  await act();
  await page.waitForFunction(
    (n) => document.querySelectorAll('#console-list li.console-item').length > n,
    before,
  );
  const now = await entries();
  assert.equal(now.length, before + 1, 'exactly one new console entry');
  assert.equal(now[now.length - 1], kind);
  if (kind !== 'callback' && kind !== 'replay') return undefined;
  const request = await selectedRequest(page);
  return (request.event as Record<string, unknown>).action as Record<string, unknown>;
}

describe('rendering', () => {
  test('every catalog component renders with its own renderer, unknown tags as a placeholder', async () => {
    for (const tag of allTags('v2')) {
      const count = await page.locator(`#card [data-tag="${tag}"]`).count();
      assert.ok(count > 0, `${tag} is rendered`);
    }
    assert.equal(
      await page.locator('#card .ph-generic').count(),
      0,
      'no catalog tag falls back to the generic box',
    );
    assert.match(await page.locator(el('unk')).innerText(), /Unknown component\s+mystery_widget/);
    assert.match(await page.locator('.card-header .header-title').innerText(), /Alarm: disk almost full/);
    assert.equal(await page.locator('.card-header .text-tag').count(), 2);
    assert.equal(await page.locator('.card-header.tpl-orange').count(), 1);
    assert.equal(await page.locator(`${el('md')} strong`).innerText(), 'Disk');
    assert.equal(await page.locator(`${el('md')} a`).getAttribute('href'), 'https://example.com/runbook');
    assert.deepEqual(preview.pageErrors, []);
  });

  test('only what needs the platform’s files is a placeholder, and it says why', async () => {
    const placeholders = await page.locator('#card .ph').evaluateAll((nodes) =>
      nodes.map((n) => ({
        tag: n.closest('[data-tag]')?.getAttribute('data-tag') ?? '',
        why: (n as HTMLElement).dataset.why ?? '',
      })),
    );
    for (const p of placeholders.filter((p) => p.tag !== 'mystery_widget')) {
      assert.ok(['img', 'img_combination'].includes(p.tag), `${p.tag} is drawn, not a placeholder`);
      assert.match(p.why, /platform/);
    }
    assert.match(await page.locator(el('aud')).innerText(), /needs the platform/);
    assert.equal(await page.locator(`${el('chart1')} .ph`).count(), 0, 'the chart is not a placeholder');
  });

  test('columns keep their weights; collapsible panels toggle; tables page', async () => {
    const widths = await page
      .locator(`${el('cols')} > .column`)
      .evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().width));
    assert.ok(
      widths[0] > widths[1] * 1.6 && widths[0] < widths[1] * 2.4,
      `weights 2:1 (${widths.join(', ')})`,
    );
    assert.ok(widths[2] < widths[1], 'auto column is narrow');
    assert.equal(await page.locator(`${el('panel_md')}`).isVisible(), false);
    await page.click(`${el('panel')} .panel-head`);
    assert.equal(await page.locator(`${el('panel_md')}`).isVisible(), true);
    assert.equal(await page.locator(`${el('tbl')} tbody tr`).count(), 2);
    await page.click(`${el('tbl')} .pager button:has-text("2")`);
    assert.equal(await page.locator(`${el('tbl')} tbody tr`).innerText(), 'db-03\t12');
  });
});

describe('callbacks outside a form', () => {
  test('a button sends the full card.action.trigger body with its callback value', async () => {
    const action = await expectEntry('callback', () => page.click(el('ack')));
    assert.deepEqual(action, { value: { action: 'ack' }, tag: 'button' });
    const request = await selectedRequest(page);
    assert.equal(request.schema, '2.0');
    const header = request.header as Record<string, string>;
    assert.equal(header.event_type, 'card.action.trigger');
    assert.match(header.event_id, /^[0-9a-f]{32}$/);
    assert.match(header.create_time, /^\d{16}$/);
    assert.match(header.app_id, /^cli_[0-9a-f]{16}$/);
    const event = request.event as Record<string, Record<string, string>>;
    assert.match(event.operator.open_id, /^ou_[0-9a-f]{32}$/);
    assert.match(event.token as unknown as string, /^c-[0-9a-f]{40}$/);
    assert.equal(event.host as unknown as string, 'im_message');
    assert.match(event.context.open_message_id, /^om_/);
    assert.match(event.context.open_chat_id, /^oc_/);
    assert.ok(await page.locator('#not-sent').isVisible(), 'says nothing left the machine');
  });

  test('ids stay the same across callbacks of one session; event ids do not', async () => {
    await expectEntry('callback', () => page.click(el('ack')));
    const a = await selectedRequest(page);
    await expectEntry('callback', () => page.click(el('ack')));
    const b = await selectedRequest(page);
    assert.deepEqual(
      (a.event as Record<string, unknown>).operator,
      (b.event as Record<string, unknown>).operator,
    );
    assert.notEqual(
      (a.header as Record<string, string>).event_id,
      (b.header as Record<string, string>).event_id,
    );
  });

  test('interactive container, overflow, select, person, pickers, input, image picker', async () => {
    assert.deepEqual(await expectEntry('callback', () => page.click(`${el('ic')} .md`)), {
      value: { open: 'ticket' },
      tag: 'interactive_container',
    });

    assert.deepEqual(
      await expectEntry('callback', async () => {
        await page.click(`${el('more')} button`);
        await page.click(`${el('more')} .popup-item[data-value="mute_1h"]`);
      }),
      { tag: 'overflow', option: 'mute_1h' },
    );
    // An option with a link only jumps: nothing is sent (overflow pages, see optionLinkOf).
    await expectEntry('open_url', async () => {
      await page.click(`${el('more')} button`);
      await page.click(`${el('more')} .popup-item[data-value="docs"]`);
    });
    assert.equal(
      await page.locator('.url-table tr[data-platform="desktop"] td.url').innerText(),
      'https://example.com/docs',
    );

    assert.deepEqual(
      await expectEntry('callback', async () => {
        await page.click(`${el('sev')} button.select`);
        await page.click(`${el('sev')} .popup-item[data-value="high"]`);
      }),
      { tag: 'select_static', option: 'high' },
    );
    assert.equal(await page.locator(`${el('sev')} .select-value`).innerText(), 'High');

    assert.deepEqual(
      await expectEntry('callback', async () => {
        await page.click(`${el('assignee')} button.select`);
        await page.click(`${el('assignee')} .popup-item[data-value="ou_bbbb"]`);
      }),
      { tag: 'select_person', option: 'ou_bbbb' },
    );

    const tz = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const date = await expectEntry('callback', () => page.fill(`${el('due')} input`, '2025-03-04'));
    assert.equal(date?.tag, 'date_picker');
    assert.match(String(date?.option), /^2025-03-04 [+-]\d{4}$/);
    assert.equal(date?.timezone, tz);
    const time = await expectEntry('callback', () => page.fill(`${el('at')} input`, '10:15'));
    assert.match(String(time?.option), /^10:15 [+-]\d{4}$/);
    const datetime = await expectEntry('callback', () =>
      page.fill(`${el('when')} input`, '2025-03-04T08:09'),
    );
    assert.match(String(datetime?.option), /^2025-03-04 08:09 [+-]\d{4}$/);

    assert.deepEqual(
      await expectEntry('callback', async () => {
        await page.fill(`${el('comment')} input`, 'looks fine');
        await page.press(`${el('comment')} input`, 'Enter');
      }),
      { tag: 'input', input_value: 'looks fine', name: 'comment' },
    );

    assert.deepEqual(await expectEntry('callback', () => page.click(`${el('pick_img')} [data-value="b"]`)), {
      tag: 'select_img',
      option: 'b',
    });
  });

  test('checkers: without behaviors only local, with behaviors checked + value; area buttons call back', async () => {
    await expectEntry('local', () => page.click(`${el('todo')} .checkbox`));
    assert.match(await page.locator('#entry-note').innerText(), /does not call back/);
    assert.equal(await page.locator(`${el('todo')} .checkbox`).getAttribute('aria-checked'), 'true');
    assert.equal(await page.locator(`${el('todo')} .strike`).count(), 1);
    assert.deepEqual(await expectEntry('callback', () => page.click(`${el('task')} .checkbox`)), {
      value: { task: 1 },
      tag: 'checker',
      checked: true,
    });
    assert.deepEqual(await expectEntry('callback', () => page.click(el('task_del'))), {
      value: { remove: 1 },
      tag: 'button',
    });
  });

  test('confirm: cancel sends nothing, OK sends', async () => {
    const count = (await entries()).length;
    await page.click(el('danger'));
    assert.equal(await page.locator('.dialog-title').innerText(), 'Delete it?');
    await page.click('.dialog [data-action="cancel"]');
    assert.equal((await entries()).length, count);
    assert.deepEqual(
      await expectEntry('callback', async () => {
        await page.click(el('danger'));
        await page.click('.dialog [data-action="ok"]');
      }),
      { value: { action: 'delete' }, tag: 'button' },
    );
  });

  test('open_url shows the URL per platform and opens http(s) only after confirmation', async () => {
    await expectEntry('open_url', () => page.click(el('link')));
    const url = (p: string) => page.locator(`.url-table tr[data-platform="${p}"] td.url`).innerText();
    assert.equal(await url('desktop'), 'https://example.com/dash');
    assert.equal(await url('android'), 'https://m.example.com/dash');
    assert.match(await url('ios'), /disabled/);
    assert.equal(await page.locator('.url-table tr[data-platform="ios"] button').isDisabled(), true);
    const popups: string[] = [];
    page.context().on('page', (p) => popups.push(p.url()));
    await page.route('https://example.com/**', (route) => route.fulfill({ body: 'ok' }));
    await page.click('.url-table tr[data-platform="desktop"] button');
    await page.click('.dialog [data-action="cancel"]');
    assert.equal(popups.length, 0);
  });
});

describe('form', () => {
  test('fields inside the form send nothing; submit is blocked while required fields are empty', async () => {
    await expectEntry('local', async () => {
      await page.fill(`${el('f_notes')} textarea`, 'disk 92%');
      await page.press(`${el('f_notes')} textarea`, 'Tab');
    });
    assert.match(await page.locator('#entry-note').innerText(), /Inside a form/);
    await expectEntry('blocked', () => page.click(el('f_submit')));
    assert.match(await page.locator(`${el('frm')} .form-error`).innerText(), /title/);
  });

  test('submit sends form_value by name with the button name and value; reset restores', async () => {
    await page.fill(`${el('f_title')} input`, 'Disk alarm');
    await page.click(`${el('f_tags')} button.select`);
    await page.click(`${el('f_tags')} .popup-item[data-value="disk"]`);
    await page.click(`${el('f_tags')} .popup-item[data-value="db"]`);
    await page.click('#card .card-body', { position: { x: 2, y: 2 } });
    await page.click(`${el('f_agree')} .checkbox`);
    const tz = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const action = await expectEntry('callback', () => page.click(el('f_submit')));
    assert.deepEqual(action, {
      value: { form: 'report' },
      tag: 'button',
      timezone: tz,
      name: 'submit_btn',
      form_value: { title: 'Disk alarm', notes: 'disk 92%', tags: ['disk', 'db'], people: [], agree: true },
    });
    await expectEntry('reset', () => page.click(el('f_reset')));
    assert.equal(await page.locator(`${el('f_title')} input`).inputValue(), '');
    assert.equal(await page.locator(`${el('f_notes')} textarea`).inputValue(), 'none');
    assert.equal(await page.locator(`${el('f_agree')} .checkbox`).getAttribute('aria-checked'), 'false');
  });

  test("a submit that goes through after a blocked one clears the form's error", async () => {
    await expectEntry('blocked', () => page.click(el('f_submit')));
    assert.equal(await page.locator(`${el('frm')} .form-error`).count(), 1);
    await expectEntry('local', async () => {
      await page.fill(`${el('f_title')} input`, 'Disk alarm');
      await page.press(`${el('f_title')} input`, 'Tab');
    });
    await expectEntry('callback', () => page.click(el('f_submit')));
    assert.equal(await page.locator(`${el('frm')} .form-error`).count(), 0);
  });
});

describe('console', () => {
  test('replay sends the edited body as a new entry; clear empties the list', async () => {
    await expectEntry('callback', () => page.click(el('ack')));
    const edited = await selectedRequest(page);
    ((edited.event as Record<string, unknown>).action as Record<string, unknown>).value = {
      action: 'edited',
    };
    await page.fill('#request', JSON.stringify(edited));
    const action = await expectEntry('replay', () => page.click('#replay'));
    assert.deepEqual(action, { value: { action: 'edited' }, tag: 'button' });
    await page.fill('#request', '{ not json');
    await page.click('#replay');
    assert.match(await page.locator('.error-line').innerText(), /not valid JSON/);
    await page.click('#console-clear');
    assert.equal((await entries()).length, 0);
  });

  test('a replay is a new event of the same component: fresh event_id and update token', async () => {
    await expectEntry('callback', () => page.click(el('ack')));
    const original = await selectedRequest(page);
    await expectEntry('replay', () => page.click('#replay'));
    const replayed = await selectedRequest(page);
    type Body = { header: Record<string, unknown>; event: Record<string, unknown> };
    const [was, now] = [original as unknown as Body, replayed as unknown as Body];
    assert.match(String(now.header.event_id), /^[0-9a-f]{32}$/);
    assert.notEqual(now.header.event_id, was.header.event_id);
    assert.match(String(now.event.token), /^c-[0-9a-f]{40}$/);
    assert.notEqual(now.event.token, was.event.token);
    // The Verification Token, the user, the chat and the action are the same event source.
    assert.equal(now.header.token, was.header.token);
    assert.deepEqual(now.event.operator, was.event.operator);
    assert.deepEqual(now.event.action, was.event.action);
    const last = page.locator('#console-list li.console-item >> nth=-1');
    assert.equal(await last.locator('.entry-component').innerText(), 'button #ack');
  });

  test('nothing left the page', () => {
    assert.deepEqual(preview.foreignRequests, []);
    assert.deepEqual(preview.pageErrors, []);
  });
});

describe('views', () => {
  test('light, dark and mobile screenshots; width modes', async () => {
    await page.click('[data-name="theme"] [data-value="light"]');
    await screenshot(page, 'preview-light.png');
    await page.click('[data-name="theme"] [data-value="dark"]');
    assert.ok(await page.locator('#app.theme-dark').count());
    await screenshot(page, 'preview-dark.png');
    await page.click('[data-name="width"] [data-value="compact"]');
    assert.equal(Math.round((await page.locator('#card').boundingBox())!.width), 400);
    await page.click('[data-name="width"] [data-value="default"]');
    await page.click('[data-name="device"] [data-value="mobile"]');
    assert.ok((await page.locator('#card').boundingBox())!.width < 375);
    await screenshot(page, 'preview-mobile-dark.png');
    await page.click('[data-name="theme"] [data-value="light"]');
    await screenshot(page, 'preview-mobile-light.png');
  });
});
