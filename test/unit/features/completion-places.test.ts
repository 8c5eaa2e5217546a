// Where the cursor is, as completion and hover read it (completion/index.ts, request.ts, cardContext.ts):
// the card's own places in 1.0 and 2.0 cards and message wrappers, places that get nothing, the word a
// completion replaces, the file's indentation, and file ↔ card offsets of a card held as a JSON string.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCardOffset } from '../../../server/src/card/features/cardContext';
import { complete } from '../../../server/src/card/features/completion';
import { parseCard } from '../../../server/src/card/parse/parse';
import { completeAt, cursor, hoverAt, itemOf, labelsAt, v2 } from '../../support/cursor';

test('1.0 cards: root elements, i18n_elements per locale, and the one-component slot div.extra', () => {
  const root = labelsAt('{"elements": [|]}');
  assert.deepEqual(labelsAt('{"i18n_elements": {"zh_cn": [|]}}'), root);
  assert.ok(root.includes('action') && root.includes('note'));
  assert.deepEqual(labelsAt('{"i18n_elements": {"zh_cn": [{"tag": "div", |}]}}'), [
    'width',
    'text',
    'fields',
    'icon',
    'extra',
    'element_id',
    'margin',
  ]);
  const extra = [
    'img',
    'button',
    'overflow',
    'select_static',
    'select_person',
    'date_picker',
    'picker_time',
    'picker_datetime',
  ];
  assert.deepEqual(labelsAt('{"elements": [{"tag": "div", "extra": {"tag": |}}]}'), extra);
  assert.deepEqual(
    completeAt('{"elements": [{"tag": "div", "extra": {|}}]}').items.map((i) => `${i.kind}:${i.label}`),
    [...extra.map((t) => `component:${t}`), 'property:tag', 'property:element_id', 'property:margin'],
  );
  assert.deepEqual(labelsAt('{"elements": [{"tag": "div", "extra": |}]}'), []);
  assert.match(
    hoverAt('{"i18n_elements": {"zh_cn": [{"tag": "d|iv"}]}}'),
    /^\*\*`div`\*\* · display component/,
  );
  assert.match(hoverAt('{"elements": [{"tag": "div", "extra": {"tag": "i|mg"}}]}'), /^\*\*`img`\*\*/);
  assert.match(
    hoverAt('{"elements": [{"tag": "div", "extra": {"tag": "img", "img_k|ey": "k"}}]}'),
    /property of `img`/,
  );
});

test('places that are not components: 1.0 element arrays themselves, 2.0 i18n_elements, the file root', () => {
  assert.deepEqual(labelsAt('{"elements": |}'), []);
  assert.deepEqual(labelsAt('{"elements": [], "i18n_elements": |}'), []);
  assert.equal(hoverAt('{"el|ements": [{"tag": "div"}]}'), '');
  assert.equal(hoverAt('{"i18n_el|ements": {"zh_cn": []}}'), '');
  assert.match(
    hoverAt('{"elements": [{"tag": "div"}], "con|fig": {}}'),
    /^\*\*`config`\*\* · property of `card`/,
  );
  assert.deepEqual(labelsAt('{"schema": "2.0", "i18n_elements": {"zh_cn": [|]}}'), []);
  assert.equal(hoverAt('{"schema": "2.0", "i18n_elements": {"zh_cn": [{"tag": "d|iv"}]}}'), '');
  assert.deepEqual(labelsAt('|{"schema": "2.0"}'), []);
  assert.deepEqual(labelsAt('{"schema": "2.0"}|'), []);
});

test('2.0 places: body keys after its elements, a column’s keys, a checker’s button area', () => {
  assert.deepEqual(labelsAt('{"schema": "2.0", "body": {"elements": [{"tag": "button"}], |}}'), [
    'direction',
    'horizontal_spacing',
    'horizontal_align',
    'vertical_spacing',
    'vertical_align',
    'padding',
  ]);
  const column = labelsAt(v2('{"tag": "column_set", "columns": [{"tag": "column", |}]}'));
  assert.ok(column.includes('elements') && column.includes('weight'), column.join(' '));
  assert.deepEqual(labelsAt(v2('{"tag": "checker", "button_area": {|}}')), ['pc_display_rule', 'buttons']);
  assert.ok(
    labelsAt(v2('{"tag": "checker", "button_area": {"buttons": [{"tag": "button", |}]}}')).includes('type'),
  );
  assert.match(
    hoverAt(v2('{"tag": "checker", "button_area": {"buttons": [{"tag": "but|ton"}]}}')),
    /^\*\*`button`\*\*/,
  );
});

test('a message wrapper: the card inside completes, the wrapper around it does not', () => {
  assert.deepEqual(labelsAt('{"msg_type": |, "card": {"schema": "2.0"}}'), []);
  // Not even a place in the wrapper that looks like one in a card.
  assert.ok(labelsAt('{"msg_type": "interactive", "card": {"header": {"template": |}}}').includes('blue'));
  assert.deepEqual(
    labelsAt('{"msg_type": "interactive", "x": {"header": {"template": |}}, "card": {"schema": "2.0"}}'),
    [],
  );
  assert.deepEqual(labelsAt('{"msg_type": "interactive", "card": {"schema": "2.0", |}}'), [
    'config',
    'card_link',
    'header',
    'body',
  ]);
});

