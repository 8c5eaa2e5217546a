// migrateToV2 inside components: callbacks and links into behaviors, spacing, markdown links, overflow
// option links, form roles, and what is dropped with a note (breaking-changes page; button and overflow
// pages of 1.0 for the historical fields).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrateToV2 } from '../../../server/src/card/migrate/toV2';

const pt = (content: string) => ({ tag: 'plain_text', content });
function body(elements: unknown[]): { elements: unknown[]; notes: (string | number)[][] } {
  const { card, notes } = migrateToV2({ elements });
  return { elements: (card.body as { elements: unknown[] }).elements, notes: notes.map((n) => n.path) };
}
const one = (element: unknown) => body([element]).elements[0] as Record<string, unknown>;

test('spacing "large" (16 px in 1.0) becomes "extra_large"; other values and keys stay', () => {
  assert.deepEqual(
    one({
      tag: 'column_set',
      horizontal_spacing: 'large',
      vertical_spacing: 'large',
      margin_spacing: 'small',
      spacing: 'large',
      columns: [],
    }),
    {
      tag: 'column_set',
      horizontal_spacing: 'extra_large',
      vertical_spacing: 'extra_large',
      margin_spacing: 'small',
      spacing: 'large',
      columns: [],
    },
  );
});

test('children are converted: elements lists and each column of a column set', () => {
  const note = { tag: 'note', elements: [pt('n')] };
  const div = {
    tag: 'div',
    text: { tag: 'plain_text', content: 'n', text_size: 'notation', text_color: 'grey' },
  };
  assert.deepEqual(one({ tag: 'form', name: 'f', elements: [note] }), {
    tag: 'form',
    name: 'f',
    elements: [div],
  });
  assert.deepEqual(one({ tag: 'column_set', columns: [{ tag: 'column', elements: [note] }, 'odd'] }), {
    tag: 'column_set',
    columns: [{ tag: 'column', elements: [div] }, 'odd'],
  });
  // Notes inside children carry the children's paths.
  const button = { tag: 'button', text: pt('B'), complex_interaction: true };
  assert.deepEqual(body([{ tag: 'column_set', columns: [{ tag: 'column', elements: [button] }] }]).notes, [
    ['elements', 0, 'columns', 0, 'elements', 0, 'complex_interaction'],
  ]);
  assert.deepEqual(body([{ tag: 'form', elements: [{ tag: 'hr' }, button] }]).notes, [
    ['elements', 0, 'elements', 1, 'complex_interaction'],
  ]);
  // Not lists: kept as written.
  assert.deepEqual(one({ tag: 'form', elements: 'x', columns: 'y' }), {
    tag: 'form',
    elements: 'x',
    columns: 'y',
  });
});

test('markdown `[text]($name)` with href becomes a <link> with the string URLs of href.name', () => {
  const href = {
    a: { url: 'https://e.com/a', pc_url: 'https://e.com/pc', ios_url: 3, android_url: 'https://e.com/an' },
  };
  assert.deepEqual(one({ tag: 'markdown', content: 'x [A]($a) [B]($b) [C](https://c)', href }), {
    tag: 'markdown',
    content:
      "x <link url='https://e.com/a' pc_url='https://e.com/pc' android_url='https://e.com/an'>A</link> [B]($b) [C](https://c)",
  });
  // In a div's lark_md text, the href goes from the text object.
  assert.deepEqual(one({ tag: 'div', text: { tag: 'lark_md', content: '[A]($a)', href } }), {
    tag: 'div',
    text: {
      tag: 'lark_md',
      content:
        "<link url='https://e.com/a' pc_url='https://e.com/pc' android_url='https://e.com/an'>A</link>",
    },
  });
  // A href that is not an object of links, or a non-markdown tag, is left alone.
  assert.deepEqual(one({ tag: 'markdown', content: '[A]($a)', href: 'x' }), {
    tag: 'markdown',
    content: '[A]($a)',
  });
  assert.deepEqual(one({ tag: 'markdown', content: '[A]($a)', href: { a: 'https://e.com' } }), {
    tag: 'markdown',
    content: '[A]($a)',
  });
  assert.deepEqual(one({ tag: 'div', text: { tag: 'lark_md', content: 3, href } }), {
    tag: 'div',
    text: { tag: 'lark_md', content: 3, href },
  });
  assert.deepEqual(one({ tag: 'img', href }), { tag: 'img', href });
});

