// Migration 1.0 → 2.0 on every valid official 1.0 example of the reference pages: the 2.0 card lints with no
// error and a click on each button carries the same action.value as on the 1.0 card (simulated sessions).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'jsonc-parser';
import { lintText } from '../../../server/src/card/lint/engine';
import { migrateToV2 } from '../../../server/src/card/migrate/toV2';
import { targetOf } from '../../../server/src/card/interaction/target';
import { session } from '../interaction/helpers';

const DOCS = ['/work/shared/reference/platform-docs', path.resolve('../shared/reference/platform-docs')].find(
  (dir) => {
    try {
      return readdirSync(dir).length > 0;
    } catch {
      return false;
    }
  },
);

/** Valid 1.0 cards from the JSON blocks of the 1.0 pages (component snippets and 2.0 cards left out). */
function officialExamples(): { page: string; card: Record<string, unknown> }[] {
  if (!DOCS) return [];
  const out: { page: string; card: Record<string, unknown> }[] = [];
  for (const page of readdirSync(DOCS).filter((f) => f.startsWith('v1--'))) {
    for (const block of readFileSync(path.join(DOCS, page), 'utf8').matchAll(/```json\s*\n([\s\S]*?)```/g)) {
      const errors: unknown[] = [];
      const value = parse(block[1], errors as never, { allowTrailingComma: true }) as unknown;
      if (errors.length > 0 || !value || typeof value !== 'object' || Array.isArray(value)) continue;
      const card = value as Record<string, unknown>;
      if (!Array.isArray(card.elements) || card.schema === '2.0' || 'tag' in card) continue;
      const before = lintText(JSON.stringify(card), { forceCard: true }).findings;
      if (before.some((f) => f.severity === 'error')) continue;
      out.push({ page, card });
    }
  }
  return out;
}

// Mistakes the 1.0 examples themselves make, which 1.0 ignores and 2.0 reports: duplicate overflow option
// values (legacy overflow page) and `initial_date` on a picker_datetime (legacy date picker page).
const SOURCE_MISTAKES = new Set(['option-value-duplicate', 'unknown-property']);

function buttonValues(card: unknown): unknown[] {
  const s = session(card);
  return s.card.components
    .filter((c) => c.tag === 'button' && !c.form)
    .map((c) => {
      const outcome = s.interact(targetOf(s.card, c), { kind: 'click' });
      return outcome.kind === 'callback' ? outcome.request.event.action.value : outcome.kind;
    });
}

