// The card model parseCard builds (server/src/card/parse/parse.ts), through parseCard itself: the kind a
// document is, the wrappers it unwraps (and how offsets map back), callback bodies, what a must-be-card file
// holds instead, the size and depth guards, and the component tree (paths, slots, parents, depths, forms).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodeAt } from '../../../server/src/card/parse/json';
import type { CardDocument } from '../../../server/src/card/parse/model';
import {
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_SIZE,
  knownTags,
  parseCard,
} from '../../../server/src/card/parse/parse';

const json = (value: unknown) => JSON.stringify(value);
const v2 = (elements: unknown[], extra: Record<string, unknown> = {}) =>
  json({ schema: '2.0', ...extra, body: { elements } });
const summary = (doc: CardDocument) =>
  doc.components.map((c) => [c.tag, c.path.join('.'), c.slot, c.containerDepth, c.parent?.tag, c.form?.tag]);

test('kind: 2.0 by schema, 1.0 by shape, otherwise not a card', () => {
  assert.equal(parseCard(v2([])).kind, 'v2');
  assert.equal(parseCard(json({ elements: [] })).kind, 'v1');
  assert.equal(parseCard(json({ schema: '1.0', body: {} })).kind, 'v1');
  assert.equal(parseCard(json({ i18n_elements: { zh_cn: [] } })).kind, 'v1');
  assert.equal(parseCard(json({ header: {}, config: {} })).kind, 'v1');
  assert.equal(parseCard(json({ header: {}, card_link: {} })).kind, 'v1');
  assert.equal(parseCard(json({ header: {} })).kind, 'not-card');
  assert.equal(parseCard(json({ i18n_elements: [] })).kind, 'not-card');
  assert.equal(parseCard(json({ hello: 'world' })).kind, 'not-card');
  // Another schema value on something card-shaped: 2.0 with a body, 1.0 with the 1.0 shape.
  assert.equal(parseCard(json({ schema: '3.0', body: {} })).kind, 'v2');
  assert.equal(parseCard(json({ schema: 2, elements: [] })).kind, 'v1');
  assert.equal(parseCard(json({ schema: '3.0' })).kind, 'not-card');
});

test('kind: component roots and rich-text rows are cards only when the file says so', () => {
  const snippet = json({ tag: 'form', elements: [] });
  assert.equal(parseCard(snippet).kind, 'not-card');
  assert.equal(parseCard(snippet, { forceCard: true }).kind, 'v1');
  const rows = json({ elements: [[{ tag: 'text' }]] });
  assert.equal(parseCard(rows).kind, 'not-card');
  assert.equal(parseCard(json({ elements: [[], { tag: 'div' }] })).kind, 'v1');
  // A forced file: 2.0 if it has a body or a schema key, else 1.0.
  assert.equal(parseCard(json({ body: {} }), { forceCard: true }).kind, 'v2');
  assert.equal(parseCard('{"schema": }', { forceCard: true }).kind, 'v2');
  assert.equal(parseCard(json({ header: {} }), { forceCard: true }).kind, 'v1');
});

test('kind: a template or card-entity reference is never card JSON', () => {
  for (const type of ['template', 'card']) {
    const reference = json({ msg_type: 'interactive', card: { type, data: { template_id: 't' } } });
    const doc = parseCard(reference);
    assert.equal(doc.kind, 'not-card', type);
    assert.equal(doc.wrapper, 'card');
  }
  // With card keys beside it, or a data that is not an object, it is a card again.
  assert.equal(
    parseCard(json({ msg_type: 'interactive', card: { type: 'template', data: {}, elements: [] } })).kind,
    'v1',
  );
  assert.equal(
    parseCard(json({ msg_type: 'interactive', card: { type: 'template', data: 't', elements: [] } })).kind,
    'v1',
  );
  assert.equal(parseCard(json({ type: 'raw', data: {}, elements: [] }), { forceCard: true }).kind, 'v1');
});

