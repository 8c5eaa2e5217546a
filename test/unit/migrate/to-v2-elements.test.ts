// migrateToV2 element by element: the exact 2.0 output of each 1.0 construct (breaking-changes page),
// so that each conversion is pinned on its own, beside the round trips over the official examples.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrateToV2 } from '../../../server/src/card/migrate/toV2';

const pt = (content: string) => ({ tag: 'plain_text', content });
/** The body elements of the migrated card and the paths of its notes. */
function body(elements: unknown[]): { elements: unknown[]; notes: (string | number)[][] } {
  const { card, notes } = migrateToV2({ elements });
  return { elements: (card.body as { elements: unknown[] }).elements, notes: notes.map((n) => n.path) };
}

test('the card root: schema 2.0 first, other keys kept in order, elements into body', () => {
  const { card, notes } = migrateToV2({
    schema: '1.0',
    card_link: { url: 'https://e.com' },
    config: { wide_screen_mode: false, enable_forward: true },
    elements: [{ tag: 'hr' }],
    fallback: { x: 1 },
  });
  assert.deepEqual(card, {
    schema: '2.0',
    card_link: { url: 'https://e.com' },
    config: { enable_forward: true },
    fallback: { x: 1 },
    body: { elements: [{ tag: 'hr' }] },
  });
  assert.deepEqual(Object.keys(card), ['schema', 'card_link', 'config', 'fallback', 'body']);
  assert.deepEqual(
    notes.map((n) => n.path),
    [['config', 'wide_screen_mode']],
  );
  assert.match(notes[0].message.zh, /wide_screen_mode/);
  // Not objects: passed on as they are.
  assert.deepEqual(migrateToV2({ config: 'x', header: 3, elements: 'no' }).card, {
    schema: '2.0',
    config: 'x',
    header: 3,
    body: { elements: [] },
  });
});

test('header icons: icon → custom_icon, ud_icon → standard_icon with its colour, both → one icon', () => {
  const header = (h: Record<string, unknown>) => migrateToV2({ header: h, elements: [] }).card.header;
  assert.deepEqual(header({ title: pt('T'), icon: { img_key: 'img_1' } }), {
    title: pt('T'),
    icon: { tag: 'custom_icon', img_key: 'img_1' },
  });
  assert.deepEqual(header({ ud_icon: { token: 'chat_outlined' } }), {
    icon: { tag: 'standard_icon', token: 'chat_outlined' },
  });
  assert.deepEqual(header({ ud_icon: { token: 't', style: { color: 'red' } } }), {
    icon: { tag: 'standard_icon', token: 't', color: 'red' },
  });
  assert.deepEqual(header({ ud_icon: { token: 't', style: 'red' } }), {
    icon: { tag: 'standard_icon', token: 't' },
  });
  assert.deepEqual(header({ icon: { img_key: 'img_1' }, ud_icon: { token: 't' } }), {
    icon: { tag: 'standard_icon', token: 't', img_key: 'img_1' },
  });
  assert.deepEqual(header({ ud_icon: { token: 't' }, icon: { img_key: 'img_1' } }), {
    icon: { tag: 'standard_icon', token: 't', img_key: 'img_1' },
  });
  // Not objects: kept under their own keys, no 2.0 icon made up.
  assert.deepEqual(header({ title: pt('T'), icon: 'img_1', ud_icon: null }), {
    title: pt('T'),
    icon: 'img_1',
    ud_icon: null,
  });
});

