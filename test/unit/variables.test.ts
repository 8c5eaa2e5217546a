// References, the data-file reader, the sidecar rule, substitution with loops, and the pure editor
// features (hover, completion, definition, uses, "add to the sample data").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { applyEdits } from '../../server/src/card/edit/jsonEdits';
import { lintText } from '../../server/src/card/lint/engine';
import { parseCard } from '../../server/src/card/parse/parse';
import { substitute, substituteCard } from '../../server/src/card/template/substitute';
import {
  addSampleValue,
  cardPathsForSidecar,
  dataFileSetting,
  readTemplateData,
  sidecarDataPath,
} from '../../server/src/card/template/sampleData';
import {
  dataKeyCompletions,
  variableCompletions,
  variableDefinition,
  variableHover,
  variableUses,
} from '../../server/src/card/template/variableFeatures';
import { findVariableReferences } from '../../server/src/card/template/variables';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'templates');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const v = (name: string) => '${' + name + '}';

test('references: exact ranges, whole strings, bindings and loops', () => {
  const text = JSON.stringify({
    schema: '2.0',
    card_link: v('link'),
    body: {
      elements: [
        { tag: 'markdown', content: `a ${v('x')} b ${v('y')}` },
        { tag: 'column', _varloop: v('rows'), elements: [{ tag: 'markdown', content: v('field') }] },
        { tag: 'button', behaviors: [{ type: 'callback', value: v('obj') }] },
        { tag: 'date_picker', initial_date: v('day') },
      ],
    },
  });
  const refs = findVariableReferences(parseCard(text));
  assert.deepEqual(
    refs.map((r) => [r.name, text.slice(r.start, r.end), r.whole, r.binding, r.loops.map((l) => l.name)]),
    [
      ['link', v('link'), true, 'link', []],
      ['x', v('x'), false, 'text', []],
      ['y', v('y'), false, 'text', []],
      ['rows', v('rows'), true, 'loop', []],
      ['field', v('field'), true, 'text', ['rows']],
      ['obj', v('obj'), true, 'object', []],
      ['day', v('day'), true, 'date', []],
    ],
  );
});

test('data files: plain object, send-request form, broken text', () => {
  const plain = readTemplateData(fixture('alarm.card.data.json'), 'alarm.card.data.json');
  assert.equal(plain.values.service, 'billing-api');
  assert.deepEqual(plain.valuesPath, []);
  const request = readTemplateData(fixture('request.card.data.json'));
  assert.deepEqual(request.values, { version: 'v2.3.1' });
  assert.deepEqual(request.valuesPath, ['data', 'template_variable']);
  assert.equal(request.templateId, 'AAqk1234567');
  assert.equal(readTemplateData('[1,2]').broken, true);
  assert.equal(readTemplateData('{"a": 1,').broken, true);
  assert.deepEqual(readTemplateData('\ufeff{"a": 1}').values, { a: 1 });
});

test('sidecar names and the dataFile setting', () => {
  assert.equal(sidecarDataPath('/x/alarm.json'), '/x/alarm.data.json');
  assert.equal(sidecarDataPath('/x/alarm.card.json'), '/x/alarm.card.data.json');
  assert.equal(sidecarDataPath('/x/alarm.card.jsonc'), '/x/alarm.card.data.json');
  assert.deepEqual(cardPathsForSidecar('/x/alarm.card.data.json'), [
    '/x/alarm.card.json',
    '/x/alarm.card.jsonc',
  ]);
  assert.deepEqual(cardPathsForSidecar('/x/alarm.json'), []);
  assert.equal(dataFileSetting({ variables: { dataFile: ' sample.json ' } }), 'sample.json');
  assert.equal(dataFileSetting({ variables: { dataFile: 3 } }), undefined);
  assert.equal(dataFileSetting(undefined), undefined);
});

