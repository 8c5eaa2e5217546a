// Completing whole components in a component array, through the pure complete(): which tags each place
// offers (by the catalog's placement facts), the snippet each inserts (required properties, the visible text,
// a unique name in forms, submit/reset variants, a one-tag slot pre-filled), its texts, order and commas.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { componentSpec, docsUrl } from '../../../server/src/card/catalog/catalog';
import { accept, completeAt, itemOf, labelsAt, v2 } from '../../support/cursor';
import { withComponents } from '../../support/fakeComponents';

const ROOT_TAGS = [
  'column_set',
  'form',
  'interactive_container',
  'collapsible_panel',
  'div',
  'markdown',
  'img',
  'img_combination',
  'person',
  'person_list',
  'chart',
  'table',
  'hr',
  'audio',
  'input',
  'button',
  'overflow',
  'select_static',
  'select_person',
  'date_picker',
  'picker_time',
  'picker_datetime',
  'select_img',
  'checker',
];
const formAt = (inner: string) => v2(`{"tag": "form", "name": "form_1", "elements": [${inner}]}`);

test('at the root: every freely placed component in catalog order, none that needs a form or a parent', () => {
  assert.deepEqual(labelsAt(v2('|')), ROOT_TAGS);
  assert.deepEqual(labelsAt('{"schema": "2.0", "elements": [|]}'), ROOT_TAGS, 'a 2.0 card’s root elements');
});

test('inside a form: form fields, submit and reset buttons; no second form, no table', () => {
  const labels = labelsAt(formAt('|'));
  assert.deepEqual(
    labels,
    ROOT_TAGS.filter((t) => t !== 'form' && t !== 'table').flatMap((t) =>
      t === 'button'
        ? ['button', 'button (submit)', 'button (reset)']
        : t === 'select_static'
          ? ['select_static', 'multi_select_static']
          : t === 'select_person'
            ? ['select_person', 'multi_select_person']
            : [t],
    ),
  );
});

test('restricted slots: only what the slot allows; containers never offer what they forbid below them', () => {
  assert.deepEqual(labelsAt(v2('{"tag": "column_set", "columns": [|]}')), ['column']);
  assert.deepEqual(labelsAt(v2('{"tag": "checker", "button_area": {"buttons": [|]}}')), ['button']);
  const inColumn = ROOT_TAGS.filter((t) => t !== 'form' && t !== 'table');
  assert.deepEqual(
    labelsAt(v2('{"tag": "column_set", "columns": [{"tag": "column", "elements": [|]}]}')),
    inColumn,
  );
  assert.deepEqual(labelsAt(v2('{"tag": "collapsible_panel", "elements": [|]}')), inColumn);
  // Below an unknown container its children are still components, only not the root-only ones.
  assert.deepEqual(labelsAt(v2('{"tag": "unknown_box", "elements": [|]}')), inColumn);
  // A component removed in 2.0 holds no component slots.
  assert.deepEqual(labelsAt(v2('{"tag": "action", "elements": [|]}')), []);
});

