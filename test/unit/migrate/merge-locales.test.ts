// mergeLocales: per-language element lists into one list with per-field i18n (`content` → `i18n_content`,
// `default_value` → `i18n_default_value`, `img_key` → `i18n_img_key`), the base language in the plain
// field; any other difference fails at the first path where the languages part.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeLocales } from '../../../server/src/card/migrate/mergeLocales';

const md = (content: unknown, extra: Record<string, unknown> = {}) => ({
  tag: 'markdown',
  content,
  ...extra,
});

test('identical lists merge into that list unchanged, whatever the key order', () => {
  const zh = [{ tag: 'hr' }, { tag: 'img', img_key: 'k', alt: { tag: 'plain_text', content: '' } }];
  const en = [{ tag: 'hr' }, { alt: { content: '', tag: 'plain_text' }, img_key: 'k', tag: 'img' }];
  assert.deepEqual(mergeLocales({ zh_cn: zh, en_us: en }, 'zh_cn'), { ok: true, elements: zh });
  assert.deepEqual(mergeLocales({ zh_cn: [] }, 'zh_cn'), { ok: true, elements: [] });
});

test('texts, images and default values that differ become per-field i18n maps, the base language plain', () => {
  const lists = {
    zh_cn: [
      md('你好'),
      { tag: 'img', img_key: 'zh-key' },
      { tag: 'input', default_value: '默认', name: 'a' },
    ],
    en_us: [
      md('Hello'),
      { tag: 'img', img_key: 'en-key' },
      { tag: 'input', default_value: 'Default', name: 'a' },
    ],
    ja_jp: [
      md('こんにちは'),
      { tag: 'img', img_key: 'ja-key' },
      { tag: 'input', default_value: '既定', name: 'a' },
    ],
  };
  assert.deepEqual(mergeLocales(lists, 'en_us'), {
    ok: true,
    elements: [
      {
        tag: 'markdown',
        content: 'Hello',
        i18n_content: { zh_cn: '你好', en_us: 'Hello', ja_jp: 'こんにちは' },
      },
      { tag: 'img', img_key: 'en-key', i18n_img_key: { zh_cn: 'zh-key', en_us: 'en-key', ja_jp: 'ja-key' } },
      {
        tag: 'input',
        default_value: 'Default',
        i18n_default_value: { zh_cn: '默认', en_us: 'Default', ja_jp: '既定' },
        name: 'a',
      },
    ],
  });
});

test('nested components merge field by field; equal texts stay plain', () => {
  const panel = (title: string, body: string) => ({
    tag: 'collapsible_panel',
    header: { title: { tag: 'plain_text', content: title } },
    elements: [md(body), md('same')],
  });
  const merged = mergeLocales({ zh_cn: [panel('标题', '正文')], en_us: [panel('Title', 'Body')] }, 'zh_cn');
  assert.deepEqual(merged, {
    ok: true,
    elements: [
      {
        tag: 'collapsible_panel',
        header: {
          title: { tag: 'plain_text', content: '标题', i18n_content: { zh_cn: '标题', en_us: 'Title' } },
        },
        elements: [md('正文', { i18n_content: { zh_cn: '正文', en_us: 'Body' } }), md('same')],
      },
    ],
  });
});

test('any other difference fails at the first path where the languages part', () => {
  const fails = (lists: Record<string, unknown[]>) => {
    const merged = mergeLocales(lists, 'zh_cn');
    assert.equal(merged.ok, false);
    return merged.ok ? undefined : merged.path;
  };
  // A tag, a callback value, a link: not translatable per field.
  assert.deepEqual(fails({ zh_cn: [md('a')], en_us: [{ tag: 'div', content: 'a' }] }), [0, 'tag']);
  assert.deepEqual(
    fails({
      zh_cn: [{ tag: 'button', behaviors: [{ type: 'callback', value: { id: 1 } }] }],
      en_us: [{ tag: 'button', behaviors: [{ type: 'callback', value: { id: 2 } }] }],
    }),
    [0, 'behaviors', 0, 'value', 'id'],
  );
  // The number of elements, at the list itself; the keys of an object, at the object.
  assert.deepEqual(fails({ zh_cn: [md('a'), md('b')], en_us: [md('a')] }), []);
  assert.deepEqual(
    fails({ zh_cn: [md('a'), { tag: 'hr', x: 1 }], en_us: [md('a'), { tag: 'hr', y: 1 }] }),
    [1],
  );
  assert.deepEqual(fails({ zh_cn: [{ tag: 'hr' }], en_us: [{ tag: 'hr', margin: '4px' }] }), [0]);
  // An array against an object, an object against a string.
  assert.deepEqual(fails({ zh_cn: [md('a', { x: [1] })], en_us: [md('a', { x: { 0: 1 } })] }), [0, 'x']);
  assert.deepEqual(fails({ zh_cn: [md('a', { x: { a: 1 } })], en_us: [md('a', { x: 'a' })] }), [0, 'x']);
  // A translatable field that is not a string in every language is compared as any other value.
  assert.deepEqual(fails({ zh_cn: [md('a')], en_us: [md(5)] }), [0, 'content']);
  // Two differences: the first one is named.
  assert.deepEqual(
    fails({ zh_cn: [md('a', { x: 1 }), { tag: 'hr' }], en_us: [md('b', { x: 2 }), { tag: 'div' }] }),
    [0, 'x'],
  );
  // A third language that parts later still fails at its own place.
  assert.deepEqual(
    fails({
      zh_cn: [md('a'), { tag: 'hr' }],
      en_us: [md('b'), { tag: 'hr' }],
      ja_jp: [md('c'), { tag: 'div' }],
    }),
    [1, 'tag'],
  );
});

test('a text already translated per field in one language is not merged a second time', () => {
  const merged = mergeLocales(
    {
      zh_cn: [md('甲', { i18n_content: { zh_cn: '甲' } })],
      en_us: [md('A', { i18n_content: { zh_cn: '甲' } })],
    },
    'zh_cn',
  );
  assert.deepEqual(merged, { ok: false, path: [0, 'i18n_content'] });
  // The same text in every language needs no map, so an existing one is kept as it is.
  const same = [md('甲', { i18n_content: { en_us: 'A' } })];
  assert.deepEqual(mergeLocales({ zh_cn: same, en_us: structuredClone(same) }, 'zh_cn'), {
    ok: true,
    elements: same,
  });
});
