// Completing values and behavior entries, through the pure complete(): the tags a slot allows, a form
// field's unique name, enum values with the default marked, examples, behavior types the component and the
// sender can use, and whole behavior entries (one per type, open_url also with a URL per platform).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accept, completeAt, itemOf, labelsAt, v2 } from '../../support/cursor';

const BUTTON_DOCS =
  'https://open.feishu.cn/document/feishu-cards/card-json-v2-components/interactive-components/button';
const INTERACTIONS = 'https://open.feishu.cn/document/feishu-cards/configuring-card-interactions';
const formAt = (inner: string) => v2(`{"tag": "form", "name": "f", "elements": [${inner}]}`);

test('tag values: the tags the place allows, each with its description and docs', () => {
  const { text, items } = completeAt(v2('{"tag": |}'));
  assert.equal(items[0].label, 'column_set');
  assert.equal(items.length, 24);
  const button = itemOf(items, 'button');
  assert.deepEqual(
    { ...button, replace: undefined },
    {
      label: 'button',
      kind: 'value',
      detail: 'A button.',
      documentation: `[Platform documentation](${BUTTON_DOCS})`,
      insertText: '"button"',
      snippet: false,
      replace: undefined,
      filterText: 'button',
      sortText: '0015',
      additionalEdits: [],
      retrigger: false,
    },
  );
  assert.equal(JSON.parse(accept(text, button)).body.elements[0].tag, 'button');
  assert.deepEqual(labelsAt(v2('{"tag": "column_set", "columns": [{"tag": |}]}')), ['column']);
  assert.ok(!labelsAt(formAt('{"tag": |}')).includes('form'));
  assert.equal(itemOf(completeAt(v2('{"tag": "|"}')).items, 'hr').filterText, '"hr"');
});

test('a form field’s name: one unique in the card, its own current name not counted as taken', () => {
  assert.deepEqual(labelsAt(formAt('{"tag": "input", "name": "input_1"}, {"tag": "input", "name": |}')), [
    'input_2',
  ]);
  assert.deepEqual(labelsAt(formAt('{"tag": "input", "name": "in|put_1"}')), ['input_1']);
  const item = completeAt(formAt('{"tag": "input", "name": |}')).items[0];
  assert.equal(item.insertText, '"input_1"');
  assert.equal(item.detail, undefined);
  assert.equal(
    item.documentation,
    '[Platform documentation](https://open.feishu.cn/document/feishu-cards/card-json-v2-components/interactive-components/input)',
  );
  // Outside a form a name is free text; a form-only property there gets no values.
  assert.deepEqual(labelsAt(v2('{"tag": "input", "name": |}')), []);
  assert.deepEqual(labelsAt(v2('{"tag": "input", "required": |}')), []);
  assert.deepEqual(labelsAt(formAt('{"tag": "input", "required": |}')), ['true', 'false']);
  assert.deepEqual(labelsAt(formAt('{"tag": "button", "form_action_type": |}')), ['submit', 'reset']);
});

test('enum values in catalog order, the default marked in the locale; booleans and examples', () => {
  const type = completeAt(v2('{"tag": "button", "type": |}')).items;
  assert.deepEqual(
    type.map((i) => [i.label, i.detail, i.sortText]),
    [
      ['default', 'default', '0000'],
      ['primary', undefined, '0001'],
      ['danger', undefined, '0002'],
      ['text', undefined, '0003'],
      ['primary_text', undefined, '0004'],
      ['danger_text', undefined, '0005'],
      ['primary_filled', undefined, '0006'],
      ['danger_filled', undefined, '0007'],
      ['laser', undefined, '0008'],
    ],
  );
  assert.equal(
    itemOf(completeAt(v2('{"tag": "button", "type": |}'), { locale: 'zh' }).items, 'default').detail,
    '默认',
  );
  const disabled = completeAt(v2('{"tag": "button", "disabled": |}')).items;
  assert.deepEqual(
    disabled.map((i) => [i.label, i.insertText, i.detail]),
    [
      ['true', 'true', undefined],
      ['false', 'false', 'default'],
    ],
  );
  assert.deepEqual(labelsAt(v2('{"tag": "button", "margin": |}')), ['0px', '4px 0', '4px 12px 4px 12px']);
  assert.deepEqual(labelsAt(v2('{"tag": "button", "text": {"tag": |}}')), ['plain_text', 'lark_md']);
  assert.deepEqual(labelsAt(v2('{"tag": "button", "no_such": |}')), []);
  assert.deepEqual(labelsAt(v2('{"tag": "button", "behaviors": |}')), []);
});

