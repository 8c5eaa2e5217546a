// A multi-language 1.0 card (`i18n_elements`) becomes one 2.0 element list with per-field i18n, so every
// language survives the migration; where the languages differ in more than 2.0 can translate per field,
// one language is kept and the migration says where they part.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { migrateToV2 } from '../../../server/src/card/migrate/toV2';
import { targetOf } from '../../../server/src/card/interaction/target';
import { session } from '../interaction/helpers';

const text = (content: string) => ({ tag: 'plain_text', content });
const md = (content: string) => ({ tag: 'lark_md', content });

/** One language of a leave card: a text, a note with an icon, and two buttons with callback values. */
function leave(lang: { body: string; note: string; yes: string; no: string; icon: string }) {
  return [
    { tag: 'div', text: md(lang.body) },
    {
      tag: 'note',
      elements: [{ tag: 'img', img_key: lang.icon, alt: text('') }, text(lang.note)],
    },
    {
      tag: 'action',
      actions: [
        { tag: 'button', text: text(lang.yes), type: 'primary', value: { decision: 'approve', id: 7 } },
        { tag: 'button', text: text(lang.no), value: { decision: 'reject', id: 7 } },
      ],
    },
  ];
}

const zh = { body: '**张三** 申请休假', note: '来自审批', yes: '同意', no: '拒绝', icon: 'img_v2_zh' };
const en = {
  body: '**Zhang San** asks for leave',
  note: 'From approvals',
  yes: 'Approve',
  no: 'Reject',
  icon: 'img_v2_en',
};

function clickValues(card: unknown): unknown[] {
  const s = session(card);
  return s.card.components
    .filter((c) => c.tag === 'button')
    .map((c) => {
      const outcome = s.interact(targetOf(s.card, c), { kind: 'click' });
      return outcome.kind === 'callback' ? outcome.request.event.action.value : outcome.kind;
    });
}

test('i18n_elements become per-field i18n_content / i18n_img_key for every language, clicks keep their values', () => {
  const v1 = {
    header: { title: text('Leave') },
    i18n_elements: { zh_cn: leave(zh), en_us: leave(en) },
  };
  const { card, notes } = migrateToV2(v1);
  assert.deepEqual(notes, [], 'nothing left unconverted');
  const out = JSON.stringify(card, null, 2);
  assert.deepEqual(
    lintText(out).findings.map((f) => `${f.ruleId}: ${f.message}`),
    [],
    out,
  );
  const body = (card.body as { elements: Record<string, unknown>[] }).elements;
  // The plain fields carry zh_cn (the language a client outside the list falls back to) …
  assert.deepEqual((body[0].text as Record<string, unknown>).i18n_content, {
    zh_cn: zh.body,
    en_us: en.body,
  });
  assert.equal((body[0].text as Record<string, unknown>).content, zh.body);
  // … the note's text and icon, and the button labels, are translated too.
  assert.deepEqual((body[1].text as Record<string, unknown>).i18n_content, {
    zh_cn: zh.note,
    en_us: en.note,
  });
  assert.deepEqual((body[1].icon as Record<string, unknown>).i18n_img_key, {
    zh_cn: zh.icon,
    en_us: en.icon,
  });
  assert.match(out, /"en_us": "Approve"/);
  assert.match(out, /"en_us": "Reject"/);
  // Each language of the 1.0 card sends what the one 2.0 card sends.
  const migrated = clickValues(card);
  assert.deepEqual(migrated, [
    { decision: 'approve', id: 7 },
    { decision: 'reject', id: 7 },
  ]);
  const original = clickValues(v1);
  assert.deepEqual(original, [...migrated, ...migrated]);
});

test('languages that differ beyond texts keep one language and name the first difference', () => {
  const other = leave(en);
  (other[2].actions as Record<string, unknown>[])[0].value = { decision: 'approve', id: 8 };
  const { card, notes } = migrateToV2({ i18n_elements: { zh_cn: leave(zh), en_us: other } });
  assert.equal(notes.length, 1);
  assert.match(notes[0].message.en, /zh_cn elements were kept; en_us/);
  assert.match(notes[0].message.en, /first differ at 2\.columns\.0\.elements\.0\.behaviors\.0\.value\.id/);
  assert.doesNotMatch(JSON.stringify(card), /Approve|i18n_content/);
  // A different number of elements: the same, at the list itself.
  const short = migrateToV2({ i18n_elements: { en_us: leave(en), ja_jp: leave(en).slice(0, 2) } });
  assert.match(short.notes[0].message.en, /en_us elements were kept; ja_jp/);
});