test('action modules: one auto-width column per action in a flow (or bisect/trisect) column set', () => {
  const button = { tag: 'button', text: pt('A'), value: { k: 1 } };
  const migrated = (extra: Record<string, unknown>) =>
    body([{ tag: 'action', actions: [button], ...extra }]).elements[0];
  assert.deepEqual(migrated({}), {
    tag: 'column_set',
    flex_mode: 'flow',
    horizontal_spacing: '8px',
    columns: [
      {
        tag: 'column',
        width: 'auto',
        elements: [{ tag: 'button', text: pt('A'), behaviors: [{ type: 'callback', value: { k: 1 } }] }],
      },
    ],
  });
  assert.equal((migrated({ layout: 'bisected' }) as { flex_mode: string }).flex_mode, 'bisect');
  assert.equal((migrated({ layout: 'trisected' }) as { flex_mode: string }).flex_mode, 'trisect');
  assert.equal((migrated({ layout: 'flow' }) as { flex_mode: string }).flex_mode, 'flow');
  assert.equal((migrated({ element_id: 'acts' }) as { element_id: string }).element_id, 'acts');
  assert.equal('element_id' in (migrated({ element_id: 3 }) as object), false);
  assert.deepEqual((body([{ tag: 'action' }]).elements[0] as { columns: unknown[] }).columns, []);
  // A note inside an action is found at its own path.
  const inside = body([{ tag: 'action', actions: [{ ...button, complex_interaction: false }] }]);
  assert.deepEqual(
    inside.notes,
    [[0, 'actions', 0, 'complex_interaction']].map((p) => ['elements', ...p]),
  );
});

test('note → a grey notation div: texts joined, markdown if any part is, the first image as icon', () => {
  assert.deepEqual(
    body([
      {
        tag: 'note',
        element_id: 'n1',
        elements: [
          pt('a'),
          { tag: 'lark_md', content: '**b**' },
          { tag: 'lark_md' },
          { tag: 'img', img_key: 'k1' },
          'x',
        ],
      },
    ]),
    {
      elements: [
        {
          tag: 'div',
          text: { tag: 'lark_md', content: 'a **b** ', text_size: 'notation', text_color: 'grey' },
          icon: { tag: 'custom_icon', img_key: 'k1' },
          element_id: 'n1',
        },
      ],
      notes: [],
    },
  );
  const plain = body([{ tag: 'note', elements: [pt('only')] }]).elements[0];
  assert.deepEqual(plain, {
    tag: 'div',
    text: { tag: 'plain_text', content: 'only', text_size: 'notation', text_color: 'grey' },
  });
  const images = migrateToV2({
    elements: [
      {
        tag: 'note',
        elements: [
          { tag: 'img', img_key: 'k1' },
          { tag: 'img', img_key: 'k2' },
          { tag: 'img', img_key: 'k3' },
        ],
      },
    ],
  });
  assert.deepEqual(
    images.notes.map((n) => n.path),
    [['elements', 0, 'elements']],
  );
  assert.match(images.notes[0].message.en, /one icon: 2 more image\(s\)/);
  assert.match(images.notes[0].message.zh, /另外 2 张图片/);
  assert.deepEqual(body([{ tag: 'note' }]).elements[0], {
    tag: 'div',
    text: { tag: 'plain_text', content: '', text_size: 'notation', text_color: 'grey' },
  });
});

test('div extra: the div and its extra side by side in a column set; a div without extra stays', () => {
  const text = { tag: 'lark_md', content: 'x' };
  assert.deepEqual(body([{ tag: 'div', text, extra: { tag: 'button', text: pt('B'), value: 1 } }]).elements, [
    {
      tag: 'column_set',
      columns: [
        { tag: 'column', width: 'weighted', weight: 1, elements: [{ tag: 'div', text }] },
        {
          tag: 'column',
          width: 'auto',
          elements: [{ tag: 'button', text: pt('B'), behaviors: [{ type: 'callback', value: 1 }] }],
        },
      ],
    },
  ]);
  const odd = body([{ tag: 'div', text, extra: 'x' }]).elements[0] as { columns: { elements: unknown[] }[] };
  assert.deepEqual(odd.columns[1].elements, []);
  assert.deepEqual(odd.columns[0].elements, [{ tag: 'div', text }]);
  assert.deepEqual(body([{ tag: 'div', text, fields: [] }]).elements, [{ tag: 'div', text, fields: [] }]);
  // A note as extra is converted too, with its notes at the extra's path.
  const withNote = body([{ tag: 'div', extra: { tag: 'button', text: pt('B'), url: 'u', value: 1 } }]);
  assert.deepEqual(withNote.notes, [['elements', 0, 'extra', 'value']]);
});
