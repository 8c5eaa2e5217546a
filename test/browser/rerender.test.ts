// Editing the card while the preview is open, in real Chromium: the page is fed new versions of the card
// as the extension sends them, and only what changed is redrawn. What the user did to the rest — text typed,
// an option picked, a box ticked, a panel opened, focus and selection, scroll, the console — survives; a
// changed component starts afresh, a removed one goes; and whatever the edits, the card on screen is the one
// a first render of the final text draws (a property test over random cards and random edits).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { INIT_MESSAGE, loadBarePreview, postToPage } from '../support/barePreview';
import { launchBrowser } from '../support/browser';

const BUNDLE = readFileSync('dist/webview.js', 'utf8');

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

interface Preview {
  page: Page;
  errors: string[];
  /** Sends a version of the card, as the extension does on every (debounced) edit. */
  send(card: unknown): Promise<void>;
  /** The card as drawn, its HTML. */
  html(): Promise<string>;
}

/** The preview bundle on a bare page (support/barePreview.ts: the very page bench/preview.ts times). */
async function openPage(): Promise<Preview> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await loadBarePreview(page, BUNDLE, true);
  const post = (data: unknown) => postToPage(page, data);
  return {
    page,
    errors,
    send: (card) =>
      post({
        type: 'card',
        text: typeof card === 'string' ? card : JSON.stringify(card, null, 2),
        fileName: 'edit.card.json',
      }),
    html: () => page.locator('#card').evaluate((node) => node.innerHTML),
  };
}

const text = (content: string) => ({ tag: 'plain_text', content });
const v2 = (elements: unknown[], header = 'Edit me') => ({
  schema: '2.0',
  header: { title: text(header) },
  body: { elements },
});

const formCard = (note: string, extra: unknown[] = []) =>
  v2([
    ...extra,
    { tag: 'markdown', element_id: 'note', content: note },
    {
      tag: 'form',
      name: 'f',
      element_id: 'f',
      elements: [
        { tag: 'input', name: 'who', element_id: 'who', placeholder: text('Who?') },
        {
          tag: 'select_static',
          name: 'sev',
          element_id: 'sev',
          options: [
            { text: text('Low'), value: 'low' },
            { text: text('High'), value: 'high' },
          ],
        },
        { tag: 'checker', name: 'done', element_id: 'done', text: text('Done') },
        {
          tag: 'button',
          name: 'go',
          element_id: 'go',
          form_action_type: 'submit',
          text: text('Send'),
          behaviors: [{ type: 'callback', value: { action: 'send' } }],
        },
      ],
    },
    {
      tag: 'collapsible_panel',
      element_id: 'panel',
      header: { title: text('Details') },
      elements: [{ tag: 'markdown', element_id: 'inside', content: 'hidden text' }],
    },
    {
      tag: 'button',
      element_id: 'ping',
      text: text('Ping'),
      behaviors: [{ type: 'callback', value: { action: 'ping' } }],
    },
    ...Array.from({ length: 30 }, (_, i) => ({ tag: 'markdown', content: `filler line ${i}` })),
  ]);

const at = (id: string) => `#card [data-element-id="${id}"]`;

/** Types, picks, ticks, opens the panel, pings once, scrolls, and leaves the cursor inside the text. */
async function fillIn(p: Preview): Promise<void> {
  const { page } = p;
  await page.fill(`${at('who')} input`, 'Ada Lovelace');
  await page.click(`${at('sev')} button.select`);
  await page.click(`${at('sev')} .popup-item[data-value="high"]`);
  await page.click(`${at('done')} .checkbox`);
  await page.click(`${at('panel')} .panel-head`);
  await page.click(`${at('ping')}`);
  await page.locator('.canvas').evaluate((c) => (c.scrollTop = 120));
  await page.locator(`${at('who')} input`).evaluate((input: HTMLInputElement) => {
    input.focus();
    input.setSelectionRange(2, 5);
  });
}

async function consoleCount(page: Page): Promise<number> {
  return page.locator('#console-list li.console-item').count();
}