test('wrappers: a webhook body, a content string, a callback answer', () => {
  const webhook = parseCard(json({ msg_type: 'interactive', card: JSON.parse(v2([{ tag: 'hr' }])) }));
  assert.equal(webhook.wrapper, 'card');
  assert.deepEqual(webhook.cardPath, ['card']);
  assert.equal(webhook.kind, 'v2');
  assert.deepEqual(summary(webhook), [['hr', 'body.elements.0', 'elements', 0, undefined, undefined]]);
  // msg_type must be "interactive".
  assert.equal(parseCard(json({ msg_type: 'text', card: JSON.parse(v2([])) })).wrapper, 'none');
  // A wrapped card that is not an object, nor a content string: nothing to unwrap.
  const neither = parseCard(json({ msg_type: 'interactive', card: 'x', content: 1 }));
  assert.equal(neither.wrapper, 'none');

  const answer = parseCard(
    json({ toast: { type: 'info' }, card: { type: 'raw', data: JSON.parse(v2([])) } }),
  );
  assert.equal(answer.wrapper, 'answer');
  assert.equal(answer.callback?.role, 'answer');
  assert.deepEqual(answer.cardPath, ['card', 'data']);
  assert.equal(answer.kind, 'v2');
  const toastOnly = parseCard(json({ toast: { type: 'info' } }));
  assert.equal(toastOnly.callback?.role, 'answer');
  assert.equal(toastOnly.wrapper, 'none');
  assert.equal(toastOnly.cardNode, undefined);
});

test('content string: the card inside is parsed, offsets map back into the file', () => {
  const inner = v2([{ tag: 'markdown', content: 'hi' }]);
  const file = json({ msg_type: 'interactive', content: inner });
  const doc = parseCard(file);
  assert.equal(doc.wrapper, 'content-string');
  assert.equal(doc.text, inner);
  assert.equal(doc.kind, 'v2');
  assert.equal(doc.components[0].tag, 'markdown');
  const at = inner.indexOf('markdown');
  assert.equal(file.slice(doc.toFileOffset(at), doc.toFileOffset(at) + 8), 'markdown');
  // Offsets past either end clamp to the string's ends.
  const start = file.indexOf('"{');
  assert.equal(doc.toFileOffset(-5), start + 1);
  assert.equal(doc.toFileOffset(inner.length + 100), file.lastIndexOf('"'));
  assert.deepEqual(doc.fileSyntaxErrors, []);
  // Errors of the file around it are kept, inside the file.
  const broken = parseCard(file.slice(0, -1));
  assert.equal(broken.wrapper, 'content-string');
  assert.equal(broken.fileSyntaxErrors?.length, 1);
  const error = broken.fileSyntaxErrors![0];
  assert.ok(error.offset + error.length <= file.length - 1 && error.length >= 1);
  // A bare card's offsets are the file's.
  assert.equal(parseCard(inner).toFileOffset(7), 7);
});

test('callback requests are never cards, whatever the file is called', () => {
  const request = json({ schema: '2.0', header: { event_type: 'card.action.trigger' }, event: {} });
  for (const forceCard of [false, true]) {
    const doc = parseCard(request, { forceCard });
    assert.equal(doc.callback?.role, 'request');
    assert.equal(doc.kind, 'not-card');
    assert.deepEqual(doc.components, []);
  }
});

test('a must-be-card file that holds no object says what it holds', () => {
  for (const [text, kind] of [
    ['', 'empty'],
    ['  \n', 'empty'],
    ['[1]', 'array'],
    ['"card"', 'string'],
    ['12', 'number'],
    ['true', 'boolean'],
    ['null', 'null'],
    ['hello', 'text'],
  ] as const) {
    assert.equal(parseCard(text, { forceCard: true }).notObject, kind, JSON.stringify(text));
    assert.equal(parseCard(text).notObject, undefined);
  }
});

