import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTemplateData } from '../../../server/src/card/template/sampleData';
import { card2, expectRule } from '../../support/markers';

const data = (values: Record<string, unknown>) => ({
  templateData: readTemplateData(JSON.stringify(values), 'c.data.json'),
});
const v = (name: string) => '${' + name + '}';
/** card2 output with «markers» around every `${name}` listed. */
function marked(elements: unknown[], bad: string[], extra: Record<string, unknown> = {}): string {
  let text = card2(elements, extra);
  for (const name of bad) text = text.split(`${v(name)}`).join(`«${v(name)}»`);
  return text;
}

test('variable-type: link variables need a link object or a URL', () => {
  const elements = [
    { tag: 'button', behaviors: [{ type: 'open_url', default_url: v('badLink') }] },
    { tag: 'button', behaviors: [{ type: 'open_url', default_url: v('goodObj') }] },
    { tag: 'button', behaviors: [{ type: 'open_url', default_url: v('goodUrl') }] },
    { tag: 'column', action: { multi_url: v('numLink') } },
  ];
  const findings = expectRule(
    'variable-type',
    marked(elements, ['badLink', 'numLink', 'cardLink'], { card_link: v('cardLink') }),
    data({
      badLink: 'example.com',
      goodObj: { url: 'https://e.com', pc_url: '', ios_url: '', android_url: '' },
      goodUrl: 'https://applink.feishu.cn/client/x',
      numLink: 5,
      cardLink: { pc_url: 1 },
    }),
  );
  assert.equal(findings[0].severity, 'warning');
});

test('variable-type: URLs put together from a variable', () => {
  const elements = [
    {
      tag: 'button',
      behaviors: [{ type: 'open_url', default_url: `${v('host')}/path`, pc_url: `https://e.com/${v('id')}` }],
    },
  ];
  expectRule('variable-type', marked(elements, ['host']), data({ host: 'e.com', id: '42' }));
  expectRule('variable-type', marked(elements, []), data({ host: 'https://e.com', id: 3 }));
});

test('variable-type: an object variable (callback value) that is a string or not an object', () => {
  const elements = [
    { tag: 'button', behaviors: [{ type: 'callback', value: v('str') }] },
    { tag: 'button', behaviors: [{ type: 'callback', value: v('arr') }] },
    { tag: 'button', behaviors: [{ type: 'callback', value: v('obj') }] },
    { tag: 'markdown', content: v('str') },
  ];
  const text = card2(elements)
    .replace(`"value": "${v('str')}"`, `"value": "«${v('str')}»"`)
    .replace(`"${v('arr')}"`, `"«${v('arr')}»"`);
  const findings = expectRule('variable-type', text, data({ str: 'done', arr: [1], obj: { a: 1 } }));
  assert.match(findings[0].message, /string/);
});

test('variable-type: dates, times and date-times in the picker formats', () => {
  const elements = [
    { tag: 'date_picker', initial_date: v('d1') },
    { tag: 'date_picker', initial_date: v('d2') },
    { tag: 'picker_time', initial_time: v('t1') },
    { tag: 'picker_time', initial_time: v('t2') },
    { tag: 'picker_datetime', initial_datetime: v('dt1') },
    { tag: 'picker_datetime', initial_datetime: `${v('day')} ${v('hour')}` },
  ];
  expectRule(
    'variable-type',
    marked(elements, ['d2', 't2', 'dt1']),
    data({
      d1: '2025-06-05',
      d2: '2025/06/05',
      t1: '09:30',
      t2: '9:30 pm',
      dt1: '2025-06-05T09:30',
      day: '2025-06-05',
      hour: '23:59',
    }),
  );
});

test('variable-type: a loop variable must be an array of objects; each item is checked in loops', () => {
  const elements = [
    { tag: 'column', _varloop: v('notList'), elements: [] },
    { tag: 'column', _varloop: v('mixed'), elements: [] },
    {
      tag: 'column',
      _varloop: v('rows'),
      elements: [{ tag: 'button', behaviors: [{ type: 'open_url', default_url: v('link') }] }],
    },
  ];
  expectRule(
    'variable-type',
    marked(elements, ['notList', 'mixed', 'link']),
    data({ notList: { a: 1 }, mixed: [{}, 'x'], rows: [{ link: 'https://e.com' }, { link: 'nope' }] }),
  );
});

test('variable-type: silent without sample data and for undefined names', () => {
  const elements = [{ tag: 'button', behaviors: [{ type: 'callback', value: v('x') }] }];
  expectRule('variable-type', card2(elements));
  expectRule('variable-type', card2(elements), data({}));
});
