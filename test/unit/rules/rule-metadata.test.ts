// One table over every rule's metadata: its docs page lies below the catalog's docs base and is a page we know,
// its description and every message exist in English and Chinese with the same placeholders, and each message
// is used on a card of the table (in a finding or a fix title) with every placeholder filled, in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalog, catalogV1, docsUrl } from '../../../server/src/card/catalog/catalog';
import type { Locale } from '../../../server/src/card/i18n';
import { interpretAnswer } from '../../../server/src/card/interaction/answer';
import { lintDataFile, lintText } from '../../../server/src/card/lint/engine';
import { fixesFor } from '../../../server/src/card/lint/fixes';
import { allRules } from '../../../server/src/card/lint/rules';
import type { LintOptions } from '../../../server/src/card/lint/types';
import { parseCard, type ParseOptions } from '../../../server/src/card/parse/parse';
import { readTemplateData } from '../../../server/src/card/template/sampleData';
import { noRuleFails } from '../../support/markers';
import { card, pretty, pt } from './fixCheck';

/** Pages that are not a component's own page in the catalog (each checked against the platform's docs). */
const GENERAL_PAGES = [
  'card-json-structure',
  'card-components/interactive-components/button',
  'card-callback-communication',
  'card-json-v2-structure',
  'card-json-v2-breaking-changes-release-notes',
  'card-json-v2-components/component-json-v2-overview',
  'configuring-card-interactions',
  'feishu-card-cardkit/configure-card-variables',
];
/** Messages the language server reads by convention rather than a finding: `intended` titles the "turn off"
 * code action of a rule whose finding can be deliberate (lsp/codeActions.ts; the protocol tests use it). */
const HOST_MESSAGES = ['intended'];
const componentPages = [catalog, catalogV1].flatMap((c) =>
  Object.values(c.components).map((spec) => spec.docs),
);

type Options = LintOptions & ParseOptions;
/** A card (with the options it is linted with), or the texts a rule outside the engine produces. */
type Case = string | { text: string; options: Options } | ((locale: Locale) => string[]);

const v = (name: string) => '${' + name + '}';
const data = (values: Record<string, unknown>): Options => ({
  template: true,
  templateData: readTemplateData(JSON.stringify(values), 'c.data.json'),
});
const btn = (extra: Record<string, unknown>) => ({ tag: 'button', text: pt('x'), ...extra });
const openUrl = (url: string, extra: Record<string, unknown> = {}) => ({
  type: 'open_url',
  default_url: url,
  ...extra,
});
const submit = { tag: 'button', name: 's', text: pt('Go'), form_action_type: 'submit' };
const form = (elements: unknown[]) => ({ tag: 'form', name: 'f', elements: [...elements, submit] });

/** Callback answers and requests (files the author's server sends or receives). */
const ANSWERS: Case[] = [
  // An answer that is no object never reaches the editor as an answer file: the console reports it.
  (locale) => [
    interpretAnswer({ status: 200, ms: 1, body: ['no', 'object'] }, locale, 'v2').error!.message[locale],
  ],
  '{"toast": {"type": "info", "content": "x"}, "msg": 1}',
  '{"toast": {"content": "x", "i18n": {"cn": "好"}}}',
  '{"toast": {"type": "info"}}',
  '{"card": {"type": "raw", "data": "{}"}}',
  '{"toast": {"type": "bogus", "content": "Saved"}}',
  '{"card": {"type": "json", "data": {"elements": []}}}',
  '{"card": {"type": "raw"}}',
  '{"card": {"type": "template", "data": {"template_variable": []}}}',
  '{"toast": "done"}',
  '{"toast": {"content": 42, "i18n": {"zh_cn": 1}}}',
  '{"toast": {"content": "x", "i18n": 5}}',
  '{"toast": {"type": "info", "content": "x"}, "card": 5}',
  '{"card": {"type": "raw", "data": 5}}',
  '{"card": {"type": "template", "data": {"template_id": "A", "template_version_name": 1, "template_variable": {}}}}',
];
const REQUESTS: Case[] = [
  '{"schema": "1.0", "header": {"event_type": "card.action.trigger"}, "event": []}',
  '{"schema": "2.0", "header": {"event_type": "card.action.trigger", "event_id": "e", "token": "t", "create_time": "1", "tenant_key": "k"}, "event": {"operator": {}, "context": {}, "action": {"tag": "button", "value": 7, "name": 5, "checked": "yes", "form_value": {"a": {"b": 1}, "b": ["x"], "c": true}}}}',
  '{"action": {"tag": "select_static", "options": "a"}, "context": {}}',
  '{"action": {"tag": "button", "value": "approve"}, "open_message_id": "om_1"}',
  '{"schema": "2.0", "header": {"event_type": "url.preview.get"}, "event": {"action": {"tag": "button"}}}',
];

