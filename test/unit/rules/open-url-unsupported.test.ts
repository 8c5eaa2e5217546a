import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { fixesFor } from '../../../server/src/card/lint/fixes';
import { catalog } from '../../../server/src/card/catalog/catalog';
import type { Finding } from '../../../server/src/card/lint/types';
import { parseCard } from '../../../server/src/card/parse/parse';
import { expectRule, noRuleFails } from '../../support/markers';
import { card, checkFix, pt, v2 } from './fixCheck';

const link = { type: 'open_url', default_url: 'https://example.com/a' };

test('open-url-unsupported fires on open_url of components that only call back', () => {
  const findings = expectRule(
    'open-url-unsupported',
    v2(
      `{"tag":"input","behaviors":[«{"type":"open_url","default_url":"https://example.com"}»]},` +
        `{"tag":"select_static","options":[],"behaviors":[{"type":"callback","value":{}},«{"type":"open_url","default_url":"https://example.com"}»]}`,
    ),
  );
  assert.equal(findings[0].severity, 'warning');
  assert.match(findings[0].message, /`input` cannot open links/);
  assert.deepEqual(findings[0].data, { path: ['body', 'elements', 0, 'behaviors', 0] });
});

test('open-url-unsupported stays quiet on buttons, interactive containers, columns and checkers', () => {
  expectRule(
    'open-url-unsupported',
    v2(
      `{"tag":"button","behaviors":[{"type":"open_url","default_url":"https://example.com"}]},` +
        `{"tag":"interactive_container","behaviors":[{"type":"open_url","default_url":"https://example.com"}],"elements":[]},` +
        `{"tag":"column_set","columns":[{"tag":"column","behaviors":[{"type":"open_url","default_url":"https://example.com"}],"elements":[]}]},` +
        `{"tag":"checker","behaviors":[{"type":"open_url","default_url":"https://example.com"}]},` +
        `{"tag":"markdown","content":"x","behaviors":[{"type":"open_url","default_url":"https://example.com"}]}`,
    ),
  );
});

test('open-url-unsupported fix: wrap the component in an interactive container that opens the link', () => {
  const text = card([{ tag: 'input', name: 'q', placeholder: pt('Search'), behaviors: [link] }]);
  const after = checkFix('open-url-unsupported', text, { title: /^Wrap/, safe: false });
  const el = JSON.parse(after).body.elements[0];
  assert.equal(el.tag, 'interactive_container');
  assert.deepEqual(el.behaviors, [link]);
  assert.deepEqual(el.elements, [{ tag: 'input', name: 'q', placeholder: pt('Search') }]);
});

test('open-url-unsupported wrap keeps the other behaviors on the component', () => {
  const callback = { type: 'callback', value: { k: 1 } };
  const text = card([{ tag: 'select_static', options: [], behaviors: [callback, link] }]);
  const after = checkFix('open-url-unsupported', text, { title: /^Wrap/ });
  const el = JSON.parse(after).body.elements[0];
  assert.deepEqual(el.elements[0].behaviors, [callback]);
});

test('open-url-unsupported fix: remove the link behavior', () => {
  const text = card([{ tag: 'input', name: 'q', behaviors: [link] }]);
  const after = checkFix('open-url-unsupported', text, { title: /^Remove/ });
  assert.deepEqual(JSON.parse(after).body.elements[0], { tag: 'input', name: 'q' });
});

test('open-url-unsupported offers no wrap where the wrapper would be nested too deep', () => {
  const deep = (n: number, inner: unknown): unknown =>
    n === 0 ? inner : { tag: 'collapsible_panel', elements: [deep(n - 1, inner)] };
  const text = card([deep(5, { tag: 'input', behaviors: [link] })]);
  const { card: doc, findings } = lintText(text);
  const finding = findings.find((f) => f.ruleId === 'open-url-unsupported')!;
  const titles = fixesFor(finding, doc, text, 'en').map((f) => f.title);
  assert.deepEqual(titles, ['Remove the link behavior']);
});

// Found by the fix-quality fuzz: the wrap adds text, and past the size guard the result would lose every
// check. A fix is verified with the document's own options, so there only the removal is offered.
test('open-url-unsupported offers no wrap that would push the file over the size guard', () => {
  const text = card([{ tag: 'input', name: 'q', behaviors: [link] }]);
  const { card: doc, findings } = lintText(text, { maxSize: text.length + 10 });
  const finding = findings.find((f) => f.ruleId === 'open-url-unsupported')!;
  const titles = (maxSize: number) =>
    fixesFor(finding, doc, text, { locale: 'en', maxSize }).map((f) => f.title);
  assert.deepEqual(titles(text.length + 10), ['Remove the link behavior']);
  assert.equal(titles(text.length * 2).length, 2, 'with room to grow, the wrap is offered too');
});