test('an overflow option `url` becomes its `multi_url`', () => {
  assert.deepEqual(
    one({
      tag: 'overflow',
      options: [
        { text: pt('a'), value: 'a' },
        { text: pt('b'), url: 'https://e.com/b' },
        { text: pt('c'), url: 'https://e.com/c', multi_url: { pc_url: 'https://e.com/pc' } },
        'odd',
        { text: pt('d'), url: 4 },
      ],
    }).options,
    [
      { text: pt('a'), value: 'a' },
      { text: pt('b'), multi_url: { url: 'https://e.com/b' } },
      { text: pt('c'), multi_url: { pc_url: 'https://e.com/pc', url: 'https://e.com/c' } },
      'odd',
      { text: pt('d'), url: 4 },
    ],
  );
});

test('a component value becomes a callback behavior, a link an open_url behavior', () => {
  // The 1.0 pages of these components document a `value` (or, for selects and overflow, the legacy
  // `value`) that is sent in the callback the component itself triggers when used.
  const value = { key: 'v' };
  const callback = [{ type: 'callback', value }];
  assert.deepEqual(one({ tag: 'button', value }).behaviors, callback);
  assert.deepEqual(one({ tag: 'input', value }).behaviors, callback);
  assert.deepEqual(one({ tag: 'select_static', value }).behaviors, callback);
  assert.deepEqual(one({ tag: 'select_person', value }).behaviors, callback);
  assert.deepEqual(one({ tag: 'overflow', value }).behaviors, callback);
  assert.deepEqual(one({ tag: 'date_picker', value }).behaviors, callback);
  assert.deepEqual(one({ tag: 'picker_time', value }).behaviors, callback);
  assert.deepEqual(one({ tag: 'picker_datetime', value }).behaviors, callback);
  assert.deepEqual(one({ tag: 'select_img', value }).behaviors, callback);
  assert.deepEqual(one({ tag: 'input', value: 'text' }), {
    tag: 'input',
    behaviors: [{ type: 'callback', value: 'text' }],
  });
  // The multi selects send nothing of their own: only a form's submit button sends their choice (1.0
  // multi-select pages). A 1.0 checker calls back only through `behaviors`; without them a tick stays local
  // (1.0 checker page). A `value` on them was never sent: it stays as written, as 2.0 ignores it too.
  for (const tag of ['multi_select_static', 'multi_select_person', 'checker']) {
    assert.deepEqual(one({ tag, name: 'n', value, url: 'https://e.com' }), {
      tag,
      name: 'n',
      value,
      url: 'https://e.com',
    });
  }
  assert.deepEqual(one({ tag: 'button', url: 'https://e.com' }), {
    tag: 'button',
    behaviors: [{ type: 'open_url', default_url: 'https://e.com' }],
  });
  assert.deepEqual(
    one({
      tag: 'button',
      url: 'https://e.com/ignored',
      multi_url: { url: 'https://e.com', android_url: 'https://e.com/an', ios_url: '' },
    }),
    {
      tag: 'button',
      behaviors: [{ type: 'open_url', default_url: 'https://e.com', android_url: 'https://e.com/an' }],
    },
  );
  assert.deepEqual(one({ tag: 'button', multi_url: { pc_url: 'https://e.com/pc' } }).behaviors, [
    { type: 'open_url', default_url: '', pc_url: 'https://e.com/pc' },
  ]);
  // No value and no link: no behaviors; a url that is not a string is no link.
  assert.deepEqual(one({ tag: 'button', text: pt('x') }), { tag: 'button', text: pt('x') });
  assert.deepEqual(one({ tag: 'button', url: 3, multi_url: 'x' }), { tag: 'button' });
  // Behaviors already written: left as they are (2.0 ignores the legacy value).
  const written = {
    tag: 'button',
    value: { a: 1 },
    url: 'u',
    behaviors: [{ type: 'callback', value: { b: 2 } }],
  };
  assert.deepEqual(one(written), written);
  // Components that never call back keep their `value`, `url` and `multi_url`.
  assert.deepEqual(one({ tag: 'markdown', content: 'x', value: 1, url: 'u' }), {
    tag: 'markdown',
    content: 'x',
    value: 1,
    url: 'u',
  });
});