describe('an edit redraws only what changed', () => {
  test('the rest keeps its DOM and what the user did there: values, panel, focus, selection, scroll, console', async () => {
    const p = await openPage();
    try {
      await p.send(formCard('first'));
      await fillIn(p);
      const entries = await consoleCount(p.page);
      assert.ok(entries >= 1, 'the ping is in the console');
      await p.page.locator(at('f')).evaluate((node) => ((node as unknown as { mark: number }).mark = 1));
      const scroll = await p.page.locator('.canvas').evaluate((c) => c.scrollTop);

      await p.send(formCard('second'));

      assert.equal(await p.page.locator(at('note')).innerText(), 'second', 'the edit is drawn');
      assert.equal(
        await p.page.locator(at('f')).evaluate((node) => (node as unknown as { mark?: number }).mark),
        1,
        'the unchanged form is the same DOM',
      );
      assert.equal(await p.page.locator(`${at('who')} input`).inputValue(), 'Ada Lovelace');
      assert.equal(await p.page.locator(`${at('sev')} .select-value`).innerText(), 'High');
      assert.equal(await p.page.locator(`${at('done')} .checkbox.checked`).count(), 1);
      assert.equal(await p.page.locator(`${at('panel')}.expanded`).count(), 1, 'the panel stays open');
      const focus = await p.page.evaluate(() => {
        const a = document.activeElement as HTMLInputElement;
        return {
          id: a.closest<HTMLElement>('[data-element-id]')?.dataset.elementId,
          s: a.selectionStart,
          e: a.selectionEnd,
        };
      });
      assert.deepEqual(focus, { id: 'who', s: 2, e: 5 });
      assert.equal(await p.page.locator('.canvas').evaluate((c) => c.scrollTop), scroll);
      assert.equal(await consoleCount(p.page), entries, 'the console is untouched');

      // The session behind the kept DOM is the new card's, holding what the user entered.
      await p.page.click(at('go'));
      const request = JSON.parse(await p.page.locator('#request').inputValue());
      assert.deepEqual(request.event.action.form_value, { who: 'Ada Lovelace', sev: 'high', done: true });
      assert.deepEqual(p.errors, []);
    } finally {
      await p.page.close();
    }
  });

  test('a changed component starts afresh; a removed one goes; inserting above moves state with its component', async () => {
    const p = await openPage();
    try {
      await p.send(formCard('first'));
      await fillIn(p);
      // Insert two components above everything: every path below shifts, the state follows its component.
      const above = [
        { tag: 'markdown', element_id: 'new1', content: 'new one' },
        { tag: 'hr', element_id: 'new2' },
      ];
      await p.send(formCard('first', above));
      assert.equal(await p.page.locator(at('new1')).innerText(), 'new one');
      assert.equal(await p.page.locator(`${at('who')} input`).inputValue(), 'Ada Lovelace');
      assert.equal(await p.page.locator(`${at('sev')} .select-value`).innerText(), 'High');
      assert.equal(await p.page.locator(`${at('panel')}.expanded`).count(), 1);

      // The input itself changes (its placeholder): as on a first render, its value is gone; the others stay.
      const changed = formCard('first', above) as { body: { elements: Record<string, unknown>[] } };
      const form = changed.body.elements[3] as { elements: Record<string, unknown>[] };
      form.elements[0].placeholder = text('Name?');
      await p.send(changed);
      assert.equal(await p.page.locator(`${at('who')} input`).inputValue(), '');
      assert.equal(await p.page.locator(`${at('who')} input`).getAttribute('placeholder'), 'Name?');
      assert.equal(await p.page.locator(`${at('sev')} .select-value`).innerText(), 'High');

      // Removed: the panel and the ping button are gone; the page draws what a first render of it draws.
      changed.body.elements.splice(4, 2);
      await p.send(changed);
      assert.equal(await p.page.locator(at('panel')).count(), 0);
      assert.equal(await p.page.locator(at('ping')).count(), 0);
      assert.deepEqual(p.errors, []);
    } finally {
      await p.page.close();
    }
  });

  test('a change of the header or of the card config is drawn; a broken version keeps everything', async () => {
    const p = await openPage();
    try {
      await p.send(formCard('first'));
      await fillIn(p);
      const retitled = formCard('first') as { header: unknown; config?: unknown };
      retitled.header = { title: text('New title') };
      await p.send(retitled);
      assert.equal(await p.page.locator('.card-header .header-title').innerText(), 'New title');
      assert.equal(await p.page.locator(`${at('who')} input`).inputValue(), 'Ada Lovelace');
      retitled.config = { width_mode: 'fill' };
      await p.send(retitled);
      assert.equal(await p.page.locator(`${at('sev')} .select-value`).innerText(), 'High');
      assert.equal(await p.page.locator(`${at('panel')}.expanded`).count(), 1);
      await p.send('{ "schema": "2.0", "body": { "elements": [ ');
      assert.equal(await p.page.locator(`${at('who')} input`).inputValue(), 'Ada Lovelace');
      assert.deepEqual(p.errors, []);
    } finally {
      await p.page.close();
    }
  });
});

