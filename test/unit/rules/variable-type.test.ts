// variable-type: sample values checked against where their variable is bound (links, objects, images, options, loops, URLs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { card2, expectRule } from '../../support/markers';
import { data, eachValue, marked, v } from '../../support/templateCards';

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

test('variable-type: link strings must be URLs with a scheme, no spaces, nothing before or after', () => {
  eachValue(
    (n) => ({ tag: 'button', behaviors: [{ type: 'open_url', default_url: v(n) }] }),
    {
      ok1: 'https://e.com',
      ok2: 'HTTPS://E.COM',
      ok3: 'git+ssh://host/x',
      ok4: 'x-y.z9:foo',
      ok5: 'lark://applink',
      digitFirst: '1http://x',
      spaceInside: 'https://a b',
      spaceBefore: ' https://e.com',
      trailing: 'https://e.com x',
      noRest: 'https:',
      noScheme: ':x',
      empty: '',
    },
    ['digitFirst', 'spaceInside', 'spaceBefore', 'trailing', 'noRest', 'noScheme', 'empty'],
  );
});

test('variable-type: link objects need at least one URL field, all strings, and a non-empty url', () => {
  eachValue(
    (n) => ({ tag: 'button', behaviors: [{ type: 'open_url', default_url: v(n) }] }),
    {
      onlyUrl: { url: 'https://e.com' },
      onlyPc: { pc_url: 'https://e.com' },
      onlyIos: { ios_url: 'https://e.com' },
      onlyAndroid: { android_url: 'https://e.com' },
      emptyObj: {},
      otherField: { href: 'https://e.com' },
      emptyUrl: { url: '' },
      emptyUrlWithPc: { url: '', pc_url: 'https://e.com' },
      numPc: { url: 'https://e.com', pc_url: 1 },
      numIos: { url: 'https://e.com', ios_url: null },
      array: ['https://e.com'],
      nil: null,
      bool: true,
    },
    ['emptyObj', 'otherField', 'emptyUrl', 'emptyUrlWithPc', 'numPc', 'numIos', 'array', 'nil', 'bool'],
  );
});

test('variable-type: the link message names the variable, the key and the sample value', () => {
  const [finding] = expectRule(
    'variable-type',
    card2([], { card_link: `«${v('cl')}»` }),
    data({ cl: 'example.com' }),
  );
  assert.equal(
    finding.message,
    '`${cl}` is a link variable here (`card_link`): its value must be a link object `{"url", "pc_url", "ios_url", "android_url"}` or a URL, but the sample value is "example.com".',
  );
});

test('variable-type: object variables: a string gets its own message, other non-objects the general one', () => {
  const findings = eachValue(
    (n) => ({ tag: 'button', behaviors: [{ type: 'callback', value: v(n) }] }),
    { ok: { a: 1 }, okEmpty: {}, str: 'done', num: 3, nil: null, arr: [{ a: 1 }], emptyStr: '' },
    ['str', 'num', 'nil', 'arr', 'emptyStr'],
  );
  assert.deepEqual(
    findings.map((f) => f.message),
    [
      '`${str}` is the callback `value`, an object variable, but the sample value is a string ("done"). The platform SDKs expect an object.',
      '`${num}` is the callback `value`, an object variable, but the sample value is 3.',
      '`${nil}` is the callback `value`, an object variable, but the sample value is null.',
      '`${arr}` is the callback `value`, an object variable, but the sample value is [{"a":1}].',
      '`${emptyStr}` is the callback `value`, an object variable, but the sample value is a string (""). The platform SDKs expect an object.',
    ],
  );
});

test('variable-type: image variables take an image key or {"img_key": string}', () => {
  const findings = eachValue(
    (n) => ({ tag: 'img', img_key: v(n) }),
    {
      key: 'img_v2_x',
      emptyKey: '',
      obj: { img_key: 'img_v2_x' },
      numKey: { img_key: 1 },
      noKey: { key: 'img_v2_x' },
      num: 5,
      arr: ['img_v2_x'],
      nil: null,
    },
    ['numKey', 'noKey', 'num', 'arr', 'nil'],
  );
  assert.equal(
    findings[2].message,
    '`${num}` is an image variable here: its value must be `{"img_key": "..."}` (or an image key), but the sample value is 5.',
  );
});

test('variable-type: an options variable must be an array of objects', () => {
  const findings = eachValue(
    (n) => ({ tag: 'select_static', options: v(n) }),
    {
      ok: [{ text: { tag: 'plain_text', content: 'A' }, value: 'a' }],
      empty: [],
      strings: ['a'],
      mixed: [{}, 1],
      obj: { value: 'a' },
      str: 'a',
    },
    ['strings', 'mixed', 'obj', 'str'],
  );
  assert.equal(
    findings[3].message,
    '`${str}` stands for the whole `options` list: its value must be an array of option objects, but the sample value is "a".',
  );
});

test('variable-type: loop variables: an empty array or objects are fine; the message shows the value', () => {
  const findings = eachValue(
    (n) => ({ tag: 'column', _varloop: v(n), elements: [] }),
    { empty: [], objs: [{}, { a: 1 }], str: 'rows', arrs: [[]], nil: null },
    ['str', 'arrs', 'nil'],
  );
  assert.equal(
    findings[0].message,
    '`_varloop` repeats the component once per item of an object array, but the sample value of `${str}` is "rows".',
  );
});