/** For every rule: cards on which, together, it uses each of its messages. */
const CASES: Record<string, Case[]> = {
  'callback-answer-invalid': ANSWERS,
  'callback-answer-ignored': ANSWERS,
  'callback-request-invalid': REQUESTS,
  'callback-request-unusual': REQUESTS,
  'card-not-object': [
    { text: '', options: { forceCard: true } },
    { text: 'hello', options: { forceCard: true } },
    { text: '[]', options: { forceCard: true } },
  ],
  'schema-invalid': ['{"schema": 2, "elements": []}'],
  'unknown-tag': [
    card([{ tag: 'mystery_box' }, { tag: 'hrr' }]),
    pretty({ elements: [{ tag: 'mystery_box' }, { tag: 'hrr' }] }),
  ],
  'unknown-property': [
    card([
      { tag: 'hr', colour: 1 },
      { tag: 'markdown', conent: 'x' },
    ]),
    pretty({
      elements: [
        { tag: 'hr', colour: 1 },
        { tag: 'markdown', conent: 'x' },
      ],
    }),
  ],
  'property-type': [card([{ tag: 'hr', margin: 5 }])],
  'property-value': [
    card([btn({ size: 'huge' }), btn({ type: 'primry' })]),
    card([
      { tag: 'input', name: 'q', max_length: 0 },
      { tag: 'input', name: 'r', max_length: 100000 },
    ]),
  ],
  'property-required': [card([{ tag: 'chart' }])],
  'variable-undefined': [
    { text: card([{ tag: 'markdown', content: v('v') }]), options: { template: true } },
    {
      text: card([
        { tag: 'markdown', content: v('nme') },
        {
          tag: 'column',
          _varloop: v('rows'),
          elements: [{ tag: 'markdown', content: `${v('label')} ${v('nope')}` }],
        },
      ]),
      options: data({ name: 'n', rows: [{ label: 'a' }] }),
    },
  ],
  'variable-type': [
    {
      text: card([
        btn({ behaviors: [openUrl(v('link'))] }),
        btn({ behaviors: [openUrl(`${v('host')}/path`)] }),
        btn({ behaviors: [{ type: 'callback', value: v('str') }] }),
        btn({ behaviors: [{ type: 'callback', value: v('arr') }] }),
        { tag: 'date_picker', name: 'd', initial_date: v('d') },
        { tag: 'picker_time', name: 't', initial_time: v('t') },
        { tag: 'picker_datetime', name: 'dt', initial_datetime: v('dt') },
        { tag: 'column', _varloop: v('loop'), elements: [] },
        { tag: 'img', img_key: v('img') },
        { tag: 'select_static', name: 's', options: v('opts') },
      ]),
      options: data({
        link: 'example.com',
        host: 'e.com',
        str: 'done',
        arr: [1],
        d: '2025/06/05',
        t: '9:30 pm',
        dt: '2025-06-05T09:30',
        loop: { a: 1 },
        img: 5,
        opts: 'a,b',
      }),
    },
  ],
  'variable-name-invalid': [
    { text: card([{ tag: 'markdown', content: `${v('user-name')} ${v('')}` }]), options: { template: true } },
  ],
  'variable-unused': [
    (locale) => {
      const used = parseCard(card([{ tag: 'markdown', content: v('a') }]));
      const sample = readTemplateData(JSON.stringify({ a: 1, spare: 2 }), 'c.data.json')!;
      return lintDataFile([used], sample, { locale }).map((f) => f.message);
    },
  ],
  'open-url-unsupported': [card([{ tag: 'input', name: 'q', behaviors: [openUrl('https://e.com')] }])],
  'chart-spec': [
    card([
      { tag: 'chart', chart_spec: 5 },
      { tag: 'chart', chart_spec: {} },
      { tag: 'chart', chart_spec: { type: 'line', line: { style: { texture: 'circle' } } } },
    ]),
  ],
  'config-deprecated': [pretty({ config: { wide_screen_mode: true, compact_width: true }, elements: [] })],
  'v1-action-placement': [
    pretty({
      elements: [
        { tag: 'button', text: pt('x') },
        { tag: 'action', actions: [{ tag: 'hr' }] },
      ],
    }),
  ],
  'checker-callback': [
    card([{ tag: 'checker', text: pt('Task'), behaviors: [{ type: 'callback', value: {} }] }]),
  ],
  'checker-open-url': [card([{ tag: 'checker', text: pt('x'), behaviors: [openUrl('https://e.com')] }])],
  'behavior-unknown-type': [
    card([btn({ behaviors: [{ type: 'open_link', default_url: 'https://e.com' }] })]),
    card([btn({ behaviors: [{ type: 'opn_url', default_url: 'https://e.com' }] })]),
    card([btn({ behaviors: [{ type: 5, default_url: 'https://e.com' }] })]),
    card([form([btn({ name: 'go', behaviors: [{ type: 'form_action', behavior: 'submit' }] })])]),
  ],
  'behaviors-not-interactive': [
    card([{ tag: 'markdown', content: 'x', behaviors: [{ type: 'callback', value: {} }] }]),
  ],
  'open-url-default-missing': [
    card([btn({ behaviors: [{ type: 'open_url', pc_url: 'https://e.com/pc' }] })]),
  ],
  'url-invalid': [
    card([
      btn({ behaviors: [openUrl('')] }),
      btn({ behaviors: [openUrl(' https://e.com')] }),
      btn({ behaviors: [openUrl('ftp://files.example.com/a')] }),
      btn({ behaviors: [openUrl('/relative/path')] }),
      btn({ behaviors: [openUrl('https://')] }),
    ]),
  ],
  'url-insecure': [card([btn({ behaviors: [openUrl('http://example.com/a')] })])],
  'callback-value-string': [card([btn({ behaviors: [{ type: 'callback', value: 'done' }] })])],
  'legacy-interaction-in-v2': [
    card([btn({ url: 'https://e.com/old', value: { a: 1 } })]),
    card([btn({ url: 'https://e.com/old', behaviors: [openUrl('https://e.com/new')] })]),
  ],
  'webhook-callback': [
    {
      text: card([
        btn({ behaviors: [{ type: 'callback', value: {} }] }),
        { tag: 'select_static', name: 's', options: [] },
      ]),
      options: { sender: 'webhook' },
    },
  ],
  'interactive-container-no-behaviors': [card([{ tag: 'interactive_container', elements: [] }])],
  'confirm-incomplete': [card([btn({ confirm: { text: pt('x') } })])],
  'form-field-missing-name': [card([form([{ tag: 'input' }])])],
  'name-duplicate': [
    card([
      form([
        { tag: 'input', name: 'q' },
        { tag: 'input', name: 'q' },
      ]),
    ]),
  ],
  'form-no-submit': [card([{ tag: 'form', name: 'f', elements: [{ tag: 'input', name: 'q' }] }])],
  'form-action-outside-form': [card([btn({ form_action_type: 'submit' })])],
  'form-placement': [
    card([{ tag: 'collapsible_panel', elements: [{ tag: 'table' }] }]),
    card([{ tag: 'column_set', columns: [{ tag: 'column', elements: [{ tag: 'table' }] }] }]),
  ],
  'form-only-component': [
    card([
      { tag: 'multi_select_static', options: [] },
      { tag: 'select_img', multi_select: true, options: [] },
    ]),
  ],
  'callback-inside-form': [
    card([form([{ tag: 'input', name: 'q', behaviors: [{ type: 'callback', value: {} }] }])]),
  ],
  'required-outside-form': [card([{ tag: 'input', required: true }])],
  'element-id-invalid': [card([{ tag: 'hr', element_id: 'my-divider' }])],
  'element-id-duplicate': [
    card([
      { tag: 'hr', element_id: 'a' },
      { tag: 'hr', element_id: 'a' },
    ]),
  ],
  'v1-component-in-v2': [
    pretty({ schema: '2.0', elements: [{ tag: 'hr' }], body: { elements: [{ tag: 'note', elements: [] }] } }),
    pretty({ schema: '2.0', i18n_elements: {}, body: { elements: [] } }),
  ],
  'schema-missing': [
    pretty({ msg_type: 'interactive', card: { body: { elements: [{ tag: 'hr' }] } } }),
    pretty({ schema: '1.0', body: { elements: [] } }),
  ],
  'update-multi-false': [card([], { config: { update_multi: false } })],
  'audio-forward': [card([{ tag: 'audio', file_key: 'f' }])],
  'checker-too-many-buttons': [
    card([
      {
        tag: 'checker',
        text: pt('x'),
        button_area: { buttons: [1, 2, 3, 4].map(() => ({ tag: 'button', type: 'text', text: pt('b') })) },
      },
    ]),
  ],
  'option-value-duplicate': [
    card([
      {
        tag: 'select_static',
        name: 's',
        options: [
          { text: pt('x'), value: 'a' },
          { text: pt('y'), value: 'a' },
        ],
      },
    ]),
  ],
  'card-too-large': [
    card([{ tag: 'markdown', content: 'x'.repeat(31 * 1024) }]),
    { text: card([{ tag: 'markdown', content: 'x'.repeat(200) }]), options: { maxSize: 100 } },
  ],
  'json-syntax': ['{"schema":"2.0","body":{"elements":[}'],
  'too-many-components': [card(Array.from({ length: 201 }, () => ({ tag: 'hr' })))],
  'button-no-behaviors': [card([btn({})])],
  'chart-field-missing': [
    card([
      {
        tag: 'chart',
        chart_spec: { type: 'bar', data: { values: [{ day: 'Mon', n: 1 }] }, xField: 'date', yField: 'n' },
      },
    ]),
  ],
  'chart-in-form': [card([form([{ tag: 'chart', chart_spec: { type: 'bar' } }])])],
  'form-submit-legacy': [
    card([form([{ tag: 'button', name: 'go', text: pt('Go'), action_type: 'form_submit' }])]),
  ],
  'i18n-header-v2': [card([], { i18n_header: { zh_cn: { title: pt('标题') } } })],
  'img-combination-too-many': [
    card([
      {
        tag: 'img_combination',
        combination_mode: 'double',
        img_list: ['a', 'b', 'c'].map((k) => ({ img_key: `img_v2_${k}` })),
      },
    ]),
  ],
  'img-key-url': [card([{ tag: 'img', img_key: 'https://e.com/a.png' }])],
  'option-initial-unknown': [
    card([
      {
        tag: 'select_static',
        name: 's',
        initial_option: 'b',
        initial_index: 3,
        options: [{ text: pt('x'), value: 'a' }],
      },
    ]),
  ],
  'picker-initial-format': [card([{ tag: 'date_picker', name: 'd', initial_date: '2024/01/31' }])],
  'select-img-style-v2': [
    card([{ tag: 'select_img', name: 'i', style: 'laser', options: [{ img_key: 'img_v2_a', value: 'a' }] }]),
  ],
  'table-row-unknown-column': [
    card([
      {
        tag: 'table',
        columns: [{ name: 'a', display_name: 'A' }],
        rows: [{ a: 1, b: 2 }],
      },
    ]),
  ],
  'nesting-too-deep': [
    { text: card([]), options: { maxDepth: 2 } },
    card([
      Array.from({ length: 8 }).reduce<unknown>(
        (inner) => ({ tag: 'collapsible_panel', elements: [inner] }),
        { tag: 'hr' },
      ),
    ]),
  ],
};

