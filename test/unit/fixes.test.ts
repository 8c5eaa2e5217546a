// What the fix layer promises on top of the rules' own repairs (lint/fixes.ts): a fix is offered only if
// its result loses the finding without adding errors (unless it changes the card's kind), huge files get
// the rules' fixes unchecked, a card inside a JSON string gets none, and fix-all works in bounded rounds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../server/src/card/edit/jsonEdits';
import { lintText } from '../../server/src/card/lint/engine';
import { compatibleEdits, fixAll, fixesFor, keepsPromise } from '../../server/src/card/lint/fixes';
import { noRuleFails } from '../support/markers';
import { card, pretty, pt } from './rules/fixCheck';

function titles(ruleId: string, text: string): string[] {
  const { card: parsed, findings } = lintText(text);
  const finding = findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} does not fire`);
  return fixesFor(finding, parsed, text, 'en').map((f) => f.title);
}

/** A markdown element that makes the file bigger than the 256 KB up to which fixes are checked. */
const padding = { tag: 'markdown', content: 'x'.repeat(256 * 1024) };

test('a fix whose result would add an error is not offered', () => {
  // `hr` has no `content`: renaming the tag would turn one unknown tag into an unknown property.
  assert.deepEqual(titles('unknown-tag', card([{ tag: 'hrr' }])), ['Change the tag to `hr`']);
  assert.deepEqual(titles('unknown-tag', card([{ tag: 'hrr', content: 'x' }])), []);
  // Changing the string to a number makes it a value out of range.
  assert.deepEqual(titles('property-type', card([{ tag: 'input', name: 'q', max_length: '1000000' }])), []);
  assert.deepEqual(titles('property-type', card([{ tag: 'input', name: 'q', max_length: '100' }])), [
    'Change to 100',
  ]);
});

test('a fix that changes the card kind may surface the other kind of problems that were there all along', () => {
  // A 1.0 card (root `elements`) with a 2.0 body: "schema": "2.0" makes the 1.0 parts errors of a 2.0 card.
  const text = pretty({ elements: [], body: { elements: [{ tag: 'action', actions: [] }] } });
  assert.ok(titles('schema-missing', text).includes('Add "schema": "2.0"'));
});

test('past 256 KB the rules fixes are offered unchecked; the wrap still keeps the depth limit itself', () => {
  assert.deepEqual(titles('unknown-tag', card([padding, { tag: 'hrr', content: 'x' }])), [
    'Change the tag to `hr`',
  ]);
  const link = { type: 'open_url', default_url: 'https://e.com' };
  const deep = (n: number, inner: unknown): unknown =>
    n === 0 ? inner : { tag: 'collapsible_panel', elements: [deep(n - 1, inner)] };
  assert.deepEqual(
    titles('open-url-unsupported', card([padding, deep(5, { tag: 'input', name: 'q', behaviors: [link] })])),
    ['Remove the link behavior'],
  );
  assert.deepEqual(
    titles('open-url-unsupported', card([padding, deep(3, { tag: 'input', name: 'q', behaviors: [link] })])),
    ['Wrap in an interactive container that opens this link', 'Remove the link behavior'],
  );
});

test('a card inside a JSON string gets no fixes: they would need re-escaping', () => {
  const inner = JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'hrr' }] } });
  const text = pretty({ msg_type: 'interactive', content: inner });
  assert.deepEqual(titles('unknown-tag', text), []);
  assert.deepEqual(fixAll(text), []);
  assert.deepEqual(titles('unknown-tag', inner), ['Change the tag to `hr`']);
});

test('fix-all stops after maxRounds; each round builds on the one before', () => {
  // Round 1 sets the schema; only then is the card 2.0 and `update_multi: false` a problem to remove.
  const text = pretty({ schema: '1.0', config: { update_multi: false }, body: { elements: [] } });
  const after = (rounds?: number) => JSON.parse(applyEdits(text, fixAll(text, {}, rounds)));
  assert.deepEqual(after(1).config, { update_multi: false });
  assert.equal(after(1).schema, '2.0');
  assert.deepEqual(after(2), { schema: '2.0', config: {}, body: { elements: [] } });
  assert.deepEqual(after(), after(2));
  assert.deepEqual(fixAll(text, {}, 0), []);
});

test('fix-all applies only one of two overlapping fixes per round, and the other in the next', () => {
  const links = ['https://a.com', 'https://b.com'].map((url) => ({ type: 'open_url', default_url: url }));
  const text = card([{ tag: 'checker', text: pt('x'), behaviors: links }]);
  const once = JSON.parse(applyEdits(text, fixAll(text, {}, 1)));
  assert.deepEqual(once.body.elements[0].behaviors, [links[1]]);
  const done = applyEdits(text, fixAll(text));
  assert.deepEqual(JSON.parse(done).body.elements[0].behaviors ?? [], []);
  assert.deepEqual(lintText(done).findings, []);
});

test('a rule without fixes, or a finding of no known rule, gets none, and nothing is logged', () => {
  const B = { tag: 'button', type: 'text' };
  const text = card([{ tag: 'checker', button_area: { buttons: [B, B, B, B] } }]);
  const { card: parsed, findings } = lintText(text);
  const finding = findings.find((f) => f.ruleId === 'checker-too-many-buttons');
  assert.ok(finding);
  noRuleFails(() => {
    assert.deepEqual(fixesFor(finding, parsed, text), []);
    assert.deepEqual(fixesFor({ ...finding, ruleId: 'no-such-rule' }, parsed, text), []);
  });
});

test('fix titles follow the locale, given bare or in the options; English by default', () => {
  const text = card([{ tag: 'hrr' }]);
  const { card: parsed, findings } = lintText(text);
  const finding = findings.find((f) => f.ruleId === 'unknown-tag')!;
  const titlesIn = (options?: Parameters<typeof fixesFor>[3]) =>
    fixesFor(finding, parsed, text, options).map((f) => f.title);
  assert.deepEqual(titlesIn(), ['Change the tag to `hr`']);
  assert.deepEqual(titlesIn('en'), ['Change the tag to `hr`']);
  const zh = titlesIn('zh');
  assert.equal(zh.length, 1);
  assert.match(zh[0], /[\u4e00-\u9fff]/);
  assert.deepEqual(titlesIn({ locale: 'zh' }), zh);
});

test('fixes are checked up to exactly 256 KB', () => {
  const at = (size: number) => {
    const base = card([
      { tag: 'markdown', content: '' },
      { tag: 'hrr', content: 'x' },
    ]);
    const text = card([
      { tag: 'markdown', content: 'x'.repeat(size - base.length) },
      { tag: 'hrr', content: 'x' },
    ]);
    assert.equal(text.length, size);
    return titles('unknown-tag', text);
  };
  assert.deepEqual(at(256 * 1024), []);
  assert.deepEqual(at(256 * 1024 + 1), ['Change the tag to `hr`']);
});

test('a fix is not offered when its result would be over the size guard, since nothing would check it', () => {
  const text = card([{ tag: 'form', name: 'f', elements: [{ tag: 'input', name: 'q' }] }]);
  const offered = (maxSize: number) => {
    const { card: parsed, findings } = lintText(text, { maxSize });
    const finding = findings.find((f) => f.ruleId === 'form-no-submit');
    assert.ok(finding);
    return fixesFor(finding, parsed, text, { maxSize }).map((f) => f.title);
  };
  assert.deepEqual(offered(text.length + 10_000), ['Add a submit button to the form']);
  assert.deepEqual(offered(text.length + 10), []);
});

test('the promise of a fix: the finding is gone, no rule gains an error, and the result is analysed', () => {
  const v2 = (elements: unknown[]) => lintText(card(elements));
  const two = v2([{ tag: 'hrr' }, { tag: 'zzqx' }]);
  const keeps = (after: ReturnType<typeof lintText>, ruleId = 'unknown-tag', before = two) =>
    keepsPromise(ruleId, before, after);
  assert.equal(keeps(v2([{ tag: 'hr' }, { tag: 'zzqx' }])), true);
  assert.equal(keeps(v2([{ tag: 'hr' }, { tag: 'hr' }])), true);
  // As many findings of the rule as before: the fix did not fix; one more error of another rule: it broke.
  assert.equal(keeps(v2([{ tag: 'zzqx' }, { tag: 'hrr' }])), false);
  assert.equal(keeps(v2([{ tag: 'hr' }, { tag: 'zzqx' }, { tag: 'hr', content: 'x' }])), false);
  // The same number of errors, or a new finding that is no error (a plain http link), are no harm.
  const link = { type: 'open_url', default_url: 'http://e.com' };
  const hint = v2([{ tag: 'hr' }, { tag: 'zzqx' }, { tag: 'button', text: pt('x'), behaviors: [link] }]);
  assert.deepEqual(
    hint.findings.map((f) => `${f.ruleId} ${f.severity}`),
    ['unknown-tag error', 'url-insecure hint'],
  );
  assert.equal(keeps(hint), true);
  const required = v2([{ tag: 'hr', content: 'x' }]);
  assert.equal(keeps(v2([{ tag: 'hr', text: 'x' }]), 'no-finding-before', required), true);
  // A rule that did not fire before (one turned on only in the settings) need not lose anything.
  assert.equal(keeps(two, 'form-no-submit'), true);
  assert.equal(keeps(v2([{ tag: 'zzqx' }, { tag: 'hrr' }, { tag: 'hrr' }]), 'form-no-submit'), false);
});

test('the promise of a fix that changes the card kind: only the finding counts, but the result must parse', () => {
  const v1 = lintText(pretty({ elements: [{ tag: 'hrr' }] }));
  // `"schema": "2.0"` added: the root `elements` are now an error of a 2.0 card, there all along.
  const asV2 = (body: unknown[]) =>
    lintText(pretty({ schema: '2.0', elements: [{ tag: 'hr' }], body: { elements: body } }));
  assert.ok(asV2([]).findings.some((f) => f.severity === 'error'));
  assert.equal(keepsPromise('unknown-tag', v1, asV2([])), true);
  assert.equal(keepsPromise('unknown-tag', v1, asV2([{ tag: 'hrr' }])), false);
  // A result that does not parse, or is over the size guard, is no card to speak of, whatever its kind.
  const broken = lintText('{"schema":"2.0","body":{"elements":[');
  assert.equal(broken.card.kind, 'v2');
  assert.equal(keepsPromise('unknown-tag', v1, broken), false);
  // Over the size guard with no finding at all (JSON that is no card: a 1.0 card there gets card-too-large),
  // so the finding is gone and no error was added, yet the result is refused.
  const tooLarge = lintText(pretty({ hello: [{ tag: 'hr' }] }), { maxSize: 10 });
  assert.ok(tooLarge.card.skipped);
  assert.deepEqual(tooLarge.findings, []);
  assert.equal(keepsPromise('unknown-tag', v1, tooLarge), false);
});

test('one round of fix-all takes the fixes whose edits neither overlap nor touch those taken before', () => {
  const edit = (offset: number, length: number, newText = 'x') => ({ offset, length, newText });
  assert.deepEqual(compatibleEdits([[edit(0, 2)], [edit(4, 1)], [edit(6, 0)]]), [
    edit(0, 2),
    edit(4, 1),
    edit(6, 0),
  ]);
  assert.deepEqual(compatibleEdits([[edit(5, 1)], [edit(0, 2)]]), [edit(5, 1), edit(0, 2)]);
  // Overlapping, touching at either end, or two insertions at one place: the later fix waits.
  assert.deepEqual(compatibleEdits([[edit(2, 3)], [edit(4, 2)]]), [edit(2, 3)]);
  assert.deepEqual(compatibleEdits([[edit(2, 3)], [edit(5, 1)]]), [edit(2, 3)]);
  assert.deepEqual(compatibleEdits([[edit(2, 3)], [edit(0, 2)]]), [edit(2, 3)]);
  assert.deepEqual(compatibleEdits([[edit(2, 0)], [edit(2, 0, 'y')]]), [edit(2, 0)]);
  // A fix is taken whole or not at all: one clashing edit keeps its other edits out too.
  assert.deepEqual(compatibleEdits([[edit(2, 1)], [edit(9, 1), edit(3, 0)], []]), [edit(2, 1)]);
});