test('no completion in a file that is not a card, nor in a card held as a JSON string, nor a skipped one', () => {
  assert.deepEqual(labelsAt('{"name": "x", |}'), []);
  const inner = JSON.stringify({ schema: '2.0', body: { elements: [] } });
  const text = JSON.stringify({ msg_type: 'interactive', content: inner });
  const card = parseCard(text);
  assert.equal(card.wrapper, 'content-string');
  // Nowhere in the file: the card's own offsets included, where the plain card below gets items.
  for (let offset = 0; offset <= text.length; offset++) {
    assert.deepEqual(complete(card, offset, { locale: 'en' }), [], `offset ${offset}`);
  }
  const plain = cursor(v2('|'));
  const parsed = parseCard(plain.text);
  assert.ok(complete(parsed, plain.offset, { locale: 'en' }).length > 0);
  // A card too large to analyse gets no guesses from the text alone.
  assert.deepEqual(complete(parseCard(plain.text, { maxSize: 10 }), plain.offset, { locale: 'en' }), []);
});

test('the replaced word: a bare word around the cursor, or the whole string the cursor is in', () => {
  const bare = completeAt(v2('{"tag": "button", "disabled": tr|}'));
  const item = itemOf(bare.items, 'true');
  assert.equal(bare.text.slice(item.replace.start, item.replace.end), 'tr');
  assert.equal(item.filterText, 'true');
  const middle = completeAt(v2('{"tag": "button", "margin": 4p|x.-+1 }'));
  assert.equal(middle.text.slice(middle.items[0].replace.start, middle.items[0].replace.end), '4px.-+1');
  const quoted = completeAt(v2('{"tag": "button", "type": "pri|mary"}'));
  assert.equal(quoted.text.slice(quoted.items[0].replace.start, quoted.items[0].replace.end), '"primary"');
  assert.equal(itemOf(quoted.items, 'primary').filterText, '"primary"');
  assert.equal(itemOf(quoted.items, 'primary').insertText, '"primary"');
});

test('indentation: the file’s unit (tabs or spaces) from the cursor’s line', () => {
  const tabs = completeAt('{\n\t"schema": "2.0",\n\t"body": {\n\t\t"elements": [\n\t\t\t|\n\t\t]\n\t}\n}');
  assert.equal(
    itemOf(tabs.items, 'column_set').insertText,
    '{\n\t\t\t\t"tag": "column_set",\n\t\t\t\t"columns": [\n\t\t\t\t\t{\n\t\t\t\t\t\t"tag": "column",\n' +
      '\t\t\t\t\t\t"elements": [$1]\n\t\t\t\t\t}\n\t\t\t\t]\n\t\t\t}',
  );
  const four = completeAt(
    '{\n    "schema": "2.0",\n    "body": {\n        "elements": [\n            |\n        ]\n    }\n}',
  );
  assert.equal(itemOf(four.items, 'hr').insertText, '{\n                "tag": "hr"\n            }');
  const members = completeAt(
    '{\n  "schema": "2.0",\n  "body": {\n    "elements": [\n      {|}\n    ]\n  }\n}',
  );
  assert.equal(itemOf(members.items, 'markdown').insertText, '"tag": "markdown",\n        "content": "$1"');
});

test('file offsets and card offsets of a card held as a JSON string map onto each other', () => {
  const inner = JSON.stringify({ schema: '2.0', header: { title: { content: 'a"b\\c' } } });
  const text = JSON.stringify({ msg_type: 'interactive', content: inner });
  const card = parseCard(text);
  assert.equal(card.wrapper, 'content-string');
  for (let offset = 0; offset <= card.text.length; offset++) {
    assert.equal(toCardOffset(card, card.toFileOffset(offset)), offset, `card offset ${offset}`);
  }
  const plain = parseCard(inner);
  assert.equal(toCardOffset(plain, 17), 17);
});

test('1.0 sections complete from the card root; arrays outside the element arrays hold no components', () => {
  const values = labelsAt('{"elements": [], "header": {"template": |}}');
  assert.ok(values.includes('blue'), values.join(' '));
  assert.match(hoverAt('{"elements": [], "header": {"temp|late": "blue"}}'), /property of `header`/);
  assert.ok(labelsAt('{"elements": [|]}').includes('div'));
  for (const marked of [
    '{"elements": [], "header": {"anything": [|]}}',
    '{"elements": [], "foo": [|]}',
    // A 1.0 card has no body; its components stand in the root elements.
    '{"elements": [], "body": {"elements": [|]}}',
  ]) {
    assert.deepEqual(labelsAt(marked), [], marked);
  }
});