/** Finding messages and fix titles of one rule over its cases. */
function produced(ruleId: string, locale: Locale): string[] {
  const texts: string[] = [];
  for (const c of CASES[ruleId] ?? []) {
    if (typeof c === 'function') {
      texts.push(...c(locale));
      continue;
    }
    const { text, options } = typeof c === 'string' ? { text: c, options: {} } : c;
    const { card: parsed, findings } = noRuleFails(() => lintText(text, { ...options, locale }));
    for (const finding of findings.filter((f) => f.ruleId === ruleId)) {
      texts.push(finding.message);
      const fixes = noRuleFails(() => fixesFor(finding, parsed, text, { ...options, locale }));
      for (const fix of fixes) texts.push(fix.title);
    }
  }
  return texts;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (template: string) =>
  [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
const escape = (text: string) => text.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');

/** Whether `text` is `template` with each placeholder filled (not left as `{name}`). */
function fills(template: string, text: string): boolean {
  const names: string[] = [];
  const pattern = template
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 ? (names.push(part), '([\\s\\S]*?)') : escape(part)))
    .join('');
  const match = new RegExp(`^${pattern}$`).exec(text);
  return !!match && names.every((name, i) => match[i + 1] !== `{${name}}`);
}

const CJK = /[\u4e00-\u9fff]/;