// ---------- property: any sequence of edits draws what a first render of the final card draws ----------

const leaf = fc.oneof(
  fc.record({ tag: fc.constant('markdown'), content: fc.constantFrom('a', 'b **c**', 'd\ne') }),
  fc.record({
    tag: fc.constant('button'),
    element_id: fc.constantFrom('b1', 'b2', 'b3'),
    text: fc.constantFrom('Go', 'Stop').map(text),
    behaviors: fc.constant([{ type: 'callback', value: { k: 1 } }]),
  }),
  fc.record({
    tag: fc.constant('input'),
    name: fc.constantFrom('i1', 'i2', 'i3'),
    placeholder: fc.constantFrom('x', 'y').map(text),
  }),
  fc.record({ tag: fc.constant('hr') }),
  fc.record({
    tag: fc.constant('checker'),
    name: fc.constantFrom('c1', 'c2'),
    text: fc.constantFrom('t', 'u').map(text),
  }),
);

const component: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  {
    weight: 1,
    arbitrary: fc.record({
      tag: fc.constant('collapsible_panel'),
      expanded: fc.boolean(),
      header: fc.constantFrom('P', 'Q').map((t) => ({ title: text(t) })),
      elements: fc.array(leaf, { maxLength: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      tag: fc.constant('column_set'),
      columns: fc.array(
        fc.record({ tag: fc.constant('column'), elements: fc.array(leaf, { maxLength: 2 }) }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      tag: fc.constant('form'),
      name: fc.constantFrom('f1', 'f2'),
      elements: fc.array(leaf, { maxLength: 3 }),
    }),
  },
);

type Card = {
  schema: string;
  header?: unknown;
  config?: unknown;
  body: { elements: Record<string, unknown>[] };
};

interface EditValue {
  kind: 'insert' | 'remove' | 'replace' | 'swap' | 'inner' | 'header' | 'config';
  at?: number;
  with?: number;
  item?: Record<string, unknown>;
  title?: string;
  mode?: string;
}

/** An edit: what an author does to the card's text. */
const edit: fc.Arbitrary<EditValue> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), item: component }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), item: component }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('inner' as const), at: fc.nat(), item: leaf }),
  fc.record({ kind: fc.constant('header' as const), title: fc.constantFrom('H1', 'H2') }),
  fc.record({ kind: fc.constant('config' as const), mode: fc.constantFrom('fill', 'compact', 'default') }),
);

/** Gives every text field a name of its own, so "the same field" is well defined across edits. */
function nameFields(value: unknown, next: () => string): unknown {
  const copy = structuredClone(value);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.tag === 'input') o.name = next();
      Object.values(o).forEach(walk);
    }
  };
  walk(copy);
  return copy;
}

