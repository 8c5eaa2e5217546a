import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { lintText, ruleById } from '../../../server/src/card/lint/engine';
import { applyFix } from '../../support/applyFix';
import { expectRule } from '../../support/markers';

test('unknown-property fires on the key, on components, the card root and nested objects', () => {
  const findings = expectRule(
    'unknown-property',
    `{"schema":"2.0","i18n_elements":{},«"fallback"»:"x","config":{«"colour"»:true},"body":{"elements":[{"tag":"markdown",«"conent"»:"y"},{"tag":"button","confirm":{"title":{"tag":"plain_text","content":"t"},"text":{"tag":"plain_text","content":"x"},«"ok"»:{}}},{"tag":"markdown","content":"x","behaviors":[]},{"tag":"select_static",«"behavior"»:[]}]}}`,
  );
  assert.equal(findings[0].severity, 'error');
  // The CLI rule list and SARIF read the plain default.
  assert.equal(ruleById('unknown-property')?.defaultSeverity, 'error');
  assert.equal(
    findings[0].message,
    '`card` has no property `fallback`; JSON 2.0 rejects cards with unknown properties.',
  );
  assert.equal(
    findings[1].message,
    '`config` has no property `colour`; JSON 2.0 rejects cards with unknown properties.',
  );
  assert.equal(findings[2].message, '`markdown` has no property `conent`. Did you mean `content`?');
  assert.match(findings[3].message, /^`button\.confirm` has no property `ok`/);
  const zh = lintText(`{"schema":"2.0","body":{"elements":[{"tag":"hr","colour":1}]}}`, {
    locale: 'zh',
  }).findings;
  assert.equal(zh[0].message, 'hr 不支持属性 colour；JSON 2.0 卡片含未知属性时会发送失败。');
});

test('the deprecated 1.0 config.wide_screen_mode is recognised, not punished', () => {
  expectRule(
    'unknown-property',
    `{"schema":"2.0","config":{"wide_screen_mode":true},"body":{"elements":[]}}`,
  );
});

test('unknown-property stays quiet for documented, i18n and legacy properties, and for root elements (2.0)', () => {
  expectRule(
    'unknown-property',
    `{"schema":"2.0","elements":[],"body":{"elements":[{"tag":"markdown","content":"x","i18n_content":{"en_us":"x"},"text_size":"heading","icon":{"tag":"standard_icon","token":"chat_outlined"},"element_id":"md1","margin":"4px"},{"tag":"button","value":{"a":1},"url":"https://x","multi_url":{"url":"https://x"},"width":"fill","size":"small","hover_tips":{"tag":"plain_text","content":"t"},"disabled_tips":{"tag":"plain_text","content":"t"}},{"tag":"input","value":"v","i18n_default_value":{"en_us":"x"},"disabled_tips":{"tag":"plain_text","content":"d"}},{"tag":"date_picker","value":{"k":1}}]}}`,
  );
});

test('on a 1.0 card an unknown property is a warning: the platform ignores it', () => {
  const [finding, suggested] = expectRule(
    'unknown-property',
    `{"elements":[{"tag":"markdown",«"whatever"»:1,"content":"x"},{"tag":"div",«"txt"»:{"tag":"plain_text","content":"x"},"extra":{"tag":"img",«"imgkey"»:"k"}}]}`,
  );
  assert.equal(finding.severity, 'warning');
  assert.equal(
    finding.message,
    '`markdown` has no property `whatever`; JSON 1.0 ignores it, so it has no effect.',
  );
  assert.equal(suggested.message, '`div` has no property `txt` (JSON 1.0 ignores it). Did you mean `text`?');
  // 1.0-only properties are documented there: fields/extra, href, url/multi_url/value, complex_interaction.
  expectRule(
    'unknown-property',
    `{"config":{"wide_screen_mode":true,"update_multi":false},"i18n_header":{"zh_cn":{"title":{"tag":"plain_text","content":"t"}}},"elements":[{"tag":"div","text":{"tag":"lark_md","content":"[a]($u)","href":{"u":{"url":"https://x"}}},"fields":[{"is_short":true,"text":{"tag":"lark_md","content":"x"}}]},{"tag":"markdown","content":"x","href":{"urlVal":{"url":"https://x"}}},{"tag":"action","layout":"bisected","actions":[{"tag":"button","text":{"tag":"plain_text","content":"b"},"url":"https://x","value":{"a":1},"complex_interaction":true}]},{"tag":"note","elements":[{"tag":"plain_text","content":"n"},{"tag":"img","img_key":"k","alt":{"tag":"plain_text","content":""}}]}]}`,
  );
});

test('unknown-property fix renames the key to the suggestion', () => {
  const text =
    '{\n  "schema": "2.0",\n  "body": {\n    "elements": [\n      { "tag": "markdown", "conent": "x" }\n    ]\n  }\n}\n';
  const fixed = applyFix('unknown-property', text);
  assert.equal(fixed.text, text.replace('"conent"', '"content"'));
});