test('strict JSON takes the fast path; comments, trailing commas and a BOM are still parsed', () => {
  const strict = parseCard(v2([]));
  assert.equal(strict.strictJson, true);
  assert.deepEqual(strict.syntaxErrors, []);
  const commented = parseCard('{"schema": "2.0", /* note */ "body": {"elements": []}}');
  assert.equal(commented.strictJson, undefined);
  assert.equal(commented.kind, 'v2');
  assert.deepEqual(commented.syntaxErrors, []);
  const trailing = parseCard('{"schema": "2.0", "body": {"elements": [],}}');
  assert.equal(trailing.kind, 'v2');
  assert.ok(trailing.syntaxErrors.length > 0);
  // A byte-order mark keeps every offset: the root starts after it.
  const marked = parseCard('\ufeff' + v2([{ tag: 'hr' }]));
  assert.equal(marked.strictJson, true);
  assert.equal(marked.root?.offset, 1);
  assert.equal(marked.kind, 'v2');
  assert.equal(marked.text.charCodeAt(0), 0xfeff);
});

test('size and depth guards stop before parsing, with a cheap guess of the kind', () => {
  const card = v2([{ tag: 'hr' }]);
  const large = parseCard(card, { maxSize: 10 });
  assert.deepEqual(large.skipped, { reason: 'too-large', detail: card.length });
  assert.equal(large.kind, 'v2');
  assert.equal(large.root, undefined);
  assert.equal(parseCard(card, { maxSize: card.length }).skipped, undefined);
  assert.equal(parseCard(json({ msg_type: 'interactive', x: 1 }), { maxSize: 5 }).kind, 'v2');
  assert.equal(parseCard(json({ hello: 1 }), { maxSize: 5 }).kind, 'not-card');
  assert.equal(parseCard(json({ hello: 1 }), { maxSize: 5, forceCard: true }).kind, 'v2');
  assert.equal(DEFAULT_MAX_SIZE, 5 * 1024 * 1024);

  const deep = '{"schema": "2.0", "body": ' + '['.repeat(300) + ']'.repeat(300) + '}';
  const skipped = parseCard(deep);
  assert.equal(skipped.skipped?.reason, 'too-deep');
  assert.equal(skipped.skipped?.detail, DEFAULT_MAX_DEPTH + 1);
  assert.equal(skipped.kind, 'v2');
  assert.equal(parseCard('{"a": [[[]]]}', { maxDepth: 2 }).skipped?.reason, 'too-deep');
  assert.equal(parseCard('{"a": [[[]]]}', { maxDepth: 2, forceCard: true }).kind, 'v2');
  assert.equal(parseCard('{"a": [[]]}', { maxDepth: 3 }).skipped, undefined);
  // Not strict JSON (a comment) and too deep: the guard holds on the fallback path too.
  const deepComment = '// c\n{"schema": "2.0", "body": ' + '['.repeat(300) + ']'.repeat(300) + '}';
  assert.equal(parseCard(deepComment).skipped?.reason, 'too-deep');
  // 100,000 levels neither crash nor hang.
  const hostile = '['.repeat(100_000) + ']'.repeat(100_000);
  assert.equal(parseCard(hostile, { forceCard: true }).skipped?.reason, 'too-deep');
});

