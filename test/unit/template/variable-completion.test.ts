// Completion for template variables (template/variableFeatures.ts): names after `${` in a card string, keys
// in a data file from the cards that use it; plus the name under the cursor and its uses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCard } from '../../../server/src/card/parse/parse';
import { readTemplateData } from '../../../server/src/card/template/sampleData';
import {
  dataKeyCompletions,
  variableCompletions,
  variableKeyInCard,
  variableKeyInData,
  variableUses,
} from '../../../server/src/card/template/variableFeatures';

const v = (name: string) => '${' + name + '}';
const LOOPS =
  '{"schema":"2.0","body":{"elements":[{"tag":"column","_varloop":"${outer}","elements":[{"tag":"column","_varloop":"${inner}","elements":[{"tag":"markdown","content":"${used} ${x"}]}]}]}}';
const LOOP_DATA = readTemplateData(
  JSON.stringify({ outer: [{ x: 1, o: 'o' }, 5], inner: [{ x: 2 }], top: 'y'.repeat(100) }),
  'd.json',
);
const complete = (
  text: string,
  offset: number,
  data: typeof LOOP_DATA | null = LOOP_DATA,
  locale: 'en' | 'zh' = 'en',
) => variableCompletions(parseCard(text), offset, data ?? undefined, { locale });

test('after ${: loop item fields (innermost first), then sample names, then names the card uses', () => {
  const offset = LOOPS.indexOf('${x') + 3;
  const items = complete(LOOPS, offset);
  assert.deepEqual(
    items.map((i) => [i.label, i.sortText, i.detail]),
    [
      ['x', '0x', '2'],
      ['o', '0o', '"o"'],
      ['outer', '1outer', '[{"x":1,"o":"o"},5]'],
      ['inner', '1inner', '[{"x":2}]'],
      ['top', '1top', '"' + 'y'.repeat(56) + '...'],
      ['used', '2used', 'variable used in the card'],
    ],
  );
  const x = items[0];
  assert.deepEqual(x, {
    label: 'x',
    kind: 'value',
    detail: '2',
    documentation: '```json\n2\n```',
    insertText: 'x}',
    snippet: false,
    replace: { start: offset - 1, end: offset },
    filterText: 'x',
    sortText: '0x',
    additionalEdits: [],
    retrigger: false,
  });
  assert.equal(items.find((i) => i.label === 'used')!.documentation, undefined);
  assert.equal(
    complete(LOOPS, offset, LOOP_DATA, 'zh').find((i) => i.label === 'used')!.detail,
    '卡片中的变量',
  );
  assert.equal(items.find((i) => i.label === 'top')!.detail!.length, 60);
});

test('the name being typed: the replaced range covers what stands after the cursor, a closing } is kept', () => {
  const text = '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"a ${ab_c} b ${other}"}]}}';
  const offset = text.indexOf('${ab') + 4;
  const items = complete(text, offset, readTemplateData('{"abx": 1}', 'd.json'));
  const abx = items.find((i) => i.label === 'abx')!;
  assert.deepEqual(abx.replace, { start: offset - 2, end: offset + 2 });
  assert.equal(abx.insertText, 'abx');
  // The reference under the cursor is not offered as a name; the other one is.
  assert.deepEqual(
    items.map((i) => i.label),
    ['abx', 'other'],
  );
  // Without data only the card's names.
  assert.deepEqual(
    complete(text, offset, null).map((i) => i.label),
    ['other'],
  );
  // Right after `${`.
  const open = '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"a ${"}]}}';
  const start = open.indexOf('${') + 2;
  assert.deepEqual(complete(open, start, readTemplateData('{"n": 1}', 'd.json'))[0].replace, {
    start,
    end: start,
  });
  assert.equal(complete(open, start, readTemplateData('{"n": 1}', 'd.json'))[0].insertText, 'n}');
});

test('only inside a string of the card, and never in a card held in a JSON string', () => {
  const data = readTemplateData('{"n": 1}', 'd.json');
  // Escaped quotes before the `${` do not end the string.
  const escaped = '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"say \\"hi\\" ${"}]}}';
  assert.equal(complete(escaped, escaped.indexOf('${') + 2, data).length, 1);
  // A `${` after a closed string is not in a string.
  const outside = '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"x"} ${ ]}}';
  assert.deepEqual(complete(outside, outside.indexOf('${') + 2, data), []);
  // Only the cursor's line counts: a quote on the line before does not open a string here.
  const lines = '{"schema":"2.0",\n"body":{"elements":[{"tag":"markdown",\n"content":"x ${"}]}}';
  assert.equal(complete(lines, lines.indexOf('${') + 2, data).length, 1);
  // No `${` before the cursor, or other characters after it.
  assert.deepEqual(complete(escaped, escaped.indexOf('hi'), data), []);
  const broken = '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"${a b"}]}}';
  assert.deepEqual(complete(broken, broken.indexOf(' b') + 2, data), []);
  const wrapped = JSON.stringify({
    msg_type: 'interactive',
    content: JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: '${' }] } }),
  });
  assert.deepEqual(complete(wrapped, wrapped.indexOf('${') + 2, data), []);
  const notCard = '{"name": "${"}';
  assert.deepEqual(complete(notCard, notCard.indexOf('${') + 2, data), []);
});

const CARD = parseCard(
  JSON.stringify({
    schema: '2.0',
    card_link: v('link'),
    body: {
      elements: [
        {
          tag: 'column',
          _varloop: v('rows'),
          elements: [{ tag: 'markdown', content: v('label') + v('who') + v('who') }],
        },
        { tag: 'date_picker', initial_date: v('day') },
      ],
    },
  }),
);
const keys = (text: string, offset: number, locale: 'en' | 'zh' = 'en', path = 'x.data.json') =>
  dataKeyCompletions(readTemplateData(text, path), offset, [CARD, CARD], { locale });

