// Completing property names, through the pure complete(): a component's own and common properties in the
// catalog's order (required first), minus what is there, legacy and form-only ones outside a form; the fields
// of a behavior; the keys of the card's sections; each with a value snippet and texts from its schema.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accept, completeAt, itemOf, labelsAt, v2 } from '../../support/cursor';

const BUTTON_DOCS =
  'https://open.feishu.cn/document/feishu-cards/card-json-v2-components/interactive-components/button';
const STRUCTURE = 'https://open.feishu.cn/document/feishu-cards/card-json-v2-structure';
const formAt = (inner: string) => v2(`{"tag": "form", "name": "f", "elements": [${inner}]}`);

test('a button: own properties in catalog order, then the common ones; nothing present, legacy or form-only', () => {
  const { items } = completeAt(v2('{"tag": "button", |}'));
  assert.deepEqual(
    items.map((i) => [i.label, i.sortText]),
    [
      ['type', '1001'],
      ['size', '1002'],
      ['width', '1003'],
      ['text', '1004'],
      ['icon', '1005'],
      ['hover_tips', '1006'],
      ['disabled', '1007'],
      ['disabled_tips', '1008'],
      ['confirm', '1009'],
      ['behaviors', '1010'],
      ['name', '1011'],
      ['element_id', '1017'],
      ['margin', '1018'],
    ],
  );
  assert.ok(items.every((i) => i.kind === 'property' && i.snippet));
});

test('a property item: its value snippet, description, values and docs; arrays retrigger', () => {
  const { items } = completeAt(v2('{"tag": "button", |}'));
  const type = itemOf(items, 'type');
  assert.equal(
    type.insertText,
    '"type": "${1|default,primary,danger,text,primary_text,danger_text,primary_filled,danger_filled,laser|}"',
  );
  assert.equal(type.detail, 'Button style.');
  assert.equal(
    type.documentation,
    'Button style.\n\nAllowed values: `"default"`, `"primary"`, `"danger"`, `"text"`, `"primary_text"`, ' +
      `\`"danger_text"\`, \`"primary_filled"\`, \`"danger_filled"\`, \`"laser"\`\n\n[Platform documentation](${BUTTON_DOCS})`,
  );
  assert.equal(type.filterText, 'type');
  assert.equal(type.retrigger, false);
  assert.equal(itemOf(items, 'width').insertText, '"width": "${1:default}"');
  assert.match(
    itemOf(items, 'width').documentation!,
    /\n\nFor example: `"default"`, `"fill"`, `"120px"`\n\n/,
  );
  assert.equal(itemOf(items, 'disabled').insertText, '"disabled": ${1|false,true|}');
  assert.equal(itemOf(items, 'text').insertText, '"text": {"tag": "plain_text", "content": "${1:Text}"}');
  assert.equal(
    itemOf(items, 'text').documentation,
    `Button text.\n\n[Platform documentation](${BUTTON_DOCS})`,
  );
  const behaviors = itemOf(items, 'behaviors');
  assert.equal(behaviors.insertText, '"behaviors": [$1]');
  assert.equal(behaviors.retrigger, true);
  assert.match(
    itemOf(completeAt(v2('{"tag": "button", |}'), { locale: 'zh' }).items, 'disabled').documentation!,
    /\n\n可选值：`true`、`false`\n\n\[平台文档\]/,
  );
});

test('no tag yet: `tag` first (an empty string that asks for completion again), then the common keys', () => {
  const items = completeAt(v2('{"element_id": "x", |}')).items.filter((i) => i.kind === 'property');
  assert.deepEqual(
    items.map((i) => i.label),
    ['tag', 'margin'],
  );
  const tag = itemOf(items, 'tag');
  assert.equal(tag.insertText, '"tag": "$1"');
  assert.equal(tag.retrigger, true);
  assert.equal(tag.sortText, '0000', 'required first');
  assert.deepEqual(tag.additionalEdits, []);
});