test('a 1.0 card over the size or depth guard is guessed as one; JSON with no card shape is not', () => {
  const kindOver = (value: unknown, forceCard = false) =>
    parseCard(json(value), { maxSize: 5, forceCard }).kind;
  const hr = { tag: 'hr' };
  assert.equal(kindOver({ elements: [hr] }), 'v1');
  assert.equal(kindOver({ config: { wide_screen_mode: true }, header: {}, elements: [] }), 'v1');
  assert.equal(kindOver({ i18n_elements: { zh_cn: [hr] } }), 'v1');
  assert.equal(kindOver({ header: { title: {} }, config: {} }), 'v1');
  assert.equal(kindOver({ header: { title: {} }, card_link: {} }), 'v1');
  assert.equal(kindOver({ schema: '1.0', elements: [hr] }), 'v1');
  // What parse.ts calls no card: rich-text rows, a component snippet, a lone header, keys below the root
  // or inside a string.
  assert.equal(kindOver({ title: 't', elements: [[{ tag: 'text', text: 'x' }]] }), 'not-card');
  assert.equal(kindOver({ tag: 'form', elements: [hr] }), 'not-card');
  assert.equal(kindOver({ header: { title: {} } }), 'not-card');
  assert.equal(kindOver({ i18n_elements: [] }), 'not-card');
  assert.equal(kindOver({ data: { elements: [hr] } }), 'not-card');
  assert.equal(kindOver({ note: '"elements": [{}]' }), 'not-card');
  assert.equal(parseCard('[{"elements":[{}]}]', { maxSize: 5 }).kind, 'not-card');
  // A file the user calls a card keeps its 1.0 shape, and is 2.0 otherwise.
  assert.equal(kindOver({ elements: [hr] }, true), 'v1');
  assert.equal(kindOver({ hello: 1 }, true), 'v2');
  // Too deep to parse: the same guess.
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
  const deepV1 = `{"header":{"title":{}},"elements":[{"tag":"div","extra":${deep(300)}}]}`;
  assert.equal(parseCard(deepV1).skipped?.reason, 'too-deep');
  assert.equal(parseCard(deepV1).kind, 'v1');
  assert.equal(parseCard(`{"rows":[{"elements":${deep(300)}}]}`).kind, 'not-card');
});

test('components: 2.0 body, slots, parents, nesting depth and forms', () => {
  const doc = parseCard(
    v2([
      {
        tag: 'form',
        elements: [
          {
            tag: 'column_set',
            columns: [{ tag: 'column', elements: [{ tag: 'input', name: 'a' }] }],
          },
          { tag: 'checker', button_area: { buttons: [{ tag: 'button' }] } },
        ],
      },
      { tag: 'collapsible_panel', elements: [{ tag: 'interactive_container', elements: [{ tag: 'hr' }] }] },
      'not a component',
    ]),
  );
  assert.deepEqual(summary(doc), [
    ['form', 'body.elements.0', 'elements', 0, undefined, undefined],
    ['column_set', 'body.elements.0.elements.0', 'elements', 1, 'form', 'form'],
    ['column', 'body.elements.0.elements.0.columns.0', 'columns', 2, 'column_set', 'form'],
    ['input', 'body.elements.0.elements.0.columns.0.elements.0', 'elements', 2, 'column', 'form'],
    ['checker', 'body.elements.0.elements.1', 'elements', 1, 'form', 'form'],
    ['button', 'body.elements.0.elements.1.button_area.buttons.0', 'buttons', 1, 'checker', 'form'],
    ['collapsible_panel', 'body.elements.1', 'elements', 0, undefined, undefined],
    ['interactive_container', 'body.elements.1.elements.0', 'elements', 1, 'collapsible_panel', undefined],
    ['hr', 'body.elements.1.elements.0.elements.0', 'elements', 2, 'interactive_container', undefined],
  ]);
  assert.deepEqual(
    doc.topLevel.map((c) => c.tag),
    ['form', 'collapsible_panel'],
  );
  assert.deepEqual(
    doc.components[0].children.map((c) => c.tag),
    ['column_set', 'checker'],
  );
  assert.equal(doc.components[0].spec?.countsForNesting, true);
  assert.equal(doc.components[0].node.type, 'object');
});

