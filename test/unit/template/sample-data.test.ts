// Sample data (template/sampleData.ts): reading a data file in both shapes, sidecar names, sample values by
// binding, "add to the sample data" edits, keys and definitions in the data file, a whole new data file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { parseCard } from '../../../server/src/card/parse/parse';
import {
  addSampleValue,
  cardPathsForSidecar,
  dataFileSetting,
  dataKeyAt,
  definitionOf,
  isSidecarDataPath,
  keyRange,
  readTemplateData,
  sampleDataFileFor,
  sampleValueFor,
  sidecarDataPath,
  valuesNode,
} from '../../../server/src/card/template/sampleData';
import { findVariableReferences, type VariableReference } from '../../../server/src/card/template/variables';

const v = (name: string) => '${' + name + '}';
const refsOf = (elements: unknown[], extra: Record<string, unknown> = {}) =>
  findVariableReferences(parseCard(JSON.stringify({ schema: '2.0', ...extra, body: { elements } })));
const loop = (list: string, ...names: string[]) => ({
  tag: 'column',
  _varloop: v(list),
  elements: names.map((n) => ({ tag: 'markdown', content: v(n) })),
});
const named = (refs: VariableReference[], name: string, loops = 0) =>
  refs.find((r) => r.name === name && r.loops.length === loops)!;

test('readTemplateData: a send request reads data.template_variable; anything else is plain values', () => {
  const request = readTemplateData(
    '{"type":"template","data":{"template_id":"t1","template_variable":{"a":1}}}',
  );
  assert.deepEqual(
    [request.values, request.valuesPath, request.templateId, request.broken],
    [{ a: 1 }, ['data', 'template_variable'], 't1', false],
  );
  const noVars = readTemplateData('{"type":"template","data":{"template_id":"t"}}');
  assert.deepEqual([noVars.values, noVars.valuesPath], [{}, ['data', 'template_variable']]);
  assert.equal(valuesNode(noVars), undefined);
  assert.deepEqual(readTemplateData('{"type":"template","data":{"template_variable":[1]}}').values, {});
  // Not a request: `data` is no object, or the type is another.
  assert.deepEqual(readTemplateData('{"type":"template","data":"x"}').values, {
    type: 'template',
    data: 'x',
  });
  const other = readTemplateData('{"type":"card","data":{"template_variable":{"a":1}}}');
  assert.deepEqual(other.valuesPath, []);
  assert.equal(other.templateId, undefined);
  // Values are ordinary JSON objects (with a prototype), comments and trailing commas allowed.
  const plain = readTemplateData('{\n  // sample\n  "a": {"b": [1]},\n}', '/d/x.data.json');
  assert.deepEqual(plain.values, { a: { b: [1] } });
  assert.equal(Object.getPrototypeOf(plain.values.a), Object.prototype);
  assert.equal(plain.broken, false);
  assert.deepEqual(plain.source, { path: '/d/x.data.json', text: '{\n  // sample\n  "a": {"b": [1]},\n}' });
  assert.equal(readTemplateData('{"a": 1}').source?.path, '');
});

test('readTemplateData never throws: broken text keeps what could be read', () => {
  for (const text of ['', '[1]', '"x"', 'nope']) {
    const data = readTemplateData(text);
    assert.equal(data.broken, true, text);
    assert.deepEqual(data.values, {}, text);
  }
  const half = readTemplateData('{"a": 1, "b": ');
  assert.equal(half.broken, true);
  assert.equal(half.values.a, 1);
  const bom = readTemplateData('\ufeff{"a": 1}');
  assert.equal(bom.broken, false);
  assert.equal(keyRange(bom, 'a')?.start, 2);
});

test('sidecar names, in any case; the dataFile setting, trimmed', () => {
  assert.equal(sidecarDataPath('/x/a.JSONC'), '/x/a.data.json');
  assert.equal(sidecarDataPath('/x/a.txt'), '/x/a.txt.data.json');
  assert.deepEqual(cardPathsForSidecar('/x/a.DATA.JSON'), ['/x/a.json', '/x/a.jsonc']);
  assert.deepEqual(cardPathsForSidecar('/x/a.data.json.bak'), []);
  assert.equal(isSidecarDataPath('/x/a.Data.Json'), true);
  assert.equal(isSidecarDataPath('/x/a.json'), false);
  assert.equal(isSidecarDataPath('/x/a.data.json.bak'), false);
  assert.equal(dataFileSetting({ variables: { dataFile: '   ' } }), undefined);
  assert.equal(dataFileSetting({ variables: 'x.json' }), undefined);
  assert.equal(dataFileSetting({ variables: { dataFile: 'a/b.json' } }), 'a/b.json');
});