test('inside a form: name with a unique value, required and form_action_type are offered', () => {
  const input = completeAt(formAt('{"tag": "input", |}')).items;
  assert.equal(itemOf(input, 'name').insertText, '"name": "${1:input_1}"');
  assert.equal(itemOf(input, 'required').insertText, '"required": ${1|false,true|}');
  const button = labelsAt(formAt('{"tag": "button", "name": "x", |}'));
  assert.ok(button.includes('form_action_type'));
  assert.equal(
    itemOf(completeAt(formAt('{"tag": "button", |}')).items, 'form_action_type').insertText,
    '"form_action_type": "${1|submit,reset|}"',
  );
  assert.ok(!labelsAt(v2('{"tag": "input", |}')).includes('required'), 'not outside a form');
  // Outside a form, a field's name is just a string.
  assert.equal(itemOf(completeAt(v2('{"tag": "input", |}')).items, 'name').insertText, '"name": "$1"');
});

test('containers: their child array starts empty and asks for completion; a component without behaviors gets none', () => {
  const items = completeAt(v2('{"tag": "collapsible_panel", |}')).items;
  assert.equal(itemOf(items, 'elements').insertText, '"elements": [$1]');
  assert.equal(itemOf(items, 'elements').retrigger, true);
  assert.equal(itemOf(items, 'header').sortText.slice(0, 1), '0', 'a required key sorts first');
  assert.ok(!labelsAt(v2('{"tag": "markdown", |}')).includes('behaviors'));
  assert.ok(!labelsAt(v2('{"tag": "unknown_x", |}')).includes('behaviors'));
  const unknown = completeAt(v2('{"tag": "unknown_x", |}')).items;
  assert.deepEqual(
    unknown.map((i) => i.label),
    ['element_id', 'margin'],
  );
  assert.match(
    unknown[0].documentation!,
    new RegExp(`\\(${STRUCTURE}\\)$`),
    'an unknown tag links the card structure',
  );
});

test('a key being typed is replaced whole; with a colon after it only the key is replaced', () => {
  const typed = completeAt(v2('{"tag": "button", "ty|"}'));
  const type = itemOf(typed.items, 'type');
  assert.equal(typed.text.slice(type.replace.start, type.replace.end), '"ty"');
  assert.equal(type.filterText, '"type"');
  assert.deepEqual(JSON.parse(accept(typed.text, type)).body.elements[0].type, 'default');
  const keyOnly = completeAt(v2('{"tag": "button", "ty|": "primary"}'));
  const onlyKey = itemOf(keyOnly.items, 'type');
  assert.equal(onlyKey.insertText, '"type"');
  assert.equal(onlyKey.snippet, false);
  assert.equal(onlyKey.retrigger, false);
  assert.equal(JSON.parse(accept(keyOnly.text, onlyKey)).body.elements[0].type, 'primary');
  const behaviors = itemOf(completeAt(v2('{"tag": "button", "beh|": []}')).items, 'behaviors');
  assert.equal(behaviors.retrigger, false, 'the array is already there');
  assert.deepEqual(behaviors.additionalEdits, []);
});

test('commas: before the new key after a value, after it when another key follows', () => {
  const after = completeAt(v2('{"tag": "button" |}'));
  const type = itemOf(after.items, 'type');
  assert.deepEqual(type.additionalEdits, [
    { offset: after.text.indexOf('" }') + 1, length: 0, newText: ',' },
  ]);
  assert.equal(JSON.parse(accept(after.text, type)).body.elements[0].type, 'default');
  const before = completeAt(v2('{| "tag": "button"}'));
  assert.equal(itemOf(before.items, 'element_id').insertText, '"element_id": "$1",');
  assert.equal(
    JSON.parse(accept(before.text, itemOf(before.items, 'element_id'))).body.elements[0].element_id,
    '',
  );
  // Nothing after a comment: left alone rather than guessed.
  const comment = completeAt(v2('{"tag": "button" /* c */ |}'));
  assert.deepEqual(itemOf(comment.items, 'type').additionalEdits, []);
  const commentAfter = completeAt(v2('{"tag": "button", | /* c */}'));
  assert.equal(itemOf(commentAfter.items, 'size').insertText.endsWith(','), false);
});