test('2.0 arrays outside body.elements and the slots of components hold no components', () => {
  assert.ok(labelsAt(v2('|')).includes('markdown'));
  for (const marked of [
    '{"schema": "2.0", "body": {"foo": [|]}}',
    '{"schema": "2.0", "header": {"elements": [|]}}',
    '{"schema": "2.0", "foo": [|]}',
    // Only the catalog's two-step slot button_area.buttons: another array there is no slot.
    v2('{"tag": "checker", "button_area": {"other": [|]}}'),
  ]) {
    assert.deepEqual(labelsAt(marked), [], marked);
  }
  assert.deepEqual(labelsAt(v2('{"tag": "checker", "button_area": {"buttons": [|]}}')), ['button']);
});

test('element arrays written as objects, or nested one level off, get no guesses', () => {
  for (const marked of [
    '{"i18n_elements": {"zh_cn": []}, "elements": {|}}',
    '{"i18n_elements": {"zh_cn": {|}}}',
    '{"elements": [], "i18n_elements": {|}}',
    '{"elements": [], "i18n_elements": [|]}',
    '{"elements": [], "i18n_elements": [[|]]}',
    '{"schema": "2.0", "body": {"elements": {|}}}',
    '{"schema": "2.0", "elements": {|}}',
  ]) {
    assert.deepEqual(labelsAt(marked), [], marked);
  }
});

test('a 2.0 card’s root elements (a 1.0 habit) still hold components', () => {
  const keys = labelsAt('{"schema": "2.0", "elements": [{"tag": "button", |}]}');
  assert.deepEqual(keys, labelsAt(v2('{"tag": "button", |}')));
  assert.ok(keys.includes('behaviors'), keys.join(' '));
  assert.match(hoverAt('{"schema": "2.0", "elements": [{"tag": "but|ton"}]}'), /^\*\*`button`\*\*/);
});

test('children of a tag the catalog does not have complete as components; a 1.0-only tag has no slots', () => {
  const root = labelsAt(v2('|'));
  for (const key of ['elements', 'columns']) {
    const children = labelsAt(v2(`{"tag": "mystery", "${key}": [|]}`));
    assert.ok(children.includes('markdown'), `${key}: ${children.join(' ')}`);
    // Not at the root, so no rootOnly components.
    assert.ok(children.length < root.length);
  }
  assert.deepEqual(labelsAt(v2('{"tag": "note", "elements": [|]}')), []);
  assert.deepEqual(labelsAt(v2('{"tag": "mystery", "behaviors": [|]}')), []);
});

test('a component’s own arrays are not behaviors: select options, a single slot’s key', () => {
  assert.deepEqual(labelsAt(v2('{"tag": "select_static", "options": [{|}]}')), ['text', 'icon', 'value']);
  assert.match(
    hoverAt(v2('{"tag": "select_static", "options": [{"te|xt": {"tag": "plain_text", "content": "a"}}]}')),
    /^\*\*`text`\*\* · property of `select_static.options.0`/,
  );
  assert.match(hoverAt('{"elements": [{"tag": "div", "ex|tra": {"tag": "img"}}]}'), /property of `div`/);
  // The key of an array slot is a property of its component too.
  assert.match(
    hoverAt(v2('{"tag": "form", "name": "f", "elem|ents": []}')),
    /^\*\*`elements`\*\* · property of `form`/,
  );
});

test('the cursor at a string’s quotes, after a number, past a value; junk and cut-off files', () => {
  const atOpening = completeAt(v2('{"tag": "button", "type": |"primary"}'));
  assert.equal(
    atOpening.text.slice(atOpening.items[0].replace.start, atOpening.items[0].replace.end),
    '"primary"',
  );
  const atClosing = completeAt(v2('{"tag": "button", "type": "primary"|}'));
  assert.equal(
    atClosing.text.slice(atClosing.items[0].replace.start, atClosing.items[0].replace.end),
    '"primary"',
  );
  assert.ok(atClosing.items.every((i) => i.kind === 'value'));
  // One step past the value: the next key goes there.
  const past = completeAt(v2('{"tag": "button", "type": "primary" |}'));
  assert.ok(past.items.length > 0 && past.items.every((i) => i.kind === 'property'));
  // A number and the word after it are replaced together.
  const number = completeAt(v2('{"tag": "button", "margin": 4|px}'));
  assert.ok(number.items.length > 0);
  assert.equal(number.text.slice(number.items[0].replace.start, number.items[0].replace.end), '4px');
  // Junk before the card's brace: the cursor is at the root, where nothing is offered (and nothing hangs).
  assert.deepEqual(labelsAt('x|{"schema": "2.0", "body": {"elements": []}}'), []);
  // A file cut off right after a bare word or an opening bracket: no comma is added after the item.
  const cut = completeAt('{"schema": "2.0", "body": {"elements": [{"tag": "button", "disabled": tr|');
  assert.deepEqual(itemOf(cut.items, 'true').replace, { start: cut.text.length - 2, end: cut.text.length });
  const open = completeAt('{"schema": "2.0", "body": {"elements": [|');
  assert.equal(itemOf(open.items, 'hr').insertText, '{\n  "tag": "hr"\n}');
});