test('components: root elements of a 2.0 card, unknown tags and 1.0 modules are walked too', () => {
  const doc = parseCard(
    json({
      schema: '2.0',
      body: { elements: [{ tag: 'mystery', elements: [{ tag: 'hr' }], actions: [{ tag: 'button' }] }] },
      elements: [{ tag: 'action', actions: [{ tag: 'button' }], columns: [{ tag: 'column' }] }],
    }),
  );
  assert.deepEqual(summary(doc), [
    ['mystery', 'body.elements.0', 'elements', 0, undefined, undefined],
    ['hr', 'body.elements.0.elements.0', 'elements', 0, 'mystery', undefined],
    ['button', 'body.elements.0.actions.0', 'actions', 0, 'mystery', undefined],
    ['action', 'elements.0', 'elements', 0, undefined, undefined],
    ['button', 'elements.0.actions.0', 'actions', 0, 'action', undefined],
    ['column', 'elements.0.columns.0', 'columns', 0, 'action', undefined],
  ]);
  assert.equal(doc.components[0].spec, undefined);
  // A component without a string tag is still a component.
  const untagged = parseCard(v2([{ tag: 3, elements: [{ tag: 'hr' }] }]));
  assert.deepEqual(summary(untagged), [
    [undefined, 'body.elements.0', 'elements', 0, undefined, undefined],
    ['hr', 'body.elements.0.elements.0', 'elements', 0, undefined, undefined],
  ]);
});

test('components: 1.0 elements, i18n_elements per locale and the single extra slot', () => {
  const doc = parseCard(
    json({
      elements: [
        { tag: 'div', extra: { tag: 'button' } },
        { tag: 'div', extra: 'not an object' },
      ],
      i18n_elements: {
        zh_cn: [{ tag: 'action', actions: [{ tag: 'button' }] }],
        en_us: [{ tag: 'hr' }],
      },
    }),
  );
  assert.equal(doc.kind, 'v1');
  assert.deepEqual(summary(doc), [
    ['div', 'elements.0', 'elements', 0, undefined, undefined],
    ['button', 'elements.0.extra', 'extra', 0, 'div', undefined],
    ['div', 'elements.1', 'elements', 0, undefined, undefined],
    ['action', 'i18n_elements.zh_cn.0', 'elements', 0, undefined, undefined],
    ['button', 'i18n_elements.zh_cn.0.actions.0', 'actions', 0, 'action', undefined],
    ['hr', 'i18n_elements.en_us.0', 'elements', 0, undefined, undefined],
  ]);
  assert.equal(doc.components[0].spec !== undefined, true);
  // A 2.0 card's body is not walked as 1.0, nor is a 1.0 card's body.
  assert.deepEqual(parseCard(json({ elements: [], body: { elements: [{ tag: 'hr' }] } })).components, []);
});

test('knownTags: the catalog tags', () => {
  const tags = knownTags();
  for (const tag of ['markdown', 'button', 'form', 'column_set']) assert.ok(tags.includes(tag), tag);
});

test('components: children are exactly the components under each, in order; paths lead to their nodes', () => {
  // parse.ts collects children on a stack and computes paths on first read: both must come out as if each
  // component had been pushed onto its parent's list and its path built up front.
  const doc = parseCard(
    json({
      i18n_elements: {
        zh_cn: [
          { tag: 'div', extra: { tag: 'button' } },
          { tag: 'action', actions: [{ tag: 'button' }, 'not a component', { tag: 'select_static' }] },
        ],
        en_us: [{ tag: 'column_set', columns: [{ tag: 'column', elements: [{ tag: 'markdown' }] }] }],
      },
    }),
  );
  assert.equal(doc.kind, 'v1');
  for (const component of doc.components) {
    const under = doc.components.filter((c) => c.parent === component);
    assert.deepEqual(component.children, under);
    assert.equal(nodeAt(doc.cardNode, component.path), component.node);
    assert.equal(component.path, component.path, 'read once, then the same array');
  }
  // Containers have a list each; leaves share one empty list, frozen so that no one can add to it.
  const containers = doc.components.filter((c) => c.children.length > 0);
  assert.equal(new Set(containers.map((c) => c.children)).size, containers.length, 'no two share a list');
  const leaves = doc.components.filter((c) => c.children.length === 0);
  assert.equal(new Set(leaves.map((c) => c.children)).size, 1);
  assert.ok(Object.isFrozen(leaves[0].children));
  assert.deepEqual(
    doc.components.map((c) => c.path.join('.')),
    [
      'i18n_elements.zh_cn.0',
      'i18n_elements.zh_cn.0.extra',
      'i18n_elements.zh_cn.1',
      'i18n_elements.zh_cn.1.actions.0',
      'i18n_elements.zh_cn.1.actions.2',
      'i18n_elements.en_us.0',
      'i18n_elements.en_us.0.columns.0',
      'i18n_elements.en_us.0.columns.0.elements.0',
    ],
  );
});