test('data-file keys: the names the cards use and the data lacks, with a sample value of their shape', () => {
  const text = '{\n  "day": 1,\n  "ro": 2\n}';
  const items = keys(text, text.indexOf('"ro"') + 2, 'zh');
  assert.deepEqual(
    items.map((i) => [i.label, i.insertText, i.detail]),
    [
      [
        'link',
        '"link": {"url":"https://example.com","pc_url":"","ios_url":"","android_url":""}',
        '链接变量 `{url, pc_url, ios_url, android_url}`',
      ],
      ['rows', '"rows": [{"label":"label","who":"who"}]', '对象数组（`_varloop` 按每一项重复组件）'],
    ],
  );
  assert.deepEqual(items[0], {
    label: 'link',
    kind: 'property',
    detail: '链接变量 `{url, pc_url, ios_url, android_url}`',
    insertText: '"link": {"url":"https://example.com","pc_url":"","ios_url":"","android_url":""}',
    snippet: false,
    replace: { start: text.indexOf('"ro"'), end: text.indexOf('"ro"') + 4 },
    filterText: '"link"',
    sortText: 'link',
    additionalEdits: [],
    retrigger: false,
  });
  assert.equal(
    keys(text, text.indexOf('"ro"') + 2)[1].detail,
    'object array (`_varloop` repeats the component per item)',
  );
  // At a fresh spot the range is empty.
  const fresh = '{\n  \n}';
  assert.deepEqual(keys(fresh, 4)[0].replace, { start: 4, end: 4 });
  assert.deepEqual(
    keys(fresh, 4).map((i) => i.label),
    ['link', 'rows', 'day'],
  );
});

test('data-file keys in a loop item: the fields used inside that loop', () => {
  const text = '{"rows": [{"label": 1, "w": 2}]}';
  const items = keys(text, text.indexOf('"w"') + 1);
  assert.deepEqual(
    items.map((i) => [i.label, i.insertText, i.detail]),
    [['who', '"who": "who"', 'text']],
  );
  assert.deepEqual(items[0].replace, { start: text.indexOf('"w"'), end: text.indexOf('"w"') + 3 });
  // An item of a list no loop uses, a value position, a nested object: nothing.
  const other = '{"cols": [{"w": 2}]}';
  assert.deepEqual(keys(other, other.indexOf('"w"') + 1), []);
  assert.deepEqual(keys(text, text.indexOf('1')), []);
  const nested = '{"day": {"w": 1}}';
  assert.deepEqual(keys(nested, nested.indexOf('"w"') + 1), []);
});

test('data-file keys in a send request: inside template_variable only', () => {
  const text = '{"type": "template", "data": {"template_id": "t", "template_variable": {"d": 1}}}';
  assert.deepEqual(
    keys(text, text.indexOf('"d"') + 1).map((i) => i.label),
    ['link', 'rows', 'day'],
  );
  assert.deepEqual(keys(text, text.indexOf('"template_id"') + 1), []);
  assert.deepEqual(keys(text, text.indexOf('"type"') + 1), []);
  assert.deepEqual(dataKeyCompletions({ values: {} }, 0, [CARD], { locale: 'en' }), []);
});

test('the name under the cursor, in the card and in the data; the uses of a data key', () => {
  const text = JSON.stringify({
    schema: '2.0',
    body: {
      elements: [
        { tag: 'column', _varloop: v('rows'), elements: [{ tag: 'markdown', content: v('who') + v('top') }] },
        { tag: 'markdown', content: v('who') },
      ],
    },
  });
  const card = parseCard(text);
  assert.deepEqual(variableKeyInCard(card, text.indexOf(v('who')) + 1), { name: 'who', list: 'rows' });
  assert.deepEqual(variableKeyInCard(card, text.lastIndexOf(v('who')) + 1), { name: 'who' });
  assert.equal('list' in variableKeyInCard(card, text.lastIndexOf(v('who')) + 1)!, false);
  assert.equal(variableKeyInCard(card, 1), undefined);
  const dataText = '{"who": 1, "top": 2, "rows": [{"who": 3}]}';
  const data = readTemplateData(dataText, 'd.json');
  assert.deepEqual(variableKeyInData(data, 2), { name: 'who', list: undefined });
  assert.deepEqual(variableKeyInData(data, dataText.lastIndexOf('"who"') + 1), { name: 'who', list: 'rows' });
  assert.equal(variableKeyInData(data, dataText.indexOf('1')), undefined);
  const at = (uses: { start: number }[]) => uses.map((u) => u.start);
  // The items have `who`: the top-level key is used only outside the loop.
  assert.deepEqual(at(variableUses(card, { name: 'who' }, data)), [text.lastIndexOf(v('who'))]);
  assert.deepEqual(at(variableUses(card, { name: 'who', list: 'rows' }, data)), [text.indexOf(v('who'))]);
  assert.deepEqual(at(variableUses(card, { name: 'who', list: 'cols' }, data)), []);
  // The items lack `top`: inside the loop it is the top-level key.
  assert.deepEqual(at(variableUses(card, { name: 'top' }, data)), [text.indexOf(v('top'))]);
  // Without data, or with items that are no objects, a loop field may be the top-level key.
  assert.deepEqual(at(variableUses(card, { name: 'who' }, undefined)), [
    text.indexOf(v('who')),
    text.lastIndexOf(v('who')),
  ]);
  const odd = readTemplateData('{"rows": [1, "who"]}', 'd.json');
  assert.equal(variableUses(card, { name: 'who' }, odd).length, 2);
  const uses = variableUses(card, { name: 'who' }, data);
  assert.equal(text.slice(uses[0].start, (uses[0] as { end: number }).end), v('who'));
});