test('a component snippet: tag, then the visible text; the detail and documentation in the locale', () => {
  const { text, items } = completeAt(v2('|'));
  const button = itemOf(items, 'button');
  assert.equal(button.kind, 'component');
  assert.equal(button.snippet, true);
  assert.equal(
    button.insertText,
    '{\n  "tag": "button",\n  "text": {"tag": "plain_text", "content": "${1:Text}"}\n}',
  );
  assert.equal(button.detail, 'A button.');
  assert.equal(
    button.documentation,
    `**button** — A button.\n\nAccepts \`behaviors\`: \`open_url\`, \`callback\`.\n\n[Platform documentation](${docsUrl(componentSpec('button', 'v2')!.docs)})`,
  );
  assert.equal(button.filterText, 'button');
  assert.equal(button.retrigger, false);
  assert.deepEqual(JSON.parse(accept(text, button)).body.elements, [
    { tag: 'button', text: { tag: 'plain_text', content: 'Text' } },
  ]);
  assert.equal(itemOf(items, 'markdown').insertText, '{\n  "tag": "markdown",\n  "content": "$1"\n}');
  assert.equal(itemOf(items, 'hr').insertText, '{\n  "tag": "hr"\n}');
  // Required properties come with the tag (and a required text is not doubled by another).
  assert.equal(
    itemOf(items, 'table').insertText,
    '{\n  "tag": "table",\n  "columns": [$1],\n  "rows": [$2]\n}',
  );
  assert.equal(itemOf(items, 'person').insertText, '{\n  "tag": "person",\n  "user_id": "$1"\n}');
  assert.equal(
    itemOf(items, 'collapsible_panel').insertText,
    '{\n  "tag": "collapsible_panel",\n  "header": {$1},\n  "elements": [$2]\n}',
  );
  const zh = itemOf(completeAt(v2('|'), { locale: 'zh' }).items, 'overflow');
  assert.equal(zh.detail, componentSpec('overflow', 'v2')!.description.zh);
  assert.match(zh.documentation!, /\n\n支持的 behaviors：`callback`。\n\n\[平台文档\]\(/);
  assert.match(itemOf(items, 'markdown').documentation!, /\n\nTakes no `behaviors`\.\n\n/);
});

test('the visible text of an input or a picker is its placeholder, never a tooltip (1.0 and 2.0)', () => {
  const placeholder = /\n {2}"placeholder": \{"tag": "plain_text", "content": "\$\{\d:Text\}"\}\n/;
  const pickers = [
    'input',
    'select_static',
    'select_person',
    'date_picker',
    'picker_time',
    'picker_datetime',
  ];
  const places: [string, string[]][] = [
    [v2('|'), pickers],
    ['{"elements": [|]}', pickers],
    [formAt('|'), pickers.concat('multi_select_static', 'multi_select_person')],
  ];
  for (const [card, tags] of places) {
    const { items } = completeAt(card);
    for (const tag of tags) {
      const text = itemOf(items, tag).insertText;
      assert.match(text, placeholder, `${tag} in ${card}`);
      assert.doesNotMatch(text, /_tips/, `${tag} in ${card}`);
    }
    // A button's or checker's text stays its text; a component with no visible text gets no tooltip instead.
    assert.match(itemOf(items, 'button').insertText, /"text": \{"tag": "plain_text"/);
    for (const tag of ['button', 'checker', 'interactive_container', 'select_img'])
      assert.doesNotMatch(itemOf(items, tag).insertText, /_tips/, `${tag} in ${card}`);
  }
  assert.doesNotMatch(itemOf(completeAt(v2('|')).items, 'audio').insertText, /_tips/);
});

test('a one-tag slot comes with its child; a form comes with a unique name and an empty elements array', () => {
  const { items } = completeAt(v2('|'));
  assert.equal(
    itemOf(items, 'column_set').insertText,
    '{\n  "tag": "column_set",\n  "columns": [\n    {\n      "tag": "column",\n      "elements": [$1]\n    }\n  ]\n}',
  );
  assert.equal(
    itemOf(items, 'form').insertText,
    '{\n  "tag": "form",\n  "name": "${1:form_1}",\n  "elements": [$2]\n}',
  );
  assert.equal(
    itemOf(completeAt(v2('{"tag": "form", "name": "form_1", "elements": []}, |')).items, 'form').insertText,
    '{\n  "tag": "form",\n  "name": "${1:form_2}",\n  "elements": [$2]\n}',
  );
});

test('in a form: fields get a name unique in the card, submit/reset variants come ready and sort after', () => {
  const { items } = completeAt(formAt('{"tag": "input", "name": "input_1"}, |'));
  assert.match(
    itemOf(items, 'input').insertText,
    /^\{\n {2}"tag": "input",\n {2}"name": "\$\{1:input_2\}",\n/,
  );
  const button = itemOf(items, 'button');
  const submit = itemOf(items, 'button (submit)');
  const reset = itemOf(items, 'button (reset)');
  assert.equal(
    submit.insertText,
    '{\n  "tag": "button",\n  "name": "${1:submit_1}",\n  "form_action_type": "submit",\n' +
      '  "text": {"tag": "plain_text", "content": "${2:Text}"}\n}',
  );
  assert.match(reset.insertText, /"name": "\$\{1:reset_1\}",\n {2}"form_action_type": "reset",/);
  assert.match(button.insertText, /"name": "\$\{1:button_1\}",\n {2}"text"/);
  assert.equal(submit.detail, '`button` with `form_action_type: "submit"`');
  assert.equal(
    itemOf(completeAt(formAt('|'), { locale: 'zh' }).items, 'button (reset)').detail,
    '带有 `form_action_type: "reset"` 的 `button`',
  );
  assert.equal(submit.filterText, 'button');
  assert.equal(submit.documentation, button.documentation);
  assert.deepEqual(
    [button.sortText, submit.sortText, reset.sortText],
    [button.sortText, button.sortText.slice(0, 3) + '1', button.sortText.slice(0, 3) + '1'],
  );
  assert.equal(button.sortText.slice(3), '0');
  assert.ok(itemOf(items, 'checker').sortText > button.sortText);
  // Outside a form a field has no name and no form_action_type variants.
  assert.doesNotMatch(itemOf(completeAt(v2('|')).items, 'input').insertText, /"name"/);
  // A form-only field says so.
  assert.match(itemOf(items, 'multi_select_static').documentation!, /\n\nOnly usable inside a `form`\.\n\n/);
});

test('commas: one after the previous item, one before the next, none in an empty array', () => {
  const after = completeAt(v2('{"tag": "markdown", "content": "x"} |'));
  const hr = itemOf(after.items, 'hr');
  assert.deepEqual(hr.additionalEdits, [{ offset: after.text.indexOf('} ') + 1, length: 0, newText: ',' }]);
  assert.equal(hr.insertText, '{\n  "tag": "hr"\n}');
  assert.deepEqual(JSON.parse(accept(after.text, hr)).body.elements[1], { tag: 'hr' });
  const before = completeAt(v2('| {"tag": "hr"}'));
  assert.equal(itemOf(before.items, 'hr').insertText, '{\n  "tag": "hr"\n},');
  assert.deepEqual(itemOf(before.items, 'hr').additionalEdits, []);
  assert.equal(JSON.parse(accept(before.text, itemOf(before.items, 'markdown'))).body.elements.length, 2);
});

test('a typed opening quote is replaced and matched with quotes', () => {
  const { text, items } = completeAt(v2('"|'));
  const hr = itemOf(items, 'hr');
  assert.equal(hr.filterText, '"hr"');
  assert.equal(text.slice(hr.replace.start, hr.replace.end), '"]}}');
  assert.equal(itemOf(completeAt(v2('"h|"')).items, 'hr').filterText, '"hr"');
});

test('an empty object in a component array: whole components written as its members, then its keys', () => {
  const { text, items } = completeAt(v2('{|}'));
  const markdown = itemOf(items, 'markdown');
  assert.equal(markdown.insertText, '"tag": "markdown",\n  "content": "$1"');
  assert.deepEqual(JSON.parse(accept(text, markdown)).body.elements, [{ tag: 'markdown', content: '' }]);
  assert.deepEqual(
    items.filter((i) => i.kind === 'property').map((i) => i.label),
    ['tag', 'element_id', 'margin'],
  );
});

test('a template stops nesting one-tag slots after two levels (a slot that allows its own tag)', () => {
  const nested = { category: 'container' as const, slots: [{ path: ['items'], allow: ['nest'] }] };
  withComponents({ nest: nested }, () => {
    const nest = itemOf(completeAt(v2('{"tag": "nest", "items": [|]}')).items, 'nest');
    const depth = (value: { items?: unknown[] }): number =>
      Array.isArray(value.items) && value.items.length
        ? 1 + depth(value.items[0] as { items?: unknown[] })
        : 0;
    const inserted = JSON.parse(nest.insertText.replace(/\$\d+/g, ''));
    assert.equal(depth(inserted), 2);
  });
});