test('substitute: strings, whole values, loops, link sources, missing names; input untouched', () => {
  const card = {
    schema: '2.0',
    card_link: v('home'),
    body: {
      elements: [
        { tag: 'markdown', content: `${v('who')} has ${v('n')} tasks ${v('nope')}` },
        {
          tag: 'column_set',
          columns: [
            {
              tag: 'column',
              _varloop: v('rows'),
              elements: [{ tag: 'markdown', content: `${v('label')} of ${v('who')}` }],
            },
          ],
        },
        {
          tag: 'button',
          behaviors: [
            { type: 'open_url', default_url: v('link') },
            { type: 'callback', value: v('payload') },
          ],
        },
        { tag: 'img', img_key: v('pic') },
      ],
    },
  };
  const before = JSON.stringify(card);
  const values = {
    home: 'https://e.com',
    who: 'Ada',
    n: 3,
    rows: [{ label: 'one' }, { label: 'two', who: 'Bob' }],
    link: { url: 'https://e.com/a', pc_url: 'https://e.com/pc', ios_url: '', android_url: '' },
    payload: { action: 'done', id: 7 },
    pic: { img_key: 'img_v2_1' },
    extra: true,
  };
  const result = substitute(card, values);
  assert.equal(JSON.stringify(card), before);
  // A JSON round trip types the result loosely, as the tests below read it.
  const out = JSON.parse(JSON.stringify(result.card));
  assert.deepEqual(out.card_link, { url: 'https://e.com' });
  assert.equal(out.body.elements[0].content, `Ada has 3 tasks ${v('nope')}`);
  assert.deepEqual(
    out.body.elements[1].columns.map((c: { _varloop?: string; elements: { content: string }[] }) => [
      c._varloop,
      c.elements[0].content,
    ]),
    [
      [undefined, 'one of Ada'],
      [undefined, 'two of Bob'],
    ],
  );
  assert.deepEqual(out.body.elements[2].behaviors, [
    { type: 'open_url', default_url: 'https://e.com/a', pc_url: 'https://e.com/pc' },
    { type: 'callback', value: { action: 'done', id: 7 } },
  ]);
  assert.equal(out.body.elements[3].img_key, 'img_v2_1');
  assert.deepEqual(result.used.sort(), ['home', 'link', 'n', 'payload', 'pic', 'rows', 'who']);
  assert.deepEqual(result.missing, ['nope']);
});

test('substitute: nested loops, a loop without data stays as written, empty lists vanish', () => {
  const card = {
    elements: [
      {
        _varloop: v('groups'),
        tag: 'column',
        elements: [{ _varloop: v('members'), tag: 'markdown', content: `${v('g')}/${v('m')}` }],
      },
      { _varloop: v('absent'), tag: 'markdown', content: v('x') },
      { _varloop: v('empty'), tag: 'markdown', content: 'x' },
    ],
  };
  const result = substitute(card, {
    groups: [
      { g: 'a', members: [{ m: '1' }, { m: '2' }] },
      { g: 'b', members: [] },
    ],
    empty: [],
  });
  const out = JSON.parse(JSON.stringify(result.card));
  assert.equal(out.elements.length, 3);
  assert.deepEqual(
    out.elements[0].elements.map((e: { content: string }) => e.content),
    ['a/1', 'a/2'],
  );
  assert.deepEqual(out.elements[1].elements, []);
  assert.deepEqual(out.elements[2], card.elements[1]);
});

test('a card without variables substitutes to itself and lints exactly as before', () => {
  const text = JSON.stringify({
    schema: '2.0',
    body: { elements: [{ tag: 'markdown', content: 'costs $5 {x}' }] },
  });
  const card = parseCard(text);
  assert.deepEqual(substituteCard(card, undefined).card, JSON.parse(text));
  assert.deepEqual(findVariableReferences(card), []);
  const data = readTemplateData('{"a": 1}', 'x.data.json');
  assert.deepEqual(lintText(text, { templateData: data }).findings, lintText(text).findings);
});

test('the fixture template card fills completely with its sample data and has no variable findings', () => {
  const text = fixture('alarm.card.json');
  const data = readTemplateData(fixture('alarm.card.data.json'), 'alarm.card.data.json');
  const result = substituteCard(parseCard(text), data);
  assert.deepEqual(result.missing, []);
  assert.doesNotMatch(JSON.stringify(result.card), /\$\{/);
  const findings = lintText(text, { templateData: data, forceCard: true }).findings;
  assert.deepEqual(
    findings.filter((f) => f.ruleId.startsWith('variable-')),
    [],
  );
});

test('hover shows the sample value, or says it is missing', () => {
  const text = fixture('alarm.card.json');
  const card = parseCard(text, { forceCard: true });
  const data = readTemplateData(fixture('alarm.card.data.json'), '/t/alarm.card.data.json');
  const at = text.indexOf(v('complete_action')) + 3;
  const hover = variableHover(card, at, data, { locale: 'en' })!;
  assert.match(hover.markdown, /object variable/);
  assert.match(hover.markdown, /"complete_alarm"/);
  assert.equal(text.slice(hover.start, hover.end), v('complete_action'));
  const field = variableHover(card, text.indexOf(v('metric_name')) + 2, data, { locale: 'zh' })!;
  assert.match(field.markdown, /metrics/);
  assert.match(field.markdown, /"cpu"/);
  assert.match(variableHover(card, at, undefined, { locale: 'en' })!.markdown, /No sample data/);
  assert.equal(variableHover(card, text.indexOf('"schema"'), data, { locale: 'en' }), undefined);
});

test('completion after ${ offers sample names (loop fields first inside a loop) and closes the brace', () => {
  const data = readTemplateData('{"user": "Ada", "rows": [{"label": "x"}]}', 'c.data.json');
  const text =
    '{"schema":"2.0","body":{"elements":[{"tag":"column","_varloop":"${rows}","elements":[{"tag":"markdown","content":"Hi ${us"}]}]}}';
  const offset = text.indexOf('${us') + 4;
  const items = variableCompletions(parseCard(text), offset, data, { locale: 'en' });
  const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));
  assert.deepEqual(
    sorted.map((i) => i.label),
    ['label', 'rows', 'user'],
  );
  const user = items.find((i) => i.label === 'user')!;
  assert.equal(user.insertText, 'user}');
  assert.deepEqual(user.replace, { start: offset - 2, end: offset });
  // Outside a `${` nothing is offered.
  assert.deepEqual(variableCompletions(parseCard(text), text.indexOf('"Hi') + 2, data, { locale: 'en' }), []);
  // Before an existing `}` only the name is inserted.
  const closed = text.replace('${us"', '${us}"');
  assert.equal(
    variableCompletions(parseCard(closed), offset, data, { locale: 'en' })[0].insertText.endsWith('}'),
    false,
  );
});