test('kind: what decides a card next to the rules above (found by mutation testing)', () => {
  // A component root is no card unless the file says so: none of its components are collected either.
  const snippet = parseCard(json({ tag: 'form', elements: [{ tag: 'button' }] }));
  assert.equal(snippet.kind, 'not-card');
  assert.deepEqual(snippet.components, []);
  // A reference needs both a template/card type and an object data; any card key beside it makes it a card.
  assert.equal(parseCard(json({ type: 'other', data: {} }), { forceCard: true }).kind, 'v1');
  assert.equal(parseCard(json({ type: 'template', data: 't' }), { forceCard: true }).kind, 'v1');
  for (const key of ['elements', 'body', 'header', 'i18n_elements', 'schema'])
    assert.notEqual(
      parseCard(json({ type: 'card', data: {}, [key]: key === 'elements' ? [] : {} }), { forceCard: true })
        .kind,
      'not-card',
      key,
    );
  // Another schema string: 2.0 when it has a body, even with the 1.0 shape; 1.0 with that shape alone.
  assert.equal(parseCard(json({ schema: '3.0', elements: [], body: {} })).kind, 'v2');
  assert.equal(parseCard(json({ schema: '3.0', elements: [] })).kind, 'v1');
  // A body without any schema is a card only when the file says so.
  assert.equal(parseCard(json({ body: {} })).kind, 'not-card');
  // An interactive message with neither a card nor a content.
  assert.equal(parseCard(json({ msg_type: 'interactive' })).kind, 'not-card');
  // A message whose content is no string wraps nothing: the body itself is no card.
  const numeric = parseCard(json({ msg_type: 'interactive', content: 5 }));
  assert.equal(numeric.wrapper, 'none');
  assert.equal(numeric.kind, 'not-card');
});

test('wrapped cards are cards whatever their shape, and keep the options', () => {
  // The card of a callback answer and of a content string is checked as one even without a card's shape.
  const answer = parseCard(json({ toast: { type: 'info' }, card: { type: 'raw', data: { header: {} } } }));
  assert.equal(answer.wrapper, 'answer');
  assert.equal(answer.kind, 'v1');
  const content = parseCard(json({ msg_type: 'interactive', content: json({ header: {} }) }));
  assert.equal(content.wrapper, 'content-string');
  assert.equal(content.kind, 'v1');
  // The depth guard applies inside the content string.
  const deep = json({ msg_type: 'interactive', content: json({ schema: '2.0', body: [[[[]]]] }) });
  assert.equal(parseCard(deep, { maxDepth: 3 }).skipped?.reason, 'too-deep');
});

test('guards: a skipped card has no errors or components; a card at exactly the depth limit is parsed', () => {
  const large = parseCard(v2([{ tag: 'hr' }]), { maxSize: 10 });
  assert.deepEqual(large.syntaxErrors, []);
  assert.deepEqual(large.components, []);
  // Not strict JSON (a comment), so the depth is measured first: three levels pass a limit of three.
  assert.equal(parseCard('// c\n{"a": [[]]}', { maxDepth: 3 }).skipped, undefined);
  assert.equal(parseCard('// c\n{"a": [[]]}', { maxDepth: 2 }).skipped?.reason, 'too-deep');
});