test('unknown-property offers removal when there is no suggestion', () => {
  const text =
    '{\n  "schema": "2.0",\n  "body": {\n    "elements": [\n      { "tag": "hr", "zzz": 1 }\n    ]\n  }\n}\n';
  const fixed = applyFix('unknown-property', text);
  assert.equal(JSON.parse(fixed.text).body.elements[0].zzz, undefined);
  assert.equal(fixed.title, 'Remove `zzz`');
});

test('unknown-property accepts a fallback text on a form and an input (older clients show it instead)', () => {
  expectRule(
    'unknown-property',
    `{"schema":"2.0","body":{"elements":[{"tag":"form","name":"f1","fallback":{"tag":"fallback_text","text":{"tag":"plain_text","content":"Please update the app"}},"elements":[{"tag":"input","name":"note","fallback":{"tag":"fallback_text","text":{"tag":"plain_text","content":"No input here"}}},{"tag":"button","name":"go","form_action_type":"submit","text":{"tag":"plain_text","content":"Send"}}]}]}}`,
  );
});

test('unknown-property accepts the element_id of a plain-text component text (2.0 plain text page), nowhere else', () => {
  expectRule(
    'unknown-property',
    `{"schema":"2.0","body":{"elements":[{"tag":"div","element_id":"d1","text":{"tag":"plain_text","element_id":"t1","content":"x"}}]}}`,
  );
  expectRule(
    'unknown-property',
    `{"schema":"2.0","body":{"elements":[{"tag":"input","name":"n","placeholder":{"tag":"plain_text",«"element_id"»:"p1","content":"x"}}]}}`,
  );
});

/** All fixes of the rule's first finding, in the given locale. */
function fixesOf(text: string, locale: 'en' | 'zh' = 'en') {
  const { card, findings } = lintText(text, { locale });
  const finding = findings.find((f) => f.ruleId === 'unknown-property');
  assert.ok(finding, 'unknown-property should fire');
  return ruleById('unknown-property')!.fixes!(finding, { card, text, locale });
}

test('unknown-property leaves a 2.0 root i18n_header and select_img.style to their own rules, nothing more', () => {
  expectRule(
    'unknown-property',
    `{"schema":"2.0","i18n_header":{},"body":{"elements":[{"tag":"select_img","style":{},"options":[{"img_key":"k","value":"a"}],«"zzz"»:1},{"tag":"hr",«"style"»:1},{"tag":"markdown","content":"x",«"i18n_header"»:{}}]}}`,
  );
});

test('on a 1.0 card unknown-property reports a `style` on a component that lacks one, with its 1.0 message', () => {
  const [finding] = expectRule('unknown-property', `{"elements":[{"tag":"hr",«"style"»:1}]}`);
  assert.equal(finding.message, '`hr` has no property `style`; JSON 1.0 ignores it, so it has no effect.');
});

test('unknown-property fixes: rename then remove, both unsafe, titled in English and Chinese', () => {
  const text = `{"schema":"2.0","body":{"elements":[{"tag":"markdown","conent":"x"}]}}`;
  const en = fixesOf(text);
  assert.deepEqual(
    en.map((f) => [f.title, f.safe]),
    [
      ['Rename to `content`', false],
      ['Remove `conent`', false],
    ],
  );
  assert.deepEqual(
    fixesOf(text, 'zh').map((f) => f.title),
    ['改为 content', '删除属性 conent'],
  );
  assert.equal(applyEdits(text, en[1].edits), `{"schema":"2.0","body":{"elements":[{"tag":"markdown"}]}}`);
});

test('unknown-property in a content-string message wrapper offers only the rename, at the escaped key', () => {
  const text = JSON.stringify({
    msg_type: 'interactive',
    content: JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', conent: 'x' }] } }),
  });
  const fixes = fixesOf(text);
  assert.deepEqual(
    fixes.map((f) => f.title),
    ['Rename to `content`'],
  );
  const fixed = JSON.parse(applyEdits(text, fixes[0].edits));
  assert.deepEqual(JSON.parse(fixed.content).body.elements[0], { tag: 'markdown', content: 'x' });
});

test('unknown-property offers no fix for a finding without a path, property or key', () => {
  const text = `{"schema":"2.0","body":{"elements":[{"tag":"hr","zzz":1}]}}`;
  const { card, findings } = lintText(text);
  const finding = findings.find((f) => f.ruleId === 'unknown-property')!;
  const fixes = ruleById('unknown-property')!.fixes!;
  const ctx = { card, text, locale: 'en' as const };
  assert.equal(fixes(finding, ctx).length, 1);
  assert.deepEqual(fixes({ ...finding, data: { ...finding.data, path: undefined } }, ctx), []);
  assert.deepEqual(fixes({ ...finding, data: { ...finding.data, property: undefined } }, ctx), []);
  assert.deepEqual(fixes({ ...finding, data: { ...finding.data, property: 'nothere' } }, ctx), []);
});