test('card sections: values with the structure docs', () => {
  const width = completeAt('{"schema": "2.0", "config": {"width_mode": |}}').items;
  assert.deepEqual(
    width.map((i) => i.label),
    ['default', 'compact', 'fill'],
  );
  assert.equal(
    width[0].documentation,
    '[Platform documentation](https://open.feishu.cn/document/feishu-cards/card-json-v2-structure)',
  );
  assert.deepEqual(labelsAt('{"schema": "2.0", "header": {"template": "|"}}').slice(0, 2), [
    'blue',
    'wathet',
  ]);
});

test('behavior type values: the accepted ones, no callback where the sender cannot receive one', () => {
  const items = completeAt(v2('{"tag": "button", "behaviors": [{"type": |}]}')).items;
  assert.deepEqual(
    items.map((i) => [i.label, i.detail, i.sortText, i.documentation]),
    [
      ['open_url', 'Open a link on click', '0000', `[Platform documentation](${INTERACTIONS})`],
      [
        'callback',
        'Send a callback to your server on click',
        '0001',
        `[Platform documentation](${INTERACTIONS})`,
      ],
    ],
  );
  assert.deepEqual(labelsAt(v2('{"tag": "button", "behaviors": [{"type": |}]}'), { sender: 'webhook' }), [
    'open_url',
  ]);
  assert.deepEqual(labelsAt(v2('{"tag": "checker", "behaviors": [{"type": |}]}')), ['callback']);
  assert.equal(
    itemOf(
      completeAt(v2('{"tag": "checker", "behaviors": [{"type": |}]}'), { locale: 'zh' }).items,
      'callback',
    ).detail,
    '点击后向服务端发送回调',
  );
  // A card in a message body goes out through a webhook.
  assert.deepEqual(
    labelsAt(
      '{"msg_type": "interactive", "card": {"schema": "2.0", "body": {"elements": [{"tag": "button", "behaviors": [{"type": |}]}]}}}',
    ),
    ['open_url'],
  );
});

test('behavior field values: from the type’s schema; nothing for an unknown type', () => {
  assert.deepEqual(labelsAt(v2('{"tag": "button", "behaviors": [{"type": "open_url", "default_url": |}]}')), [
    'https://',
  ]);
  assert.deepEqual(labelsAt(v2('{"tag": "button", "behaviors": [{"type": "jump", "default_url": |}]}')), []);
  assert.deepEqual(labelsAt(v2('{"tag": "button", "behaviors": [{"type": "open_url", "no_such": |}]}')), []);
});

test('behavior entries: one per accepted type, open_url also with every platform, in the locale', () => {
  const { text, items } = completeAt(v2('{"tag": "button", "behaviors": [|]}'));
  assert.deepEqual(
    items.map((i) => [i.label, i.kind, i.sortText, i.detail]),
    [
      ['open_url', 'behavior', '000', 'Open a link on click'],
      ['open_url (pc/android/ios)', 'behavior', '001', 'Open a link, with a URL per platform'],
      ['callback', 'behavior', '002', 'Send a callback to your server on click'],
    ],
  );
  assert.equal(
    itemOf(items, 'open_url').insertText,
    '{\n  "type": "open_url",\n  "default_url": "${1:https://}"\n}',
  );
  assert.equal(
    itemOf(items, 'open_url (pc/android/ios)').insertText,
    '{\n  "type": "open_url",\n  "default_url": "${1:https://}",\n  "pc_url": "${2:https://}",\n' +
      '  "ios_url": "${3:https://}",\n  "android_url": "${4:https://}"\n}',
  );
  const callback = itemOf(items, 'callback');
  assert.equal(
    callback.insertText,
    '{\n  "type": "callback",\n  "value": {"${1:action}": "${2:approve}"}\n}',
  );
  assert.equal(callback.documentation, `[Platform documentation](${INTERACTIONS})`);
  assert.equal(callback.snippet, true);
  assert.equal(callback.retrigger, false);
  assert.equal(callback.filterText, 'callback');
  assert.equal(itemOf(items, 'open_url (pc/android/ios)').filterText, 'open_url (pc/android/ios)');
  assert.deepEqual(JSON.parse(accept(text, callback)).body.elements[0].behaviors, [
    { type: 'callback', value: { action: 'approve' } },
  ]);
  assert.deepEqual(
    completeAt(v2('{"tag": "button", "behaviors": [|]}'), { locale: 'zh' }).items.map((i) => i.detail),
    ['点击后打开链接', '点击后打开链接（按端配置链接）', '点击后向服务端发送回调'],
  );
  assert.deepEqual(labelsAt(v2('{"tag": "markdown", "behaviors": [|]}')), []);
});

