import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { fixesFor } from '../../../server/src/card/lint/fixes';
import type { Finding } from '../../../server/src/card/lint/types';
import { parseCard } from '../../../server/src/card/parse/parse';
import { expectRule, noRuleFails } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

test('legacy-interaction-in-v2 fires on 1.0 value / url / multi_url of 2.0 components', () => {
  const [finding] = expectRule(
    'legacy-interaction-in-v2',
    v2(
      `{"tag":"button",«"value"»:{"a":1},«"url"»:"https://e.com",«"multi_url"»:{"url":"https://e.com"}},` +
        `{"tag":"input",«"value"»:{"k":"v"}}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /behaviors/);
});

test('legacy-interaction-in-v2 does not punish the deprecated form action_type, nor 1.0 cards', () => {
  expectRule(
    'legacy-interaction-in-v2',
    v2(`{"tag":"form","name":"f","elements":[{"tag":"button","name":"b","action_type":"form_submit"}]}`),
  );
  expectRule(
    'legacy-interaction-in-v2',
    `{"elements":[{"tag":"action","actions":[{"tag":"button","value":{"a":1}}]}]}`,
  );
});

test('legacy-interaction-in-v2 fix converts value, url and multi_url into behaviors', () => {
  const text = card([
    {
      tag: 'button',
      text: pt('x'),
      value: { a: 1 },
      url: 'https://e.com/old',
      multi_url: { url: 'https://e.com', pc_url: 'https://e.com/pc', ios_url: '', android_url: '' },
    },
  ]);
  const after = checkFix('legacy-interaction-in-v2', text, { title: /Convert/ });
  assert.deepEqual(JSON.parse(after).body.elements[0], {
    tag: 'button',
    text: pt('x'),
    behaviors: [
      {
        type: 'open_url',
        default_url: 'https://e.com',
        pc_url: 'https://e.com/pc',
        ios_url: '',
        android_url: '',
      },
      { type: 'callback', value: { a: 1 } },
    ],
  });
});

test('legacy-interaction-in-v2 fix appends to existing behaviors and drops what they already cover', () => {
  const link = { type: 'open_url', default_url: 'https://e.com/new' };
  const text = card([
    { tag: 'button', text: pt('x'), url: 'https://e.com/old', value: { a: 1 }, behaviors: [link] },
  ]);
  const after = checkFix('legacy-interaction-in-v2', text);
  assert.deepEqual(JSON.parse(after).body.elements[0].behaviors, [
    link,
    { type: 'callback', value: { a: 1 } },
  ]);
});

test('legacy-interaction-in-v2 fix only drops the 1.0 field when behaviors already cover it', () => {
  const callback = { type: 'callback', value: { b: 2 } };
  const text = card([{ tag: 'button', text: pt('x'), value: { a: 1 }, behaviors: [callback] }]);
  const after = checkFix('legacy-interaction-in-v2', text, { title: /^Remove the 1\.0 field/, safe: false });
  assert.deepEqual(JSON.parse(after).body.elements[0], {
    tag: 'button',
    text: pt('x'),
    behaviors: [callback],
  });
});

test('legacy-interaction-in-v2 fix turns a url-only button into an open_url behavior', () => {
  const text = card([{ tag: 'button', text: pt('x'), url: 'https://e.com/old' }]);
  const after = checkFix('legacy-interaction-in-v2', text, { title: /^Convert to behaviors$/, safe: false });
  assert.deepEqual(JSON.parse(after).body.elements[0], {
    tag: 'button',
    text: pt('x'),
    behaviors: [{ type: 'open_url', default_url: 'https://e.com/old' }],
  });
});

test('legacy-interaction-in-v2 fix: multi_url without its own url falls back to url; non-string platform urls are left out', () => {
  const text = card([
    {
      tag: 'button',
      text: pt('x'),
      url: 'https://e.com/old',
      multi_url: { pc_url: 'https://e.com/pc', ios_url: 5 },
    },
  ]);
  const after = checkFix('legacy-interaction-in-v2', text, { title: /^Convert/ });
  assert.deepEqual(JSON.parse(after).body.elements[0].behaviors, [
    { type: 'open_url', default_url: 'https://e.com/old', pc_url: 'https://e.com/pc' },
  ]);
});

test('legacy-interaction-in-v2 fix appends new behaviors in order after the existing ones', () => {
  const existing = { type: 'callback', value: { keep: true } };
  const text = card([
    { tag: 'button', text: pt('x'), multi_url: { url: 'https://e.com' }, behaviors: [existing] },
    { tag: 'button', text: pt('y'), url: 'https://e.com/y', value: { y: 1 }, behaviors: [] },
  ]);
  const first = checkFix('legacy-interaction-in-v2', text, { title: /^Convert/ });
  assert.deepEqual(JSON.parse(first).body.elements[0].behaviors, [
    existing,
    { type: 'open_url', default_url: 'https://e.com' },
  ]);
  const second = checkFix('legacy-interaction-in-v2', text, { title: /^Convert/, index: 1 });
  assert.deepEqual(JSON.parse(second).body.elements[1].behaviors, [
    { type: 'open_url', default_url: 'https://e.com/y' },
    { type: 'callback', value: { y: 1 } },
  ]);
});

test('legacy-interaction-in-v2 fix gives a field that only calls back no link, even beside a stray url', () => {
  const text = card([{ tag: 'input', name: 'q', value: { a: 1 }, url: 'https://e.com' }]);
  const after = checkFix('legacy-interaction-in-v2', text, { title: /^Convert/ });
  const input = JSON.parse(after).body.elements[0];
  assert.deepEqual(input.behaviors, [{ type: 'callback', value: { a: 1 } }]);
  assert.equal(input.value, undefined);
});

test('legacy-interaction-in-v2 names the field, the component and the behavior that replaces it', () => {
  const findings = expectRule(
    'legacy-interaction-in-v2',
    v2(`{"tag":"mystery","value":{}},{"tag":"button",«"url"»:"https://e.com",«"value"»:{"a":1}}`),
  );
  assert.deepEqual(
    findings.map((f) =>
      f.message.replace(/^`(\w+)` is a JSON 1\.0 field: on a 2\.0 `(\w+)`.*\((.*)\)\.$/, '$1 $2 $3'),
    ),
    [
      'url button {"type": "open_url", "default_url": "..."}',
      'value button {"type": "callback", "value": {...}}',
    ],
  );
});

test('legacy-interaction-in-v2 leaves fields a component does not have to unknown-property', () => {
  expectRule(
    'legacy-interaction-in-v2',
    v2(`{"tag":"markdown","content":"x","url":"https://e.com"},{"tag":"img","img_key":"k","value":{}}`),
  );
});

test('legacy-interaction-in-v2 fix: a multi_url without any url gives no link to make, only the removal', () => {
  const text = card([{ tag: 'button', text: pt('x'), multi_url: { pc_url: 'https://e.com/pc' } }]);
  const after = checkFix('legacy-interaction-in-v2', text, { safe: false });
  assert.deepEqual(JSON.parse(after).body.elements[0], { tag: 'button', text: pt('x') });
  const withValue = card([
    { tag: 'button', text: pt('x'), value: { a: 1 }, multi_url: { pc_url: 'https://e.com/pc' } },
  ]);
  const converted = checkFix('legacy-interaction-in-v2', withValue, { title: /^Convert/ });
  assert.deepEqual(JSON.parse(converted).body.elements[0], {
    tag: 'button',
    text: pt('x'),
    behaviors: [{ type: 'callback', value: { a: 1 } }],
  });
});

test('legacy-interaction-in-v2 offers nothing for a finding the card no longer has, or with its data lost', () => {
  const text = card([{ tag: 'hr' }, { tag: 'button', text: pt('x'), value: { a: 1 } }]);
  const [finding] = lintText(text).findings.filter((f) => f.ruleId === 'legacy-interaction-in-v2');
  const edited = card([{ tag: 'button', text: pt('x'), value: { a: 1 } }]);
  const fixes = (f: Finding, t: string) => noRuleFails(() => fixesFor(f, parseCard(t), t, 'en'));
  assert.equal(fixes(finding, text).length, 1);
  assert.deepEqual(fixes(finding, edited), []);
  assert.deepEqual(fixes({ ...finding, data: undefined }, text), []);
});

test('legacy-interaction-in-v2 fix never overwrites or drops a `${...}` behaviors or multi_url of a template', () => {
  const fixes = (t: string) => {
    const findings = lintText(t).findings.filter((f) => f.ruleId === 'legacy-interaction-in-v2');
    assert.ok(findings.length > 0, `the rule still warns:\n${t}`);
    return findings.flatMap((f) => noRuleFails(() => fixesFor(f, parseCard(t), t, 'en')));
  };
  // The variable stands for the whole behaviors list: it can be neither read nor appended to.
  assert.deepEqual(
    fixes(card([{ tag: 'button', text: pt('x'), value: { a: 1 }, behaviors: '${acts}' }])),
    [],
  );
  assert.deepEqual(
    fixes(card([{ tag: 'button', text: pt('x'), url: 'https://e.com', behaviors: '${acts}' }])),
    [],
  );
  // The variable stands for the link object, which would take over from url.
  assert.deepEqual(fixes(card([{ tag: 'button', text: pt('x'), multi_url: '${links}' }])), []);
  assert.deepEqual(fixes(card([{ tag: 'button', text: pt('x'), url: '${u}', multi_url: '${links}' }])), []);
  // A link the behaviors already have covers it, as for a literal multi_url.
  const link = { type: 'open_url', default_url: 'https://e.com' };
  const covered = card([{ tag: 'button', text: pt('x'), multi_url: '${links}', behaviors: [link] }]);
  const after = checkFix('legacy-interaction-in-v2', covered, { title: /^Remove the 1\.0 field/ });
  assert.deepEqual(JSON.parse(after).body.elements[0], { tag: 'button', text: pt('x'), behaviors: [link] });
  // Variables the fix can carry over are kept, in their new place.
  const carried = card([{ tag: 'button', text: pt('x'), value: '${v}', url: '${u}' }]);
  assert.deepEqual(JSON.parse(checkFix('legacy-interaction-in-v2', carried)).body.elements[0].behaviors, [
    { type: 'open_url', default_url: '${u}' },
    { type: 'callback', value: '${v}' },
  ]);
});

test('legacy-interaction-in-v2 reports a repeated key once, at the occurrence that counts (the last)', () => {
  expectRule(
    'legacy-interaction-in-v2',
    v2(`{"tag":"button","url":"https://a.com",«"value"»:{"a":1},«"url"»:"https://b.com"}`),
  );
});