test('the table has a row for every rule and none for a rule that does not exist', () => {
  assert.deepEqual(Object.keys(CASES).sort(), allRules.map((r) => r.id).sort());
});

for (const rule of allRules) {
  test(`${rule.id}: docs page, description and messages in English and Chinese, each used with its placeholders filled`, () => {
    // A path below the docs base, or a full URL that lies below it.
    const page = rule.docs.startsWith(catalog.docsBase)
      ? rule.docs.slice(catalog.docsBase.length)
      : rule.docs;
    assert.ok(!/^https?:|^\//.test(page), `docs "${rule.docs}" lies below the docs base`);
    assert.equal(docsUrl(page), catalog.docsBase + page);
    assert.ok(
      GENERAL_PAGES.includes(page) || componentPages.includes(page),
      `docs "${rule.docs}" is not a page the catalog knows`,
    );
    assert.ok(rule.description.en.trim().length > 0, 'English description');
    assert.match(rule.description.zh, CJK, 'Chinese description');
    const texts = { en: produced(rule.id, 'en'), zh: produced(rule.id, 'zh') };
    // Rules that split one message set between them (errors and warnings of one check) share the duty.
    const sharing = allRules.filter((other) => other !== rule && other.messages === rule.messages);
    for (const [id, message] of Object.entries(rule.messages)) {
      const inProtocol = HOST_MESSAGES.includes(id);
      assert.ok(message.en.trim().length > 0, `${id}: English text`);
      assert.match(message.zh, CJK, `${id}: Chinese text`);
      assert.deepEqual(placeholders(message.zh), placeholders(message.en), `${id}: same placeholders`);
      for (const locale of inProtocol ? [] : (['en', 'zh'] as const)) {
        assert.ok(
          texts[locale].some((text) => fills(message[locale], text)) ||
            sharing.some((other) => produced(other.id, locale).some((text) => fills(message[locale], text))),
          `${id} (${locale}) is never used with its placeholders filled on the cards of CASES; produced:\n${texts[locale].join('\n')}`,
        );
      }
    }
  });
}
