// A component's link and callback value as the interaction layer reads them: `behaviors` first, the 1.0
// historical fields (value, url, multi_url, a column's action.multi_url) after; an overflow option's own
// link; and what each platform opens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  behaviorsOf,
  callbackValueOf,
  callsBack,
  confirmOf,
  linkOf,
  openUrlOf,
  optionLinkOf,
} from '../../../server/src/card/interaction/behavior';
import { fromMultiUrl, isOpenableUrl, resolveOpenUrl } from '../../../server/src/card/interaction/openUrl';
import type { Target } from '../../../server/src/card/interaction/target';

const t = (tag: string, props: Record<string, unknown>, cardKind: 'v1' | 'v2' = 'v2'): Target => ({
  tag,
  props,
  path: ['body', 'elements', 0],
  cardKind,
});

test('behaviors: only objects count, and no list means none', () => {
  const callback = { type: 'callback', value: { a: 1 } };
  assert.deepEqual(behaviorsOf({ behaviors: [null, 'callback', [callback], 3, callback] }), [callback]);
  assert.deepEqual(behaviorsOf({ behaviors: callback }), []);
  assert.deepEqual(behaviorsOf({}), []);
});

test("the callback value: the callback behavior's, else the historical `value`", () => {
  assert.deepEqual(
    callbackValueOf(t('button', { behaviors: [{ type: 'callback', value: { b: 1 } }], value: 'old' })),
    {
      b: 1,
    },
  );
  assert.equal(callbackValueOf(t('button', { behaviors: [{ type: 'callback' }], value: 'old' })), 'old');
  assert.equal(
    callbackValueOf(t('button', { behaviors: [{ type: 'open_url', value: 'x' }], value: 'old' })),
    'old',
  );
  assert.equal(callbackValueOf(t('button', {})), undefined);
});

test('the link: an open_url behavior, else multi_url, else url, else a column action.multi_url', () => {
  const behavior = { type: 'open_url', default_url: 'https://b.example' };
  assert.equal(
    linkOf(t('button', { behaviors: [{ type: 'callback' }, behavior], url: 'https://u.example' })),
    behavior,
  );
  assert.deepEqual(
    linkOf(
      t('button', {
        multi_url: { url: 'https://m.example', ios_url: 'https://i.example' },
        url: 'https://u.example',
      }),
    ),
    {
      default_url: 'https://m.example',
      pc_url: undefined,
      android_url: undefined,
      ios_url: 'https://i.example',
    },
  );
  assert.deepEqual(linkOf(t('button', { url: 'https://u.example' })), { default_url: 'https://u.example' });
  assert.equal(linkOf(t('button', { url: 5 })), undefined);
  assert.deepEqual(
    linkOf(t('column', { action: { multi_url: { url: 'https://c.example' } } }))?.default_url,
    'https://c.example',
  );
  assert.equal(linkOf(t('column', { action: 'https://c.example' })), undefined);
  assert.equal(linkOf(t('column', { action: { url: 'https://c.example' } })), undefined);
  assert.equal(linkOf(t('button', {})), undefined);
  assert.equal(openUrlOf(t('button', {})), undefined);
  assert.equal(openUrlOf(t('button', { url: 'https://u.example' }))?.desktop.url, 'https://u.example');
});

test('multi_url must be an object to be a link', () => {
  assert.equal(fromMultiUrl(undefined), undefined);
  assert.equal(fromMultiUrl(null), undefined);
  assert.equal(fromMultiUrl('https://x.example'), undefined);
  assert.equal(fromMultiUrl(['https://x.example']), undefined);
  assert.deepEqual(fromMultiUrl({ url: 'a', pc_url: 'b', android_url: 'c', ios_url: 'd' }), {
    default_url: 'a',
    pc_url: 'b',
    android_url: 'c',
    ios_url: 'd',
  });
});

const overflow = (options: unknown) => t('overflow', { options });