test('variable-type: a loop reports a `${...}` once, at the first item that does not fit', () => {
  const elements = [
    {
      tag: 'column',
      _varloop: v('rows'),
      elements: [{ tag: 'button', behaviors: [{ type: 'open_url', default_url: v('link') }] }],
    },
  ];
  const findings = expectRule(
    'variable-type',
    marked(elements, ['link']),
    data({ rows: [{ link: 'https://e.com' }, { link: 'first' }, { link: 'second' }] }),
  );
  assert.match(findings[0].message, /"first"/);
});

test('variable-type: URL fields: the filled-in string, with every variable substituted, must be a URL', () => {
  const button = (behavior: Record<string, unknown>) => ({
    tag: 'button',
    behaviors: [{ type: 'open_url', default_url: 'https://e.com', ...behavior }],
  });
  const elements = [
    button({ pc_url: v('emptyPc') }),
    button({ ios_url: v('nilIos') }),
    button({ default_url: `${v('e1')}${v('e2')}` }),
    button({ android_url: `${v('scheme')}//e.com/${v('num')}` }),
    button({ pc_url: `${v('s2')}//e.com/${v('obj')}` }),
    button({ pc_url: `${v('pre')}${v('missing')}` }),
    button({ pc_url: `${v('rel')}/${v('s3')}` }),
    button({ pc_url: `${v('a')}x${v('a')}` }),
    button({ pc_url: `${v('spaced')}?q=1` }),
  ];
  const findings = expectRule(
    'variable-type',
    marked(elements, ['e1', 'e2', 's2', 'obj', 'rel', 's3', 'spaced']),
    data({
      emptyPc: '',
      nilIos: null,
      e1: '',
      e2: '',
      scheme: 'https:',
      s2: 'https:',
      s3: 'https:',
      num: 42,
      obj: { a: 'b c' },
      pre: 'nope',
      rel: 'e.com',
      a: 'https:',
      spaced: 'https://e.com/a b',
    }),
  );
  assert.deepEqual(
    findings.filter((f) => !/\$\{s[23]\}/.test(f.message)).map((f) => f.message),
    [
      'With the sample value of `${e1}` (""), `default_url` becomes "", which is not a URL.',
      'With the sample value of `${e2}` (""), `default_url` becomes "", which is not a URL.',
      'With the sample value of `${obj}` ({"a":"b c"}), `pc_url` becomes "https://e.com/{"a":"b c"}", which is not a URL.',
      'With the sample value of `${rel}` ("e.com"), `pc_url` becomes "e.com/https:", which is not a URL.',
      'With the sample value of `${spaced}` ("https://e.com/a b"), `pc_url` becomes "https://e.com/a b?q=1", which is not a URL.',
    ],
  );
});

test('variable-type: long sample values are cut to 60 characters in messages', () => {
  const exact = 'a'.repeat(58); // JSON "…" is 60 characters: shown whole
  const long = 'b'.repeat(59); // 61 characters: cut to 57 and "..."
  const findings = eachValue(
    (n) => ({ tag: 'button', behaviors: [{ type: 'callback', value: v(n) }] }),
    { exact, long },
    ['exact', 'long'],
  );
  assert.match(findings[0].message, new RegExp(`\\("${exact}"\\)`));
  assert.match(findings[1].message, new RegExp(`\\("${'b'.repeat(56)}\\.\\.\\.\\)`));
});

test('variable-type: text bindings and undefined names stay silent', () => {
  const elements = [
    { tag: 'markdown', content: v('anything') },
    { tag: 'button', behaviors: [{ type: 'open_url', default_url: v('undefinedName') }] },
    { tag: 'button', behaviors: [{ type: 'callback', value: { a: v('inner') } }] },
  ];
  expectRule('variable-type', marked(elements, []), data({ anything: { x: 1 }, inner: 5 }));
});

test('variable-type: 1.0 cards are checked too', () => {
  expectRule(
    'variable-type',
    `{"card_link":"«${v('cl')}»","elements":[{"tag":"action","actions":[{"tag":"button","multi_url":"«${v('ml')}»"}]}]}`,
    data({ cl: 'nope', ml: 3 }),
  );
});

test('variable-type: in a loop, filled-in strings use each item, and a missing neighbour keeps it quiet', () => {
  const elements = [
    {
      tag: 'column',
      _varloop: v('rows'),
      elements: [
        {
          tag: 'button',
          behaviors: [{ type: 'open_url', default_url: 'https://e.com', pc_url: `${v('link')}?a=1` }],
        },
      ],
    },
    { tag: 'date_picker', initial_date: `${v('year')}-${v('nothing')}` },
  ];
  const findings = expectRule(
    'variable-type',
    marked(elements, ['link']),
    data({ rows: [{ link: 'https://e.com' }, { link: 'nope' }], year: 'x' }),
  );
  assert.match(findings[0].message, /becomes "nope\?a=1"/);
});
