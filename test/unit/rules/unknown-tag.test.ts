import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { applyFix, ruleFixes } from '../../support/applyFix';
import { expectRule } from '../../support/markers';

test('unknown-tag fires on the tag value, with a did-you-mean from typos and aliases', () => {
  const findings = expectRule(
    'unknown-tag',
    `{"schema":"2.0","body":{"elements":[{"tag":«"buton"»},{"tag":«"checkbox"»},{"tag":"form","name":"f","elements":[{"tag":«"textarea"»,"name":"t"}]},{"tag":«"zzqx"»}]}}`,
  );
  assert.equal(findings[0].severity, 'error');
  assert.equal(findings[0].message, '`buton` is not a JSON 2.0 component. Did you mean `button`?');
  assert.equal(findings[1].message, '`checkbox` is not a JSON 2.0 component. Did you mean `checker`?');
  assert.equal(findings[2].message, '`textarea` is not a JSON 2.0 component. Did you mean `input`?');
  assert.equal(
    findings[3].message,
    '`zzqx` is not a JSON 2.0 component; the platform rejects cards with unknown tags.',
  );
  const zh = lintText(`{"schema":"2.0","body":{"elements":[{"tag":"buton"}]}}`, { locale: 'zh' }).findings;
  assert.equal(zh[0].message, 'buton 不是 JSON 2.0 组件。是否应为 button？');
});

test('unknown-tag stays quiet for known tags, 1.0 tags (action, note) and known tags in a wrong slot', () => {
  expectRule(
    'unknown-tag',
    `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"x"},{"tag":"action","actions":[]},{"tag":"note","elements":[]},{"tag":"column_set","columns":[{"tag":"button"}]}]}}`,
  );
});

test('on a 1.0 card unknown-tag checks against the 1.0 catalog', () => {
  const [finding, inAction] = expectRule(
    'unknown-tag',
    `{"elements":[{"tag":«"buton"»},{"tag":"action","actions":[{"tag":«"zzqx"»}]},{"tag":"note","elements":[{"tag":"plain_text","content":"x"}]},{"tag":"div","extra":{"tag":"img","img_key":"k"}}]}`,
  );
  assert.equal(finding.message, '`buton` is not a JSON 1.0 component. Did you mean `button`?');
  assert.equal(inAction.message, '`zzqx` is not a JSON 1.0 component; clients cannot draw it.');
});

test('unknown-tag fix replaces the tag and keeps the formatting', () => {
  const text =
    '{\n  "schema": "2.0",\n  "body": {\n    "elements": [\n      { "tag": "textarea" }\n    ]\n  }\n}\n';
  const fixed = applyFix('unknown-tag', text);
  assert.equal(fixed.text, text.replace('"textarea"', '"input"'));
  assert.equal(fixed.title, 'Change the tag to `input`');
});

test('unknown-tag fix works inside a content string', () => {
  const text = JSON.stringify({
    msg_type: 'interactive',
    content: JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'hrr' }] } }),
  });
  const fixed = applyFix('unknown-tag', text);
  assert.equal(JSON.parse(JSON.parse(fixed.text).content).body.elements[0].tag, 'hr');
});

const TWO_TYPOS = `{"schema":"2.0","body":{"elements":[{"tag":"buton"},{"tag":"hrr"},{"tag":"zzqx"}]}}`;

test('unknown-tag offers its fix in the locale and not as safe: the author picks the component', () => {
  const [en] = ruleFixes('unknown-tag', TWO_TYPOS);
  assert.equal(en.title, 'Change the tag to `button`');
  assert.equal(en.safe, false);
  const [zh] = ruleFixes('unknown-tag', TWO_TYPOS, { locale: 'zh' });
  assert.equal(zh.title, '将标签改为 button');
  assert.equal(JSON.parse(applyEdits(TWO_TYPOS, zh.edits)).body.elements[0].tag, 'button');
});

test('unknown-tag offers no fix without a suggestion, or for data that does not describe this card', () => {
  assert.deepEqual(ruleFixes('unknown-tag', TWO_TYPOS, { index: 2 }), []);
  const other = ruleFixes('unknown-tag', TWO_TYPOS, { index: 1 });
  assert.equal(other.length, 1);
  assert.deepEqual(ruleFixes('unknown-tag', TWO_TYPOS, { data: () => undefined }), []);
  assert.deepEqual(ruleFixes('unknown-tag', TWO_TYPOS, { data: ({ path: _path, ...rest }) => rest }), []);
  assert.deepEqual(
    ruleFixes('unknown-tag', TWO_TYPOS, { data: (d) => ({ ...d, path: ['body', 'elements', 9, 'tag'] }) }),
    [],
  );
  // The path of the second tag, which holds another value: the text changed since this finding.
  assert.deepEqual(
    ruleFixes('unknown-tag', TWO_TYPOS, { data: (d) => ({ ...d, path: ['body', 'elements', 1, 'tag'] }) }),
    [],
  );
});