test('a sample value of the shape each binding needs', () => {
  assert.deepEqual(sampleValueFor('link', 'n'), {
    url: 'https://example.com',
    pc_url: '',
    ios_url: '',
    android_url: '',
  });
  assert.equal(sampleValueFor('url', 'n'), 'https://example.com');
  assert.deepEqual(sampleValueFor('object', 'n'), { action: 'n' });
  assert.equal(sampleValueFor('date', 'n'), '2025-01-01');
  assert.equal(sampleValueFor('time', 'n'), '09:00');
  assert.equal(sampleValueFor('datetime', 'n'), '2025-01-01 09:00');
  assert.deepEqual(sampleValueFor('loop', 'n', ['a', 'b']), [{ a: 'a', b: 'b' }]);
  assert.deepEqual(sampleValueFor('loop', 'n'), [{}]);
  assert.deepEqual(sampleValueFor('image', 'n'), { img_key: '' });
  assert.deepEqual(sampleValueFor('options', 'n'), []);
  assert.equal(sampleValueFor('text', 'n'), 'n');
});

test('a whole data file: one value per top-level name, loops with their item fields, none without variables', () => {
  const refs = refsOf(
    [
      loop('rows', 'label', 'who'),
      { tag: 'date_picker', initial_date: v('day') },
      { tag: 'markdown', content: v('who') + v('day') },
    ],
    {
      card_link: v('link'),
    },
  );
  assert.deepEqual(JSON.parse(sampleDataFileFor(refs)!), {
    link: { url: 'https://example.com', pc_url: '', ios_url: '', android_url: '' },
    rows: [{ label: 'label', who: 'who' }],
    day: '2025-01-01',
    who: 'who',
  });
  assert.match(sampleDataFileFor(refs)!, /^\{\n {2}"link": \{\n/);
  assert.ok(sampleDataFileFor(refs)!.endsWith('}\n'));
  assert.equal(sampleDataFileFor([]), undefined);
  // Only the fields directly inside a loop belong to its items.
  const nested = refsOf([
    { ...loop('outer', 'a'), elements: [loop('inner', 'b'), { tag: 'markdown', content: v('a') }] },
  ]);
  assert.deepEqual(JSON.parse(sampleDataFileFor(nested)!), { outer: [{ inner: 'inner', a: 'a' }] });
});

test('"add to the sample data": without a file, a new file; a broken file, nothing', () => {
  const refs = refsOf([{ tag: 'date_picker', initial_date: v('day') }]);
  assert.deepEqual(addSampleValue(undefined, refs[0], refs), {
    name: 'day',
    value: '2025-01-01',
    edits: [],
    newFileText: '{\n  "day": "2025-01-01"\n}\n',
  });
  assert.deepEqual(
    addSampleValue({ values: {} }, refs[0], refs)?.newFileText,
    '{\n  "day": "2025-01-01"\n}\n',
  );
  assert.equal(addSampleValue(readTemplateData('{"a": 1'), refs[0], refs), undefined);
});

test('"add to the sample data" into an existing file: the same layout, one minimal edit', () => {
  const refs = refsOf([{ tag: 'date_picker', initial_date: v('day') }], { card_link: v('link') });
  const add = (text: string, name = 'day') => {
    const change = addSampleValue(readTemplateData(text, 'x'), named(refs, name), refs)!;
    assert.ok(change.edits.length <= 1);
    assert.equal(change.newFileText, undefined);
    return applyEdits(text, change.edits);
  };
  // An empty data file is as broken as a half-written one: nothing is written into it.
  for (const text of ['', '  \n'])
    assert.equal(addSampleValue(readTemplateData(text, 'x'), named(refs, 'day'), refs), undefined);
  assert.equal(add('{\n  "a": 1\n}'), '{\n  "a": 1,\n  "day": "2025-01-01"\n}');
  assert.equal(
    add('{\n    "a": 1\n}', 'link'),
    '{\n    "a": 1,\n    "link": {\n        "url": "https://example.com",\n        "pc_url": "",\n        "ios_url": "",\n        "android_url": ""\n    }\n}',
  );
  assert.equal(add('{\r\n\t"a": 1\r\n}'), '{\r\n\t"a": 1,\r\n\t"day": "2025-01-01"\r\n}');
  const change = addSampleValue(
    { values: {}, source: { path: 'x', text: '{\n  "a": 1\n}' } },
    named(refs, 'day'),
    refs,
  )!;
  assert.deepEqual(change.edits, [{ offset: 10, length: 0, newText: ',\n  "day": "2025-01-01"' }]);
  // A send request: into data.template_variable.
  const request = readTemplateData(
    '{\n  "type": "template",\n  "data": {\n    "template_variable": {}\n  }\n}',
  );
  const out = JSON.parse(
    applyEdits(request.source!.text, addSampleValue(request, named(refs, 'day'), refs)!.edits),
  );
  assert.deepEqual(out.data.template_variable, { day: '2025-01-01' });
});

test('a name used inside one loop goes to every item of its list that lacks it', () => {
  const refs = refsOf([loop('rows', 'label', 'who')]);
  const text = '{\n  "rows": [\n    {"label": "a"},\n    {"label": "b", "who": "x"},\n    3\n  ]\n}';
  const change = addSampleValue(readTemplateData(text), named(refs, 'who', 1), refs)!;
  assert.equal(change.value, 'who');
  assert.deepEqual(JSON.parse(applyEdits(text, change.edits)).rows, [
    { label: 'a', who: 'who' },
    { label: 'b', who: 'x' },
    3,
  ]);
  assert.equal(change.edits.length, 1);
  // Every item has it, or the list is empty or missing: the name goes to the top level.
  for (const data of ['{"rows": [{"who": "a"}]}', '{"rows": []}', '{"rows": "x"}', '{}']) {
    const c = addSampleValue(readTemplateData(data), named(refs, 'who', 1), refs)!;
    assert.equal(JSON.parse(applyEdits(data, c.edits)).who, 'who', data);
  }
  // Inside nested loops it is not guessed which list is meant: the top level.
  const nested = refsOf([{ ...loop('outer'), elements: [loop('inner', 'x')] }]);
  const deep = '{"outer": [{"inner": [{}]}]}';
  const c = addSampleValue(readTemplateData(deep), named(nested, 'x', 2), nested)!;
  assert.deepEqual(JSON.parse(applyEdits(deep, c.edits)), { outer: [{ inner: [{}] }], x: 'x' });
  // A loop list itself gets one item with the loop's fields.
  assert.deepEqual(addSampleValue(undefined, named(refs, 'rows'), refs)?.value, [
    { label: 'label', who: 'who' },
  ]);
});

test('keys in the data file: top-level names, loop item fields, the last of a duplicated key', () => {
  const text = '{"a": 1, "rows": [{"label": "x"}, {"who": "y"}], "a": 2}';
  const data = readTemplateData(text);
  const at = (name: string, from = 0) => text.indexOf(`"${name}"`, from);
  assert.deepEqual(keyRange(data, 'a'), { start: at('a', 10), end: at('a', 10) + 3 });
  assert.deepEqual(keyRange(data, 'who', 'rows'), { start: at('who'), end: at('who') + 5 });
  assert.equal(keyRange(data, 'zz', 'rows'), undefined);
  assert.equal(keyRange(data, 'zz'), undefined);
  assert.equal(keyRange(data, 'x', 'a'), undefined);
  assert.equal(keyRange(readTemplateData('[1]'), 'a'), undefined);
  // dataKeyAt: the cursor anywhere on a key, its quotes included.
  assert.deepEqual(dataKeyAt(data, at('a')), { name: 'a', start: 1, end: 4 });
  assert.deepEqual(dataKeyAt(data, at('a') + 3), { name: 'a', start: 1, end: 4 });
  assert.deepEqual(dataKeyAt(data, at('label') + 2), {
    name: 'label',
    list: 'rows',
    start: at('label'),
    end: at('label') + 7,
  });
  assert.deepEqual(dataKeyAt(data, at('who') + 5), {
    name: 'who',
    list: 'rows',
    start: at('who'),
    end: at('who') + 5,
  });
  assert.equal(dataKeyAt(data, 0), undefined);
  assert.equal(dataKeyAt(data, text.indexOf('"x"') + 1), undefined);
  assert.equal(dataKeyAt(data, text.indexOf('1')), undefined);
});

test('definition of a reference: in a loop the first item field that has it, else the top-level key', () => {
  const refs = refsOf([loop('rows', 'label', 'who'), { tag: 'markdown', content: v('who') }]);
  const text = '{"who": 0, "rows": [{"label": "x"}, {"who": "y"}]}';
  const data = readTemplateData(text);
  const second = text.indexOf('"who"', 5);
  assert.deepEqual(definitionOf(data, named(refs, 'who', 1)), { start: second, end: second + 5 });
  assert.deepEqual(definitionOf(data, named(refs, 'who', 0)), { start: 1, end: 6 });
  assert.deepEqual(definitionOf(data, named(refs, 'label', 1)), {
    start: text.indexOf('"label"'),
    end: text.indexOf('"label"') + 7,
  });
  // Not in the items: the top level, as the lookup goes.
  const top = readTemplateData('{"label": 1, "rows": [{}]}');
  assert.deepEqual(definitionOf(top, named(refs, 'label', 1)), { start: 1, end: 8 });
  assert.equal(definitionOf(readTemplateData('{"rows": [{}]}'), named(refs, 'label', 1)), undefined);
});