test('completion of keys in the data file from the cards that use it', () => {
  const card = parseCard(fixture('alarm.card.json'), { forceCard: true });
  const dataText = '{\n  "title": "x",\n  \n}';
  const data = readTemplateData(dataText, 'alarm.card.data.json');
  const items = dataKeyCompletions(data, dataText.indexOf('\n  \n') + 3, [card], { locale: 'en' });
  const labels = items.map((i) => i.label);
  assert.ok(!labels.includes('title'));
  assert.ok(
    labels.includes('complete_action') && labels.includes('metrics') && labels.includes('detail_link'),
  );
  assert.match(items.find((i) => i.label === 'metrics')!.insertText, /"metric_name"/);
  assert.match(items.find((i) => i.label === 'complete_action')!.insertText, /^"complete_action": \{/);
});

test('definition and uses connect ${name} in the card with its key in the data file', () => {
  const text = fixture('alarm.card.json');
  const card = parseCard(text, { forceCard: true });
  const dataText = fixture('alarm.card.data.json');
  const data = readTemplateData(dataText, 'alarm.card.data.json');
  const def = variableDefinition(card, text.indexOf(v('service')) + 2, data)!;
  assert.equal(dataText.slice(def.start, def.end), '"service"');
  const field = variableDefinition(card, text.indexOf(v('metric_value')) + 2, data)!;
  assert.equal(dataText.slice(field.start, field.end), '"metric_value"');
  assert.equal(field.start, dataText.indexOf('"metric_value"'));
  const uses = variableUses(card, { name: 'metric_name', list: 'metrics' }, data);
  assert.deepEqual(
    uses.map((u) => text.slice(u.start, u.end)),
    [v('metric_name')],
  );
});

test('"add to the sample data": shape by binding, into items of a loop, or a new file', () => {
  const text = fixture('broken.card.json');
  const card = parseCard(text, { forceCard: true });
  const refs = findVariableReferences(card);
  const dataText = fixture('broken.card.data.json');
  const data = readTemplateData(dataText, 'broken.card.data.json');
  const missing = refs.find((r) => r.name === 'missing_name')!;
  const change = addSampleValue(data, missing, refs)!;
  const after = JSON.parse(applyEdits(dataText, change.edits));
  assert.equal(after.missing_name, 'missing_name');
  assert.equal(after.leftover, 1);

  const loopText =
    '{"schema":"2.0","body":{"elements":[{"tag":"column","_varloop":"${rows}","elements":[{"tag":"markdown","content":"${label}"}]}]}}';
  const loopCard = parseCard(loopText);
  const loopRefs = findVariableReferences(loopCard);
  const fresh = addSampleValue(undefined, loopRefs[0], loopRefs)!;
  assert.deepEqual(JSON.parse(fresh.newFileText!), { rows: [{ label: 'label' }] });
  const request = readTemplateData(
    '{"type":"template","data":{"template_id":"t","template_variable":{"rows":[{},{}]}}}',
  );
  const inItems = JSON.parse(
    applyEdits(request.source!.text, addSampleValue(request, loopRefs[1], loopRefs)!.edits),
  );
  assert.deepEqual(inItems.data.template_variable.rows, [{ label: 'label' }, { label: 'label' }]);
  const link = findVariableReferences(parseCard(fixture('alarm.card.json'), { forceCard: true })).find(
    (r) => r.name === 'dashboard',
  )!;
  assert.deepEqual(Object.keys(addSampleValue(undefined, link, [])!.value as object), [
    'url',
    'pc_url',
    'ios_url',
    'android_url',
  ]);
});
