// The shared settings (settings.ts) and the display language (i18n.ts): whatever a client sends becomes
// well-formed settings, which files are always cards, and how an editor locale and placeholders are read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localize, normalizeLocale } from '../../server/src/card/i18n';
import { DEFAULT_MAX_SIZE } from '../../server/src/card/parse/parse';
import {
  defaultSettings,
  isForcedCardFile,
  sanitizeSettings,
  templateOption,
  type CardSettings,
} from '../../server/src/card/settings';

test('the defaults: no rule settings, an app bot, no extra card files, 5 MB, templates decided per card', () => {
  assert.deepEqual(defaultSettings, {
    rules: {},
    sender: 'app',
    files: [],
    maxFileSize: 5 * 1024 * 1024,
    template: 'auto',
  });
  assert.equal(DEFAULT_MAX_SIZE, 5 * 1024 * 1024);
});

test('settings that are not an object give the defaults', () => {
  for (const raw of [undefined, null, 'rules', 42, true])
    assert.deepEqual(sanitizeSettings(raw), defaultSettings);
  assert.deepEqual(sanitizeSettings({}), defaultSettings);
});

test('rule severities: the five names are kept, anything else is dropped', () => {
  const { rules } = sanitizeSettings({
    rules: {
      'a-error': 'error',
      'a-warning': 'warning',
      'a-info': 'info',
      'a-hint': 'hint',
      'a-off': 'off',
      typo: 'warn',
      upper: 'ERROR',
      number: 1,
      object: { severity: 'error' },
      empty: '',
    },
  });
  assert.deepEqual(rules, {
    'a-error': 'error',
    'a-warning': 'warning',
    'a-info': 'info',
    'a-hint': 'hint',
    'a-off': 'off',
  });
  assert.deepEqual(sanitizeSettings({ rules: 'error' }).rules, {});
  assert.deepEqual(sanitizeSettings({ rules: null }).rules, {});
});

test('sender: only "webhook" selects a custom bot', () => {
  assert.equal(sanitizeSettings({ sender: 'webhook' }).sender, 'webhook');
  for (const sender of ['app', 'Webhook', 'bot', 1, undefined])
    assert.equal(sanitizeSettings({ sender }).sender, 'app');
});

test('files: the string patterns of an array', () => {
  assert.deepEqual(sanitizeSettings({ files: ['a/*.json', 3, null, 'b.json'] }).files, [
    'a/*.json',
    'b.json',
  ]);
  assert.deepEqual(sanitizeSettings({ files: 'a/*.json' }).files, []);
});

test('maxFileSize: a positive number, else the default', () => {
  assert.equal(sanitizeSettings({ maxFileSize: 1024 }).maxFileSize, 1024);
  assert.equal(sanitizeSettings({ maxFileSize: 0.5 }).maxFileSize, 0.5);
  for (const maxFileSize of [0, -1, '1024', null]) {
    assert.equal(sanitizeSettings({ maxFileSize }).maxFileSize, DEFAULT_MAX_SIZE, String(maxFileSize));
  }
});

test('variables.template: "always" and "never" decide for every card, anything else is "auto"', () => {
  const template = (variables: unknown) => sanitizeSettings({ variables }).template;
  assert.equal(template({ template: 'always' }), 'always');
  assert.equal(template({ template: 'never' }), 'never');
  assert.equal(template({ template: 'auto' }), 'auto');
  assert.equal(template({ template: true }), 'auto');
  assert.equal(template({ dataFile: 'x.json' }), 'auto');
  assert.equal(template('always'), 'auto');
  assert.equal(template(null), 'auto');
  // The top-level key is not the setting.
  assert.equal(sanitizeSettings({ template: 'always' }).template, 'auto');
});

test('templateOption: the lint option each setting stands for', () => {
  const option = (template: CardSettings['template']) => templateOption({ ...defaultSettings, template });
  assert.equal(option('auto'), undefined);
  assert.equal(option('always'), true);
  assert.equal(option('never'), false);
});

test('*.card.json and *.card.jsonc are always cards, in any case and with either slash', () => {
  const forced = (file: string) => isForcedCardFile(file, defaultSettings);
  assert.equal(forced('/ws/alarm.card.json'), true);
  assert.equal(forced('/ws/alarm.card.jsonc'), true);
  assert.equal(forced('C:\\ws\\ALARM.CARD.JSON'), true);
  assert.equal(forced('/ws/alarm.json'), false);
  assert.equal(forced('/ws/alarm.card.json.bak'), false);
  assert.equal(forced('/ws/alarmcard.json'), false);
  assert.equal(forced('/ws/alarm.card.jsonx'), false);
});

test('feishuCard.files: relative patterns match anywhere below the workspace, absolute ones as written', () => {
  const forced = (file: string, ...files: string[]) => isForcedCardFile(file, { ...defaultSettings, files });
  assert.equal(forced('/ws/cards/a.json', 'cards/*.json'), true);
  assert.equal(forced('/ws/deep/cards/a.json', 'cards/*.json'), true);
  assert.equal(forced('C:\\ws\\cards\\a.json', 'cards/*.json'), true);
  assert.equal(forced('/ws/other/a.json', 'cards/*.json'), false);
  // Dot files and folders count.
  assert.equal(forced('/ws/cards/.draft.json', 'cards/*.json'), true);
  assert.equal(forced('/ws/.cards/a.json', '.cards/*.json'), true);
  // A pattern that starts with `/` or `**` is taken as it is.
  assert.equal(forced('/abs/a.json', '/abs/*.json'), true);
  assert.equal(forced('/ws/abs/a.json', '/abs/*.json'), false);
  assert.equal(forced('/ws/x/y/a.json', '**/y/*.json'), true);
  // A `**` later in a relative pattern does not make it absolute.
  assert.equal(forced('/ws/cards/x/a.json', 'cards/**/*.json'), true);
  // Any one pattern is enough.
  assert.equal(forced('/ws/b/a.json', 'a/*.json', 'b/*.json'), true);
  assert.equal(forced('/ws/c/a.json', 'a/*.json', 'b/*.json'), false);
});

test('normalizeLocale: anything Chinese is Chinese, everything else English', () => {
  for (const locale of ['zh', 'zh-cn', 'zh-CN', 'ZH-TW', 'zh-hk'])
    assert.equal(normalizeLocale(locale), 'zh', locale);
  for (const locale of ['en', 'en-US', 'ja', 'fr-zh', '', undefined])
    assert.equal(normalizeLocale(locale), 'en');
});

test('localize: picks the language and fills every known placeholder, leaving unknown ones as written', () => {
  const text = { en: 'Rule {id} found {count} times; {other}', zh: '规则 {id} 出现 {count} 次；{other}' };
  assert.equal(localize(text, 'en', { id: 'x', count: 2 }), 'Rule x found 2 times; {other}');
  assert.equal(localize(text, 'zh', { id: 'x', count: 0 }), '规则 x 出现 0 次；{other}');
  assert.equal(localize(text, 'en'), 'Rule {id} found {count} times; {other}');
  assert.equal(localize({ en: '{a}{a} {b-c}', zh: '' }, 'en', { a: 'A', 'b-c': 'no' }), 'AA {b-c}');
  assert.equal(localize({ en: '{toString}', zh: '' }, 'en', {}), '{toString}');
});
