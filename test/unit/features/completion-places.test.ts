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
  assert.deepEqual(complete(card, text.indexOf('[') + 1, { locale: 'en' }), []);
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