test('a column set with a multi_url action becomes an open_url behavior', () => {
  assert.deepEqual(
    one({ tag: 'column_set', columns: [], action: { multi_url: { url: 'https://e.com', pc_url: '' } } }),
    {
      tag: 'column_set',
      columns: [],
      behaviors: [{ type: 'open_url', default_url: 'https://e.com' }],
    },
  );
  assert.deepEqual(one({ tag: 'column_set', columns: [], action: { other: 1 } }), {
    tag: 'column_set',
    columns: [],
    action: { other: 1 },
  });
  assert.deepEqual(one({ tag: 'column', action: { multi_url: { url: 'u' } } }), {
    tag: 'column',
    action: { multi_url: { url: 'u' } },
  });
});

test('dropped with a note: complex_interaction on buttons, stretch_without_padding on images', () => {
  const { card, notes } = migrateToV2({
    elements: [
      { tag: 'button', text: pt('B'), complex_interaction: false },
      { tag: 'img', img_key: 'k', size: 'stretch_without_padding' },
      { tag: 'img', img_key: 'k', size: 'large' },
      { tag: 'select_static', complex_interaction: true },
    ],
  });
  assert.deepEqual((card.body as { elements: unknown[] }).elements, [
    { tag: 'button', text: pt('B') },
    { tag: 'img', img_key: 'k' },
    { tag: 'img', img_key: 'k', size: 'large' },
    { tag: 'select_static', complex_interaction: true },
  ]);
  assert.deepEqual(
    notes.map((n) => n.path),
    [
      ['elements', 0, 'complex_interaction'],
      ['elements', 1, 'size'],
    ],
  );
  for (const n of notes) assert.ok(n.message.en.length > 0 && n.message.zh.length > 0);
  assert.match(notes[0].message.zh, /complex_interaction/);
  assert.match(notes[1].message.zh, /stretch_without_padding/);
});

test('form roles: form_action_type inside a form, the 1.0 action_type outside one', () => {
  const submit = { tag: 'button', text: pt('S'), action_type: 'form_submit', name: 's' };
  const reset = { tag: 'button', text: pt('R'), action_type: 'form_reset', name: 'r' };
  const other = { tag: 'button', text: pt('O'), action_type: 'link', name: 'o' };
  assert.deepEqual(body([{ tag: 'form', name: 'f', elements: [submit, reset, other] }]).elements, [
    {
      tag: 'form',
      name: 'f',
      elements: [
        { tag: 'button', text: pt('S'), form_action_type: 'submit', name: 's' },
        { tag: 'button', text: pt('R'), form_action_type: 'reset', name: 'r' },
        other,
      ],
    },
  ]);
  // Deeper inside a form (a column set in it) counts as inside.
  const deep = body([
    { tag: 'form', elements: [{ tag: 'column_set', columns: [{ tag: 'column', elements: [submit] }] }] },
  ]);
  assert.match(JSON.stringify(deep.elements), /"form_action_type":"submit"/);
  // Outside a form 1.0 ignored the role; the key goes back to what the author wrote.
  assert.deepEqual(body([submit, reset, { tag: 'action', actions: [reset] }]).elements.slice(0, 2), [
    submit,
    reset,
  ]);
  assert.doesNotMatch(
    JSON.stringify(body([{ tag: 'action', actions: [reset] }]).elements),
    /form_action_type/,
  );
  // A form_action_type written on something else than a button is not touched.
  assert.deepEqual(one({ tag: 'input', form_action_type: 'submit' }), {
    tag: 'input',
    form_action_type: 'submit',
  });
});