test('a type already in the array is not offered again; the entry being edited has none yet', () => {
  assert.deepEqual(labelsAt(v2('{"tag": "button", "behaviors": [{"type": "callback"}, |]}')), [
    'open_url',
    'open_url (pc/android/ios)',
  ]);
  const { text, items } = completeAt(v2('{"tag": "button", "behaviors": [{"type": "callback"}, {|}]}'));
  assert.deepEqual(
    items.map((i) => i.label),
    ['open_url', 'open_url (pc/android/ios)', 'type'],
  );
  assert.equal(itemOf(items, 'open_url').insertText, '"type": "open_url",\n  "default_url": "${1:https://}"');
  assert.deepEqual(JSON.parse(accept(text, itemOf(items, 'open_url'))).body.elements[0].behaviors[1], {
    type: 'open_url',
    default_url: 'https://',
  });
  // Before an entry (not in it), its type counts as taken; so it does with the cursor right at its brace.
  assert.deepEqual(labelsAt(v2('{"tag": "checker", "behaviors": [| {"type": "callback"}]}')), []);
  assert.deepEqual(labelsAt(v2('{"tag": "checker", "behaviors": [|{"type": "callback"}]}')), []);
  assert.deepEqual(labelsAt(v2('{"tag": "checker", "behaviors": [{"type": "callback"}|]}')), []);
  assert.deepEqual(labelsAt(v2('{"tag": "button", "behaviors": [{"type": "callback"}|]}')), [
    'open_url',
    'open_url (pc/android/ios)',
  ]);
});

test('behavior entries: commas before and after, and after an unfinished "[" at the end of the file', () => {
  const after = completeAt(v2('{"tag": "button", "behaviors": [{"type": "callback"} |]}'));
  const openUrl = itemOf(after.items, 'open_url');
  assert.deepEqual(openUrl.additionalEdits, [
    { offset: after.text.indexOf('} ]') + 1, length: 0, newText: ',' },
  ]);
  assert.equal(JSON.parse(accept(after.text, openUrl)).body.elements[0].behaviors.length, 2);
  const before = completeAt(v2('{"tag": "button", "behaviors": [| {"type": "callback"}]}'));
  assert.match(itemOf(before.items, 'open_url').insertText, /\n\},$/);
  assert.equal(
    JSON.parse(accept(before.text, itemOf(before.items, 'open_url'))).body.elements[0].behaviors.length,
    2,
  );
  assert.deepEqual(labelsAt('{"schema": "2.0", "body": {"elements": [{"tag": "button", "behaviors": [|'), [
    'open_url',
    'open_url (pc/android/ios)',
    'callback',
  ]);
});

test('values only where the key means them: no tags, names or types under a key of another owner', () => {
  assert.ok(labelsAt(v2('{"tag": |}')).includes('markdown'));
  assert.deepEqual(labelsAt(formAt('{"tag": "input", "name": |}')), ['input_1']);
  assert.ok(labelsAt(v2('{"tag": "button", "behaviors": [{"type": |}]}')).includes('callback'));
  for (const marked of [
    // `tag` belongs to components: not to a behavior, the card root, or an object written as a tag.
    v2('{"tag": "button", "behaviors": [{"type": "callback", "tag": |}]}'),
    '{"schema": "2.0", "tag": |}',
    v2('{"tag": {"x": |}}'),
    // An object written as a form field's name, or as a behavior's type.
    formAt('{"tag": "input", "name": {"x": |}}'),
    v2('{"tag": "button", "behaviors": [{"type": {"x": |}}]}'),
    // `type` at the card root is no behavior's.
    '{"schema": "2.0", "type": |}',
    // A tag the catalog does not have is no form field, even in a form.
    formAt('{"tag": "mystery", "name": |}'),
  ]) {
    assert.deepEqual(labelsAt(marked), [], marked);
  }
});