test('every valid official 1.0 example becomes a 2.0 card with no lint error and the same click values', () => {
  const examples = officialExamples();
  if (!DOCS) return;
  assert.ok(examples.length >= 50, `only ${examples.length} examples found`);
  let clean = 0;
  for (const { page, card } of examples) {
    const { card: migrated } = migrateToV2(card);
    const text = JSON.stringify(migrated, null, 2);
    const errors = lintText(text).findings.filter((f) => f.severity === 'error');
    const unexplained = errors.filter((f) => !SOURCE_MISTAKES.has(f.ruleId));
    assert.deepEqual(
      unexplained.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`),
      [],
      `${page}:\n${text}`,
    );
    if (errors.length === 0) clean++;
    assert.deepEqual(buttonValues(migrated), buttonValues(card), `${page}: click values differ`);
  }
  assert.ok(clean >= examples.length - 4, `${clean} of ${examples.length} clean`);
});

test('action modules, note, header icons, spacing, href links and deprecated config', () => {
  const { card, notes } = migrateToV2({
    config: { wide_screen_mode: true, update_multi: true },
    header: {
      title: { tag: 'plain_text', content: 'T' },
      ud_icon: { token: 'chat_outlined', style: { color: 'red' } },
    },
    elements: [
      {
        tag: 'action',
        layout: 'bisected',
        actions: [
          { tag: 'button', text: { tag: 'plain_text', content: 'A' }, type: 'primary', value: { k: 'a' } },
          {
            tag: 'button',
            text: { tag: 'plain_text', content: 'B' },
            multi_url: { url: 'https://e.com', pc_url: 'https://e.com/pc', ios_url: '', android_url: '' },
          },
        ],
      },
      {
        tag: 'note',
        elements: [
          { tag: 'img', img_key: 'img_1' },
          { tag: 'plain_text', content: 'small print' },
        ],
      },
      { tag: 'column_set', horizontal_spacing: 'large', columns: [] },
      {
        tag: 'markdown',
        content: 'see [docs]($urlVal)',
        href: { urlVal: { url: 'https://e.com', pc_url: 'https://e.com/pc' } },
      },
      {
        tag: 'img',
        img_key: 'img_2',
        alt: { tag: 'plain_text', content: '' },
        size: 'stretch_without_padding',
      },
    ],
  });
  assert.deepEqual(card.config, { update_multi: true });
  assert.deepEqual((card.header as Record<string, unknown>).icon, {
    tag: 'standard_icon',
    token: 'chat_outlined',
    color: 'red',
  });
  const [buttons, div, columns, markdown] = (card.body as { elements: Record<string, unknown>[] }).elements;
  assert.equal(buttons.tag, 'column_set');
  assert.equal(buttons.flex_mode, 'bisect');
  const cols = buttons.columns as { elements: Record<string, unknown>[] }[];
  assert.deepEqual(cols[0].elements[0].behaviors, [{ type: 'callback', value: { k: 'a' } }]);
  assert.deepEqual(cols[1].elements[0].behaviors, [
    { type: 'open_url', default_url: 'https://e.com', pc_url: 'https://e.com/pc' },
  ]);
  assert.deepEqual(div, {
    tag: 'div',
    text: { tag: 'plain_text', content: 'small print', text_size: 'notation', text_color: 'grey' },
    icon: { tag: 'custom_icon', img_key: 'img_1' },
  });
  assert.equal(columns.horizontal_spacing, 'extra_large');
  assert.equal(markdown.content, "see <link url='https://e.com' pc_url='https://e.com/pc'>docs</link>");
  assert.equal(markdown.href, undefined);
  const listed = notes.map((n) => n.message.en).join('\n');
  assert.match(listed, /wide_screen_mode/);
  assert.match(listed, /stretch_without_padding/);
  const errors = lintText(JSON.stringify(card)).findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors, []);
});

test('every 1.0 card in examples/ becomes a 2.0 card with no lint finding and the same click values', () => {
  const dir = path.resolve('examples');
  const legacy = readdirSync(dir)
    .filter((name) => name.endsWith('.card.json'))
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }))
    .filter(({ text }) => lintText(text).card.kind === 'v1');
  assert.ok(legacy.length >= 1, 'examples/ has a 1.0 card');
  for (const { name, text } of legacy) {
    const card = JSON.parse(text) as Parameters<typeof migrateToV2>[0];
    const { card: migrated } = migrateToV2(card);
    const out = JSON.stringify(migrated, null, 2);
    const result = lintText(out);
    assert.equal(result.card.kind, 'v2', name);
    assert.deepEqual(
      result.findings.map((f) => `${f.ruleId}: ${f.message}`),
      [],
      name,
    );
    const values = buttonValues(card);
    assert.ok(values.length >= 2, `${name}: its buttons are clicked`);
    assert.deepEqual(buttonValues(migrated), values, `${name}: click values differ`);
  }
});

test('a 1.0 button with a link and a value keeps only the jump, unless complex_interaction asked for both', () => {
  const migrate = (extra: object) =>
    migrateToV2({
      elements: [
        {
          tag: 'action',
          actions: [
            {
              tag: 'button',
              text: { tag: 'plain_text', content: 'Go' },
              url: 'https://e.com',
              value: { k: 1 },
            },
          ].map((b) => ({ ...b, ...extra })),
        },
      ],
    });
  const button = (card: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(card.body)).elements[0].columns?.[0]?.elements?.[0] ??
    JSON.parse(JSON.stringify(card.body)).elements[0];

  const jumpOnly = migrate({});
  assert.deepEqual(button(jumpOnly.card).behaviors, [{ type: 'open_url', default_url: 'https://e.com' }]);
  assert.match(jumpOnly.notes.map((n) => n.message.en).join('\n'), /only opens the link/);

  const both = migrate({ complex_interaction: true });
  assert.deepEqual(button(both.card).behaviors, [
    { type: 'open_url', default_url: 'https://e.com' },
    { type: 'callback', value: { k: 1 } },
  ]);
  assert.doesNotMatch(both.notes.map((n) => n.message.en).join('\n'), /only opens the link/);
});
