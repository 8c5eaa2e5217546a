// `${name}` references (template/variables.ts): exact ranges through escapes and wrappers, invalid names,
// the binding each key gives, `_varloop` scopes, and the lookup in sample values the way the platform fills.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCard } from '../../../server/src/card/parse/parse';
import {
  containsVariable,
  findInvalidVariables,
  findVariableReferences,
  isPlainObject,
  isValidVariableName,
  isWholeVariable,
  lookup,
  referenceAtOffset,
  resolveReference,
} from '../../../server/src/card/template/variables';

const v = (name: string) => '${' + name + '}';
const card2 = (elements: unknown[], extra: Record<string, unknown> = {}) =>
  parseCard(JSON.stringify({ schema: '2.0', ...extra, body: { elements } }));

test('whole variables, contained variables and valid names', () => {
  assert.equal(isWholeVariable('${a_1}'), true);
  // Only strings: an array holding one is no variable (though it prints as one).
  for (const s of [' ${a}', '${a} ', '${a}${b}', '${1a}', '${a-b}', '$a', 5, ['${a}']])
    assert.equal(isWholeVariable(s), false, String(s));
  assert.equal(containsVariable('x ${ any }'), true);
  assert.equal(containsVariable('x ${}'), true);
  for (const s of ['x $ {a}', '${a', 3, null, ['${a}']]) assert.equal(containsVariable(s), false, String(s));
  assert.equal(isValidVariableName('aB9_'), true);
  for (const s of ['', '9a', '_a', 'a-b', 'a b', 'ab\n'])
    assert.equal(isValidVariableName(s), false, JSON.stringify(s));
  assert.equal(isPlainObject({}), true);
  for (const s of [[], null, 'x', 1]) assert.equal(isPlainObject(s), false);
});

test('ranges are exact through escapes; invalid names are listed apart, prose is left alone', () => {
  const long = '${' + 'x'.repeat(70) + '}';
  const text = `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"\\u0041${v('a')} \\n${v('b')}"},{"tag":"markdown","content":"${v('1st')} \${ x } \${} \${a-b} ${long} \${a\\nb}"}]}}`;
  const card = parseCard(text);
  assert.deepEqual(
    findVariableReferences(card).map((r) => [
      r.name,
      text.slice(r.start, r.end),
      r.fileStart === r.start,
      r.whole,
    ]),
    [
      ['a', v('a'), true, false],
      ['b', v('b'), true, false],
    ],
  );
  assert.deepEqual(
    findInvalidVariables(card).map((r) => [r.text, text.slice(r.start, r.end)]),
    [
      ['${1st}', '${1st}'],
      ['${ x }', '${ x }'],
      ['${}', '${}'],
      ['${a-b}', '${a-b}'],
    ],
  );
  // The same scan answers every later question about this card.
  assert.equal(findVariableReferences(card), findVariableReferences(card));
});

test('inside a card held in a JSON string, file offsets differ from card offsets', () => {
  const inner = JSON.stringify({
    schema: '2.0',
    body: { elements: [{ tag: 'markdown', content: `"q" ${v('who')}` }] },
  });
  const file = JSON.stringify({ msg_type: 'interactive', content: inner });
  const [ref] = findVariableReferences(parseCard(file));
  assert.equal(file.slice(ref.fileStart, ref.fileEnd), v('who'));
  assert.equal(inner.slice(ref.start, ref.end), v('who'));
  assert.ok(ref.fileStart > ref.start);
});

test('bindings: where a variable stands decides its type', () => {
  const refs = findVariableReferences(
    card2(
      [
        { tag: 'date_picker', initial_date: v('d') },
        { tag: 'picker_time', initial_time: v('t') },
        { tag: 'picker_datetime', initial_datetime: v('dt') },
        { tag: 'column_set', columns: [], multi_url: v('mu') },
        { tag: 'markdown', content: 'x', default_url: v('du'), pc_url: v('pc') },
        {
          tag: 'button',
          behaviors: [
            {
              type: 'open_url',
              default_url: `https://e.com/${v('part')}`,
              ios_url: v('ios'),
              android_url: v('an'),
              url: v('u'),
            },
            { type: 'callback', value: v('obj') },
            // Only a whole callback value is an object: not part of one, nor another key of the callback.
            { type: 'callback', value: `id-${v('cbpart')}`, other: v('cbother') },
            { type: 'open_url', value: v('notcb') },
            { type: 5, value: v('notype') },
            { value: v('noowner') },
          ],
        },
        { tag: 'img', img_key: v('img') },
        { tag: 'img', img_key: `img_${v('imgpart')}` },
        { tag: 'select_static', options: v('opts') },
        { tag: 'select_static', options: [v('inarray')] },
        { tag: 'markdown', content: `${v('cl1')}` },
      ],
      { card_link: v('link') },
    ),
  );
  const binding = Object.fromEntries(refs.map((r) => [r.name, r.binding]));
  assert.deepEqual(binding, {
    link: 'link',
    d: 'date',
    t: 'time',
    dt: 'datetime',
    mu: 'link',
    du: 'link',
    pc: 'url',
    part: 'url',
    ios: 'url',
    an: 'url',
    u: 'url',
    obj: 'object',
    cbpart: 'text',
    cbother: 'text',
    notcb: 'text',
    notype: 'text',
    noowner: 'text',
    img: 'image',
    imgpart: 'text',
    opts: 'options',
    inarray: 'text',
    cl1: 'text',
  });
  assert.equal(refs.find((r) => r.name === 'inarray')!.key, undefined);
  assert.equal(refs.find((r) => r.name === 'obj')!.key, 'value');
  // Part of a card_link string is text (only a whole link variable is a link).
  const part = findVariableReferences(card2([], { card_link: `https://e.com/${v('x')}` }));
  assert.equal(part[0].binding, 'text');
});