test('nested objects of a component: their schema’s keys with the component’s docs', () => {
  const items = completeAt(v2('{"tag": "button", "text": {"tag": "plain_text", |}}')).items;
  assert.deepEqual(
    items.map((i) => i.label),
    ['content', 'i18n_content', 'text_size', 'text_color', 'text_align', 'lines'],
  );
  assert.match(itemOf(items, 'content').documentation!, new RegExp(`\\(${BUTTON_DOCS}\\)$`));
  assert.deepEqual(labelsAt(v2('{"tag": "button", "no_such": {|}}')), []);
});

test('behavior fields: required ones first, the ones present left out, `type` offers the accepted ones', () => {
  const openUrl = completeAt(v2('{"tag": "button", "behaviors": [{"type": "open_url", |}]}')).items;
  assert.deepEqual(
    openUrl.map((i) => [i.label, i.sortText]),
    [
      ['default_url', '0001'],
      ['pc_url', '1002'],
      ['ios_url', '1003'],
      ['android_url', '1004'],
    ],
  );
  assert.match(itemOf(openUrl, 'default_url').documentation!, /configuring-card-interactions\)$/);
  assert.deepEqual(labelsAt(v2('{"tag": "button", "behaviors": [{"type": "callback", |}]}')), ['value']);
  assert.deepEqual(labelsAt(v2('{"tag": "button", "behaviors": [{"type": "jump", |}]}')), []);
  // An entry without a type: whole entries as members, then the `type` key with a choice of the accepted ones.
  const empty = completeAt(v2('{"tag": "button", "behaviors": [{|}]}')).items;
  assert.deepEqual(
    empty.map((i) => i.label),
    ['open_url', 'open_url (pc/android/ios)', 'callback', 'type'],
  );
  assert.equal(itemOf(empty, 'type').insertText, '"type": "${1|open_url,callback|}"');
  assert.equal(
    itemOf(completeAt(v2('{"tag": "checker", "behaviors": [{|}]}')).items, 'type').insertText,
    '"type": "callback"',
    'one accepted type is written out',
  );
  assert.equal(
    itemOf(completeAt(v2('{"tag": "markdown", "behaviors": [{"value": 1, |}]}')).items, 'type').insertText,
    '"type": "${1||}"',
  );
});

test('card sections: root keys not present, header and config keys with their values', () => {
  const root = completeAt('{"schema": "2.0", |}').items;
  assert.deepEqual(
    root.map((i) => i.label),
    ['config', 'card_link', 'header', 'body'],
  );
  assert.equal(
    itemOf(root, 'header').insertText,
    '"header": {"title": {"tag": "plain_text", "content": "${1:Text}"}}',
  );
  assert.equal(
    itemOf(root, 'header').documentation,
    `${itemOf(root, 'header').detail}\n\n[Platform documentation](${STRUCTURE})`,
  );
  const header = completeAt('{"schema": "2.0", "header": {|}}').items;
  assert.equal(itemOf(header, 'title').sortText, '0000');
  assert.equal(
    itemOf(header, 'template').insertText,
    '"template": "${1|default,blue,wathet,turquoise,green,yellow,orange,red,carmine,violet,purple,indigo,grey|}"',
  );
  assert.equal(
    itemOf(completeAt('{"schema": "2.0", "config": {|}}').items, 'streaming_mode').insertText,
    '"streaming_mode": ${1|false,true|}',
  );
  assert.deepEqual(labelsAt('{"schema": "2.0", "config": {"no_such": {|}}}'), []);
});