function apply(card: Card, e: EditValue, next: () => string): Card {
  const result = structuredClone(card);
  const list = result.body.elements;
  const i = list.length ? e.at! % list.length : 0;
  const item = () => nameFields(e.item, next) as Record<string, unknown>;
  switch (e.kind) {
    case 'insert':
      list.splice(list.length ? e.at! % (list.length + 1) : 0, 0, item());
      break;
    case 'remove':
      if (list.length) list.splice(i, 1);
      break;
    case 'replace':
      if (list.length) list[i] = item();
      break;
    case 'swap': {
      const j = list.length ? e.with! % list.length : 0;
      if (list.length) [list[i], list[j]] = [list[j], list[i]];
      break;
    }
    case 'inner': {
      // An edit inside a container: its own properties stay, a child is added.
      const container = list.find((c, k) => k >= i && Array.isArray(c.elements));
      if (container) (container.elements as unknown[]).push(item());
      break;
    }
    case 'header':
      result.header = { title: text(e.title!) };
      break;
    case 'config':
      result.config = { width_mode: e.mode };
      break;
  }
  return result;
}

/** Each text field of the card by name, as JSON text. */
function fieldsOf(card: Card): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.tag === 'input') out.set(String(o.name), JSON.stringify(o));
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('property', () => {
  test('after any edits, the card drawn equals a first render of the final card, and unchanged fields keep their text', async () => {
    const p = await openPage();
    const reference = await openPage();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(component, { minLength: 1, maxLength: 6 }),
          fc.array(edit as fc.Arbitrary<EditValue>, { minLength: 1, maxLength: 4 }),
          async (elements, edits) => {
            let n = 0;
            const next = () => `in${n++}`;
            let card: Card = {
              schema: '2.0',
              body: { elements: nameFields(elements, next) as Card['body']['elements'] },
            };
            await p.send(card);
            for (const e of edits) {
              // The user types into every text field first, each its own text.
              const typed = new Map<string, string>(
                await p.page.evaluate(() =>
                  [...document.querySelectorAll<HTMLInputElement>('#card input.input')].map((input) => {
                    input.value = `typed into ${input.name}`;
                    input.dispatchEvent(new Event('input'));
                    return [input.name, input.value] as [string, string];
                  }),
                ),
              );
              const before = fieldsOf(card);
              const previous = card;
              card = apply(card, e, next);
              // Every top-level element is marked; those before the first changed one (and, when the list
              // kept its length, after the last) must be the same DOM afterwards, unless the frame changed.
              await p.page.evaluate(() =>
                document
                  .querySelectorAll<HTMLElement>('#card .card-body > [data-path]')
                  .forEach((node) => ((node as unknown as { mark?: string }).mark = node.dataset.path)),
              );
              await p.send(card);
              const [was, now] = [previous.body.elements, card.body.elements].map((l) =>
                l.map((c) => JSON.stringify(c)),
              );
              const sameFrame = JSON.stringify(previous.config) === JSON.stringify(card.config);
              const kept = new Set<number>();
              for (let k = 0; k < Math.min(was.length, now.length) && was[k] === now[k]; k++) kept.add(k);
              if (was.length === now.length)
                for (let k = was.length - 1; k >= 0 && was[k] === now[k]; k--) kept.add(k);
              const marks = await p.page.evaluate(() =>
                [...document.querySelectorAll<HTMLElement>('#card .card-body > [data-path]')].map(
                  (node) => (node as unknown as { mark?: string }).mark ?? null,
                ),
              );
              if (sameFrame)
                for (const k of kept)
                  assert.equal(
                    marks[k],
                    JSON.stringify(['body', 'elements', k]),
                    `element ${k} kept its DOM`,
                  );
              // A field that is still there, unchanged, still holds what was typed into it; others are empty.
              const after = fieldsOf(card);
              const shown = await p.page.evaluate(() =>
                [...document.querySelectorAll<HTMLInputElement>('#card input.input')].map(
                  (input) => [input.name, input.value] as [string, string],
                ),
              );
              for (const [name, value] of shown) {
                const same = before.get(name) !== undefined && before.get(name) === after.get(name);
                assert.equal(value, same ? typed.get(name) : '', `${name} after ${e.kind}`);
              }
            }
            // Without what the user typed (field values are not markup), the page equals a first render.
            await reference.send(card);
            await postToPage(reference.page, INIT_MESSAGE);
            assert.equal(await p.html(), await reference.html());
          },
        ),
        { numRuns: 40 },
      );
      assert.deepEqual(p.errors, []);
      assert.deepEqual(reference.errors, []);
    } finally {
      await p.page.close();
      await reference.page.close();
    }
  });
});