test('open-url-unsupported remove takes only the link when the component has other behaviors', () => {
  const callback = { type: 'callback', value: { k: 1 } };
  const text = card([{ tag: 'select_static', name: 's', options: [], behaviors: [link, callback] }]);
  const after = checkFix('open-url-unsupported', text, { title: /^Remove/, safe: false });
  assert.deepEqual(JSON.parse(after).body.elements[0].behaviors, [callback]);
  const wrapped = JSON.parse(checkFix('open-url-unsupported', text, { title: /^Wrap/ })).body.elements[0];
  assert.deepEqual(wrapped.behaviors, [link]);
  assert.deepEqual(wrapped.elements[0].behaviors, [callback]);
});

// Past the 256 KB verification limit fixes are offered unchecked: there the rule's own guard is all there is.
const filler = { tag: 'markdown', content: 'x'.repeat(300 * 1024) };
function titlesOnLargeFile(element: unknown): string[] {
  const text = card([filler, element]);
  const { card: doc, findings } = lintText(text);
  const finding = findings.find((f) => f.ruleId === 'open-url-unsupported')!;
  return noRuleFails(() => fixesFor(finding, doc, text, 'en')).map((f) => f.title);
}
const deep = (n: number, inner: unknown): unknown =>
  n === 0 ? inner : { tag: 'collapsible_panel', elements: [deep(n - 1, inner)] };
const field = { tag: 'input', name: 'q', behaviors: [link] };
const both = ['Wrap in an interactive container that opens this link', 'Remove the link behavior'];

test('open-url-unsupported wrap keeps to the 5 container levels, on files too large to verify fixes', () => {
  assert.deepEqual(titlesOnLargeFile(deep(4, field)), both);
  assert.deepEqual(titlesOnLargeFile(deep(5, field)), ['Remove the link behavior']);
  assert.deepEqual(titlesOnLargeFile(field), both);
});

test('open-url-unsupported offers no wrap in a slot that holds only other tags (a column set holds columns)', () => {
  assert.deepEqual(titlesOnLargeFile({ tag: 'column_set', columns: [field] }), ['Remove the link behavior']);
  assert.deepEqual(
    titlesOnLargeFile({ tag: 'column_set', columns: [{ tag: 'column', elements: [field] }] }),
    both,
  );
  assert.deepEqual(titlesOnLargeFile({ tag: 'mystery', elements: [field] }), both);
});

test('open-url-unsupported: what it reports are leaves that any container may hold, so a wrap breaks nothing else', () => {
  const reported = Object.entries(catalog.components).filter(
    ([tag, spec]) => tag !== 'checker' && spec.behaviors.length > 0 && !spec.behaviors.includes('open_url'),
  );
  assert.ok(reported.length > 5);
  for (const [tag, spec] of reported) {
    assert.equal(spec.slots, undefined, `${tag} holds no components`);
    assert.ok(!spec.rootOnly && !spec.countsForNesting, `${tag} may stand in a container`);
    for (const [owner, container] of Object.entries(catalog.components))
      assert.ok(!container.forbiddenDescendants?.includes(tag), `${owner} does not forbid ${tag}`);
  }
  for (const [owner, container] of Object.entries(catalog.components))
    assert.ok(
      !container.forbiddenDescendants?.includes('interactive_container'),
      `${owner} allows the wrapper`,
    );
  assert.equal(catalog.components.interactive_container.countsForNesting, true);
});

test('open-url-unsupported offers nothing for a finding the card no longer has, or with its data lost', () => {
  const text = card([{ tag: 'hr' }, { tag: 'input', name: 'q', behaviors: [link] }]);
  const [finding] = lintText(text).findings.filter((f) => f.ruleId === 'open-url-unsupported');
  const fixes = (f: Finding, t: string) => noRuleFails(() => fixesFor(f, parseCard(t), t, 'en'));
  assert.equal(fixes(finding, text).length, 2);
  assert.deepEqual(fixes(finding, card([{ tag: 'input', name: 'q', behaviors: [link] }])), []);
  assert.deepEqual(fixes(finding, card([{ tag: 'hr' }, { tag: 'input', name: 'q', behaviors: [] }])), []);
  assert.deepEqual(fixes({ ...finding, data: undefined }, text), []);
});
