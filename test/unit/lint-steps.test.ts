// The language server takes the lint in steps (lintSteps in card/lint/engine.ts) and may pause between
// them: the findings must be exactly lintCard's, wherever the pauses fall, and the walk over the components
// must give the host places to pause too, not only the whole-card checks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintCard, lintSteps, parseCard } from '../../server/src/card';
import { allRules } from '../../server/src/card/lint/rules';

function card(components: number): string {
  const elements: unknown[] = [];
  for (let i = 0; i < components; i++)
    elements.push(
      i % 97 === 0
        ? { tag: 'button', text: { tag: 'plain_text', content: 'Go' }, behaviors: [{ type: 'open_url' }] }
        : { tag: 'markdown', element_id: i % 50 === 0 ? 'same' : `m${i}`, content: `row ${i}` },
    );
  return JSON.stringify({ schema: '2.0', body: { elements } }, null, 2);
}

function drain(steps: Generator<void, unknown, void>): { value: unknown; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}

test('the findings of the steps are those of lintCard, on small and large cards', () => {
  for (const size of [0, 3, 300, 2000]) {
    const text = card(size);
    const expected = lintCard(parseCard(text), { locale: 'zh' });
    const { value } = drain(lintSteps(parseCard(text), { locale: 'zh' }));
    assert.deepEqual(value, expected, `${size} components`);
    if (size >= 300) assert.ok(expected.length > 0, 'the card has problems to find');
  }
});

test('the lint pauses inside the walk too, after each rule that visits components or properties', () => {
  const text = card(2000);
  const visitors = allRules.filter((rule) => rule.component || rule.property);
  const off = Object.fromEntries(visitors.map((rule) => [rule.id, 'off' as const]));
  const all = drain(lintSteps(parseCard(text))).pauses;
  const checksOnly = drain(lintSteps(parseCard(text), { severities: off })).pauses;
  // Not every visitor applies to this card, but most of the registry's visitors do.
  assert.ok(visitors.length >= 10);
  assert.ok(all >= checksOnly + visitors.length / 2, `${all} pauses, ${checksOnly} without the visitors`);
});

test('a JSON array: the same findings as lintCard', () => {
  assert.deepEqual(drain(lintSteps(parseCard('[1, 2]'))).value, lintCard(parseCard('[1, 2]')));
});
