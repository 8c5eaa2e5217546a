// Hover on `${name}` (template/variableFeatures.ts): what the variable is bound to, the loop it belongs to,
// its sample values (at most three, clipped) or why there are none, in English and Chinese.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCard } from '../../../server/src/card/parse/parse';
import { readTemplateData } from '../../../server/src/card/template/sampleData';
import { variableHover } from '../../../server/src/card/template/variableFeatures';

const v = (name: string) => '${' + name + '}';
const TEXT = JSON.stringify({
  schema: '2.0',
  card_link: v('link'),
  body: {
    elements: [
      { tag: 'column', _varloop: v('rows'), elements: [{ tag: 'markdown', content: v('label') }] },
      { tag: 'date_picker', initial_date: v('day') },
      { tag: 'img', img_key: v('pic') },
      { tag: 'markdown', content: `see ${v('big')} and ${v('gone')}` },
    ],
  },
});
const CARD = parseCard(TEXT);
const DATA = readTemplateData(
  JSON.stringify({
    rows: [{ label: 'a' }, { label: 'b' }, { label: 'c' }, { label: 'd' }, {}],
    day: '2025-01-01',
    big: 'x'.repeat(900),
  }),
  'C:\\cards\\alarm.data.json',
);
const hover = (name: string, locale: 'en' | 'zh' = 'en', data: typeof DATA | null = DATA) =>
  variableHover(CARD, TEXT.indexOf(v(name)) + 2, data ?? undefined, { locale })?.markdown ?? '';

test('the first line names the variable and its binding, in both languages', () => {
  assert.match(
    hover('link'),
    /^\*\*`\$\{link\}`\*\* — template variable: link variable `\{url, pc_url, ios_url, android_url\}`/,
  );
  assert.match(hover('link', 'zh'), /^\*\*`\$\{link\}`\*\* — 模板变量: 链接变量/);
  assert.match(hover('rows'), /template variable: object array/);
  assert.match(hover('rows', 'zh'), /模板变量: 对象数组/);
  assert.match(hover('day'), /template variable: date `yyyy-MM-dd`/);
  assert.match(hover('pic', 'zh'), /模板变量: 图片变量 `\{img_key\}`/);
  assert.match(hover('label'), /template variable: text\n/);
  assert.match(hover('label', 'zh'), /模板变量: 文本\n/);
});

test('the range is the whole `${name}`, from either end; elsewhere no hover', () => {
  const start = TEXT.indexOf(v('day'));
  for (const offset of [start, start + v('day').length]) {
    const h = variableHover(CARD, offset, DATA, { locale: 'en' })!;
    assert.equal(TEXT.slice(h.start, h.end), v('day'));
  }
  assert.equal(variableHover(CARD, start - 1, DATA, { locale: 'en' }), undefined);
  assert.equal(variableHover(CARD, TEXT.indexOf('schema'), DATA, { locale: 'en' }), undefined);
  const notCard = parseCard(JSON.stringify({ name: 'pkg', x: v('day') }));
  assert.equal(
    variableHover(notCard, JSON.stringify({ name: 'pkg', x: v('day') }).indexOf('$') + 1, DATA, {
      locale: 'en',
    }),
    undefined,
  );
  const tooLarge = parseCard(TEXT, { maxSize: 10 });
  assert.equal(variableHover(tooLarge, start + 1, DATA, { locale: 'en' }), undefined);
});

test('a loop field says which list it comes from', () => {
  assert.match(hover('label'), /\n\nA field of each item of `rows` \(or a top-level value\)\./);
  assert.match(hover('label', 'zh'), /\n\n`rows` 列表项的字段（或顶层变量）。/);
  assert.doesNotMatch(hover('day'), /A field of each item/);
  assert.doesNotMatch(hover('rows'), /A field of each item/);
});

test('sample values: the data file by name, at most three values, the rest counted', () => {
  assert.match(hover('day'), /\n\nSample value \(alarm\.data\.json\):\n\n```json\n"2025-01-01"\n```$/);
  assert.match(hover('day', 'zh'), /\n\n示例值（alarm\.data\.json）：\n\n```json\n"2025-01-01"\n```$/);
  const label = hover('label');
  assert.equal(label.match(/```json/g)?.length, 3);
  assert.match(label, /"a"[\s\S]*"b"[\s\S]*"c"/);
  assert.doesNotMatch(label, /"d"/);
  assert.match(label, /\n\n\.\.\. and 1 more$/);
  assert.match(hover('label', 'zh'), /\n\n……另有 1 项$/);
  const three = readTemplateData(
    JSON.stringify({ rows: [{ label: 'a' }, { label: 'b' }, { label: 'c' }] }),
    '/d/x.data.json',
  );
  assert.doesNotMatch(hover('label', 'en', three), /more/);
  assert.equal(hover('label', 'en', three).match(/```json/g)?.length, 3);
  // A long value is clipped.
  const big = /```json\n(.*)\n```/.exec(hover('big'))![1];
  assert.equal(big.length, 800);
  assert.ok(big.endsWith('...'));
  assert.ok(big.startsWith('"xxx'));
});

test('a name the data lacks, no data at all, or a loop without a sample list', () => {
  assert.match(hover('gone'), /\n\nNot in the sample data \(alarm\.data\.json\)\.$/);
  assert.match(hover('gone', 'zh'), /\n\n示例数据（alarm\.data\.json）中没有此变量。$/);
  assert.match(hover('day', 'en', null), /\n\nNo sample data: add a `<card>\.data\.json` beside the card\.$/);
  assert.match(hover('day', 'zh', null), /\n\n没有示例数据：在卡片旁添加 `<卡片名>\.data\.json`。$/);
  // The loop's list is not a list: nothing more to say (the list itself is reported).
  const noList = readTemplateData('{"rows": "x"}', '/d/x.data.json');
  assert.equal(
    hover('label', 'en', noList),
    '**`${label}`** — template variable: text\n\nA field of each item of `rows` (or a top-level value).',
  );
});