test("an overflow option's link: its multi_url with some URL, else its non-empty url", () => {
  const options = [
    { value: 'm', multi_url: { url: 'https://m.example' } },
    { value: 'p', multi_url: { pc_url: 'https://p.example' } },
    { value: 'e', multi_url: { url: '' }, url: 'https://fallback.example' },
    { value: 'u', url: 'https://u.example' },
    { value: 'blank', url: '' },
    { value: 'num', url: 7 },
    { value: 'none' },
  ];
  assert.equal(optionLinkOf(overflow(options), 'm')?.default_url, 'https://m.example');
  assert.equal(optionLinkOf(overflow(options), 'p')?.pc_url, 'https://p.example');
  assert.deepEqual(optionLinkOf(overflow(options), 'e'), { default_url: 'https://fallback.example' });
  assert.deepEqual(optionLinkOf(overflow(options), 'u'), { default_url: 'https://u.example' });
  for (const value of ['blank', 'num', 'none', 'missing'])
    assert.equal(optionLinkOf(overflow(options), value), undefined, value);
  assert.equal(optionLinkOf(overflow('m'), 'm'), undefined);
  assert.equal(optionLinkOf(overflow([null, 'm']), 'm'), undefined);
});

test('the picked place wins over the value, but only when the option there has that value', () => {
  const options = [
    { value: 'same', url: 'https://first.example' },
    { value: 'same', url: 'https://second.example' },
    { url: 'https://novalue.example' },
  ];
  assert.equal(optionLinkOf(overflow(options), 'same', 1)?.default_url, 'https://second.example');
  assert.equal(optionLinkOf(overflow(options), 'same')?.default_url, 'https://first.example');
  assert.equal(optionLinkOf(overflow(options), 'same', 2)?.default_url, 'https://first.example');
  assert.equal(optionLinkOf(overflow(options), '', 2)?.default_url, 'https://novalue.example');
  assert.equal(optionLinkOf(overflow(options), 'same', 9)?.default_url, 'https://first.example');
  assert.equal(optionLinkOf(overflow([null, ...options]), 'same', 0)?.default_url, 'https://first.example');
});

test('calls back: a callback behavior; else not with a link unless complex_interaction with a value; else the catalog', () => {
  assert.equal(callsBack(t('checker', { behaviors: [{ type: 'callback' }] })), true);
  assert.equal(
    callsBack(t('checker', {})),
    false,
    'the catalog says a checker does not call back by default',
  );
  assert.equal(callsBack(t('button', {})), true);
  assert.equal(callsBack(t('no_such_tag', {})), false);
  const link = { url: 'https://u.example', value: { k: 1 } };
  assert.equal(callsBack(t('button', link)), false);
  assert.equal(callsBack(t('button', { ...link, complex_interaction: true })), true);
  assert.equal(callsBack(t('button', { url: 'https://u.example', complex_interaction: true })), false);
  assert.equal(callsBack(t('button', { ...link, complex_interaction: 'true' })), false);
});

test('a confirm dialog reads plain strings or text objects; anything else reads empty', () => {
  assert.deepEqual(confirmOf({ confirm: { title: 'T', text: { tag: 'plain_text', content: 'Sure?' } } }), {
    title: 'T',
    text: 'Sure?',
  });
  assert.deepEqual(confirmOf({ confirm: { title: { content: 5 }, text: null } }), { title: '', text: '' });
  assert.deepEqual(confirmOf({ confirm: {} }), { title: '', text: '' });
  assert.equal(confirmOf({ confirm: 'Sure?' }), undefined);
  assert.equal(confirmOf({ confirm: null }), undefined);
  assert.equal(confirmOf({}), undefined);
});

test('each platform opens its own URL, else the default; the unsupported-action URL switches one off', () => {
  assert.deepEqual(
    resolveOpenUrl({
      default_url: 'https://d.example',
      pc_url: '',
      android_url: 5,
      ios_url: 'https://i.example',
    }),
    {
      desktop: { url: 'https://d.example', blocked: false, openable: true },
      android: { url: 'https://d.example', blocked: false, openable: true },
      ios: { url: 'https://i.example', blocked: false, openable: true },
    },
  );
  assert.deepEqual(resolveOpenUrl({ default_url: '' }).desktop, {
    url: undefined,
    blocked: false,
    openable: false,
  });
  assert.deepEqual(
    resolveOpenUrl({ default_url: 'lark://msgcard/unsupported_action', pc_url: 'http://p.example' }),
    {
      desktop: { url: 'http://p.example', blocked: false, openable: true },
      android: { url: undefined, blocked: true, openable: false },
      ios: { url: undefined, blocked: true, openable: false },
    },
  );
});

test('only http and https URLs may be opened in a browser', () => {
  for (const url of ['http://a.example', 'https://a.example/x?y=1'])
    assert.equal(isOpenableUrl(url), true, url);
  for (const url of [
    'javascript:alert(1)',
    'lark://applink',
    'file:///etc/passwd',
    'not a url',
    '',
    5,
    undefined,
  ])
    assert.equal(isOpenableUrl(url), false, String(url));
});