test('_varloop scopes: whole variables open a loop, nested loops stack, the list name is outside', () => {
  const refs = findVariableReferences(
    card2([
      {
        tag: 'column',
        _varloop: v('outer'),
        elements: [
          { tag: 'column', _varloop: v('inner'), elements: [{ tag: 'markdown', content: v('deep') }] },
          { tag: 'markdown', content: v('mid') },
        ],
      },
      { tag: 'column', _varloop: `x ${v('notloop')}`, elements: [{ tag: 'markdown', content: v('plain') }] },
      { tag: 'markdown', content: v('after') },
    ]),
  );
  assert.deepEqual(
    refs.map((r) => [r.name, r.loops.map((l) => l.name)]),
    [
      ['outer', []],
      ['inner', ['outer']],
      ['deep', ['outer', 'inner']],
      ['mid', ['outer']],
      ['notloop', []],
      ['plain', []],
      ['after', []],
    ],
  );
  assert.equal(refs[2].loops[0], refs[0]);
});

test('no references in a card that was not parsed, or in a non-card', () => {
  const text = JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: v('a') }] } });
  assert.deepEqual(findVariableReferences(parseCard(text, { maxSize: 10 })), []);
  assert.deepEqual(findVariableReferences(parseCard('[1]')), []);
  // A property still being typed (no value yet) is passed over, the rest still scanned.
  const typing =
    '{"schema": "2.0", "body": {"elements": [{"tag": "markdown", "text": , "content": "${a}"}]}}';
  assert.deepEqual(
    findVariableReferences(parseCard(typing)).map((r) => r.name),
    ['a'],
  );
});

test('referenceAtOffset: both ends of `${name}` count, nothing outside', () => {
  const text = JSON.stringify({
    schema: '2.0',
    body: { elements: [{ tag: 'markdown', content: `ab${v('x')}cd` }] },
  });
  const card = parseCard(text);
  const start = text.indexOf(v('x'));
  const end = start + v('x').length;
  assert.equal(referenceAtOffset(card, start)?.name, 'x');
  assert.equal(referenceAtOffset(card, end)?.name, 'x');
  assert.equal(referenceAtOffset(card, start - 1), undefined);
  assert.equal(referenceAtOffset(card, end + 1), undefined);
});

test('resolveReference: innermost loop item first, then outer items, then the top level', () => {
  const refs = findVariableReferences(
    card2([
      {
        tag: 'column',
        _varloop: v('outer'),
        elements: [{ tag: 'column', _varloop: v('inner'), elements: [{ tag: 'markdown', content: v('n') }] }],
      },
      { tag: 'markdown', content: v('n') },
    ]),
  );
  const [deep, top] = [refs[2], refs[3]];
  const values = {
    n: 'top',
    outer: [{ n: 'o1', inner: [{ n: 'i1' }, {}, 'odd'] }, { inner: [{}] }, { inner: 'x' }, 7],
  };
  assert.deepEqual(resolveReference(deep, values), { status: 'defined', values: ['i1', 'o1', 'o1', 'top'] });
  assert.deepEqual(resolveReference(top, values), { status: 'defined', values: ['top'] });
  assert.deepEqual(resolveReference(top, {}), { status: 'undefined' });
  assert.deepEqual(resolveReference(deep, { outer: [{ inner: [{}] }] }), { status: 'undefined' });
  // No usable list around it: unknown, not undefined.
  assert.deepEqual(resolveReference(deep, { n: 1 }), { status: 'unknown' });
  assert.deepEqual(resolveReference(deep, { n: 1, outer: [] }), { status: 'unknown' });
  assert.deepEqual(resolveReference(deep, { n: 1, outer: [{ inner: 'x' }] }), { status: 'unknown' });
  // Own keys only.
  assert.deepEqual(lookup('toString', [{}]), { found: false });
  assert.deepEqual(lookup('a', [{ a: 1 }, { a: 2 }]), { found: true, value: 2 });
  assert.deepEqual(lookup('a', [{ a: 1 }, { b: 2 }]), { found: true, value: 1 });
  assert.deepEqual(lookup('a', []), { found: false });
});
