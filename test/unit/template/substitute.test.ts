// Substitution (template/substitute.ts) value by value: how a value is placed inside a longer string, the
// richer shapes whole variables take (image, link), which names count as used, and the text front ends get.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { substitute, substituteText } from '../../../server/src/card/template/substitute';
import { readTemplateData } from '../../../server/src/card/template/sampleData';

const v = (name: string) => '${' + name + '}';

test('inside a longer string: strings as they are, null and absent as nothing, objects as JSON', () => {
  const values = { s: 'str', n: 0, b: false, z: null, o: { a: [1] }, l: [1, 'x'] };
  const out = substitute(
    { t: `${v('s')}|${v('n')}|${v('b')}|${v('z')}|${v('o')}|${v('l')}|${v('u')}` },
    values,
  );
  assert.deepEqual(out.card, { t: `str|0|false||{"a":[1]}|[1,"x"]|${v('u')}` });
  assert.deepEqual(out.used, ['s', 'n', 'b', 'z', 'o', 'l']);
  assert.deepEqual(out.missing, ['u']);
  // Names with other characters are not variables here.
  assert.deepEqual(substitute({ t: '${a-b} ${ s }' }, values).card, { t: '${a-b} ${ s }' });
});

test('a whole-string variable takes the value with its type, a copy of it', () => {
  const values = { o: { a: [1] }, n: 3, z: null };
  const out = substitute({ value: v('o'), count: v('n'), none: v('z'), list: [v('n'), 'x'] }, values);
  assert.deepEqual(out.card, { value: { a: [1] }, count: 3, none: null, list: [3, 'x'] });
  (out.card as { value: { a: number[] } }).value.a.push(2);
  assert.deepEqual(values.o, { a: [1] });
  assert.deepEqual(substitute({ k: v('missing') }, {}).card, { k: v('missing') });
  // Other JSON values pass through.
  assert.deepEqual(substitute([1, true, null, 'x'], {}).card, [1, true, null, 'x']);
});

test('image and link variables take the shape of the field they are bound to', () => {
  const values = {
    pic: { img_key: 'img_v2_1' },
    badpic: { key: 'x' },
    url: 'https://e.com',
    obj: { url: 'https://o.com' },
  };
  const out = substitute(
    {
      img_key: v('pic'),
      other: v('pic'),
      a: { img_key: v('badpic') },
      card_link: v('url'),
      b: { multi_url: v('url') },
      c: { card_link: v('obj') },
      d: { url: v('url') },
    },
    values,
  );
  assert.deepEqual(out.card, {
    img_key: 'img_v2_1',
    other: { img_key: 'img_v2_1' },
    a: { img_key: { key: 'x' } },
    card_link: { url: 'https://e.com' },
    b: { multi_url: { url: 'https://e.com' } },
    c: { card_link: { url: 'https://o.com' } },
    d: { url: 'https://e.com' },
  });
});

test('a link variable in default_url spreads over the behavior’s URL fields', () => {
  const behavior = (link: unknown) =>
    substitute({ type: 'open_url', default_url: v('link'), pc_url: 'keep' }, { link }).card;
  assert.deepEqual(
    behavior({ url: 'https://e.com', pc_url: 'https://pc', ios_url: '', android_url: 'https://an' }),
    {
      type: 'open_url',
      default_url: 'https://e.com',
      pc_url: 'https://pc',
      android_url: 'https://an',
    },
  );
  assert.deepEqual(behavior({ pc_url: 'https://pc', ios_url: 5 }), {
    type: 'open_url',
    default_url: '',
    pc_url: 'https://pc',
  });
  assert.deepEqual(behavior({ url: 'https://e.com', pc_url: '' }), {
    type: 'open_url',
    default_url: 'https://e.com',
    pc_url: 'keep',
  });
  // A URL string stays a string; an object written in the card (not a variable) is left alone.
  assert.deepEqual(behavior('https://e.com'), {
    type: 'open_url',
    default_url: 'https://e.com',
    pc_url: 'keep',
  });
  assert.deepEqual(substitute({ default_url: { url: 'x' } }, {}).card, { default_url: { url: 'x' } });
});

test('used lists top-level values only, in order of first use; loop item fields belong to their list', () => {
  const card = {
    elements: [
      { tag: 'markdown', content: `${v('b')} ${v('a')} ${v('b')}` },
      { _varloop: v('rows'), tag: 'markdown', content: `${v('f')} ${v('a')}` },
    ],
  };
  const out = substitute(card, { a: 1, b: 2, rows: [{ f: 'x' }, { f: 'y', a: 'own' }, 'odd'], unused: 3 });
  assert.deepEqual(out.used, ['b', 'a', 'rows']);
  assert.deepEqual(out.missing, ['f']);
  assert.deepEqual(
    (out.card as { elements: { content: string }[] }).elements.map((e) => e.content),
    ['2 1 2', 'x 1', 'y own', `${v('f')} 1`],
  );
  // A loop list that is not a list leaves the item as written.
  const notList = substitute({ elements: [{ _varloop: v('rows'), content: v('a') }] }, { rows: 'x', a: 1 });
  assert.deepEqual(notList.card, { elements: [{ _varloop: v('rows'), content: v('a') }] });
  // A _varloop that is not a whole variable is an ordinary key.
  const partial = substitute({ elements: [{ _varloop: `x${v('rows')}` }] }, { rows: 'R' });
  assert.deepEqual(partial.card, { elements: [{ _varloop: 'xR' }] });
});

test('substituteText: the card text itself when nothing is filled, else the filled card', () => {
  const text = JSON.stringify({
    schema: '2.0',
    body: { elements: [{ tag: 'markdown', content: `Hi ${v('who')}` }] },
  });
  const data = readTemplateData('{"who": "Ada"}', 'd.json');
  const filled = substituteText(text, data);
  assert.deepEqual(filled.used, ['who']);
  assert.deepEqual(filled.missing, []);
  assert.equal(filled.text, JSON.stringify(JSON.parse(text.replace(v('who'), 'Ada')), null, 2));
  assert.deepEqual(substituteText(text, undefined), { text, used: [], missing: [] });
  const plain = '{"schema":"2.0"}';
  assert.deepEqual(substituteText(plain, data), { text: plain, used: [], missing: [] });
  // Nothing known: the text as it is, the missing names listed.
  assert.deepEqual(substituteText(text, readTemplateData('{}', 'd.json')), {
    text,
    used: [],
    missing: ['who'],
  });
  // Text that does not parse is left alone; a byte-order mark does not stop the parse.
  const broken = text.slice(0, -2);
  assert.deepEqual(substituteText(broken, data), { text: broken, used: [], missing: [] });
  assert.equal(substituteText('\ufeff' + text, data).text, filled.text);
});