const hr = { tag: 'hr' };
const button = { tag: 'button', text: text('B'), complex_interaction: true };
const notePaths = (notes: { path: (string | number)[] }[]) => notes.map((n) => n.path);

test('i18n_elements beside elements are dropped with a note; an empty map changes nothing', () => {
  const beside = migrateToV2({ elements: [hr], i18n_elements: { en_us: [button] } });
  assert.deepEqual(beside.card.body, { elements: [hr] });
  assert.deepEqual(notePaths(beside.notes), [['i18n_elements']]);
  assert.match(beside.notes[0].message.en, /dropped beside `elements`/);
  assert.match(beside.notes[0].message.zh, /i18n_content/);
  const empty = migrateToV2({ elements: [], i18n_elements: {} });
  assert.deepEqual(empty, { card: { schema: '2.0', body: { elements: [] } }, notes: [] });
  const notMap = migrateToV2({ elements: [], i18n_elements: [[hr]] });
  assert.deepEqual(notMap, { card: { schema: '2.0', body: { elements: [] } }, notes: [] });
});

test('one language is taken as it is, with its notes at its own path', () => {
  const { card, notes } = migrateToV2({ i18n_elements: { en_us: [hr, button] } });
  assert.deepEqual(card.body, { elements: [hr, { tag: 'button', text: text('B') }] });
  assert.deepEqual(notePaths(notes), [['i18n_elements', 'en_us', 1, 'complex_interaction']]);
  // A language whose value is not a list has no elements.
  assert.deepEqual(migrateToV2({ i18n_elements: { en_us: 'x' } }).card.body, { elements: [] });
});

test('zh_cn is the base language when present, else the first; only its notes are kept', () => {
  const both = migrateToV2({ i18n_elements: { en_us: [button, md('Hi')], zh_cn: [button, md('你好')] } });
  assert.deepEqual(notePaths(both.notes), [['i18n_elements', 'zh_cn', 0, 'complex_interaction']]);
  const merged = (both.card.body as { elements: { content?: string; i18n_content?: unknown }[] }).elements[1];
  assert.equal(merged.content, '你好');
  assert.deepEqual(merged.i18n_content, { en_us: 'Hi', zh_cn: '你好' });
  const noZh = migrateToV2({
    i18n_elements: { ja_jp: [button, md('こんにちは')], en_us: [button, md('Hi')] },
  });
  assert.deepEqual(notePaths(noZh.notes), [['i18n_elements', 'ja_jp', 0, 'complex_interaction']]);
  const first = (noZh.card.body as { elements: { content?: string }[] }).elements[1];
  assert.equal(first.content, 'こんにちは');
});

test('when the languages cannot merge, the base language is kept and the note names the others', () => {
  const { card, notes } = migrateToV2({
    i18n_elements: { en_us: [md('Hi'), hr], zh_cn: [md('你好'), hr], ja_jp: [md('やあ'), { tag: 'div' }] },
  });
  assert.deepEqual(card.body, { elements: [md('你好'), hr] });
  assert.deepEqual(notePaths(notes), [['i18n_elements']]);
  assert.match(notes[0].message.en, /\(they first differ at 1\.tag\)/);
  assert.match(notes[0].message.en, /the zh_cn elements were kept; en_us, ja_jp must be rewritten/);
  assert.match(notes[0].message.zh, /（首个差异位于 1\.tag）/);
  assert.match(notes[0].message.zh, /已保留 zh_cn 的组件；en_us、ja_jp 需改写/);
  // Parting at the list itself (a language without a list): no place to name.
  const { notes: whole } = migrateToV2({ i18n_elements: { zh_cn: [hr], en_us: 'x' } });
  assert.doesNotMatch(whole[0].message.en, /first differ/);
  assert.doesNotMatch(whole[0].message.zh, /首个差异/);
  assert.match(whole[0].message.en, /default values, which 2\.0/);
});
