// The engine's one walk (lint/walk.ts) as rules see it: which components and property pairs reach a rule's
// visitor, in which order, and what a throwing visitor stops. Rules here are test doubles that record.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'jsonc-parser';
import { parseCard } from '../../server/src/card/parse/parse';
import type { Rule, RuleContext } from '../../server/src/card/lint/types';
import { walkCard, type Subscriber } from '../../server/src/card/lint/walk';

function recorder(spec: Partial<Rule>, seen: string[]): Subscriber {
  const rule: Rule = {
    id: 'test',
    defaultSeverity: 'info',
    appliesTo: ['v2'],
    docs: '',
    description: { en: '', zh: '' },
    messages: {},
    ...spec,
  };
  if (rule.components || spec.component === undefined) {
    rule.component ??= (component) => seen.push(component.tag ?? '?');
  }
  return { rule, ctx: {} as RuleContext };
}

function walk(text: string, subscribers: Subscriber[]): string[] {
  const failures: string[] = [];
  walkCard(parseCard(text), subscribers, (subscriber, visit) => {
    try {
      visit();
    } catch (error) {
      failures.push((error as Error).message);
    }
  });
  return failures;
}

const card = JSON.stringify({
  schema: '2.0',
  header: { icon: { img_key: 'h' } },
  body: {
    elements: [
      { tag: 'markdown', content: 'a "img_key": in text' },
      { tag: 'button', behaviors: [], confirm: {}, text: { tag: 'plain_text', content: 'b' } },
      { tag: 'column_set', columns: [{ tag: 'column', elements: [{ tag: 'img', img_key: 'x', alt: {} }] }] },
      { tag: 'button', confirm: {} },
    ],
  },
});

test('a rule gets every component, or those of its tags, or those carrying its keys, in document order', () => {
  const all: string[] = [];
  const buttons: string[] = [];
  const keyed: string[] = [];
  const both: string[] = [];
  walk(card, [
    recorder({}, all),
    recorder({ components: { tags: ['button', 'img', 'button'] } }, buttons),
    // A component with two of the keys comes once.
    recorder({ components: { keys: ['behaviors', 'confirm', 'img_key'] } }, keyed),
    recorder({ components: { tags: ['img'], keys: ['img_key', 'confirm'] } }, both),
  ]);
  assert.deepEqual(all, ['markdown', 'button', 'column_set', 'column', 'img', 'button']);
  assert.deepEqual(buttons, ['button', 'img', 'button']);
  assert.deepEqual(keyed, ['button', 'img', 'button']);
  assert.deepEqual(both, ['img']);
});

test('a property visitor gets the pairs of its keys anywhere in the card, not text that looks like one', () => {
  const keyOf = (pair: Node) => `${pair.children![0].value}=${JSON.stringify(pair.children![1].value)}`;
  const seen: string[] = [];
  const visitor = { properties: ['img_key', 'alt'], property: (pair: Node) => seen.push(keyOf(pair)) };
  walk(card, [recorder(visitor, [])]);
  assert.deepEqual(seen, ['img_key="h"', 'img_key="x"', 'alt=undefined']);
  // A key spelled with escapes, comments and a duplicate key: the same pairs as a walk of the whole tree.
  seen.length = 0;
  walk('{"schema":"2.0", /* "img_key": 1 */ "header":{"img\\u005fkey":"e","img_key":"f","img_key":"g"}}', [
    recorder(visitor, []),
  ]);
  assert.deepEqual(seen, ['img_key="e"', 'img_key="f"', 'img_key="g"']);
  seen.length = 0;
  walk('{"schema":"2.0", /* "img_key": 1 */ "header":{"x":"\\"img_key\\"","img_key":"g"}}', [
    recorder(visitor, []),
  ]);
  assert.deepEqual(seen, ['img_key="g"']);
});

test('a visitor that throws stops that rule only, as its own loop would', () => {
  const seen: string[] = [];
  const other: string[] = [];
  let calls = 0;
  const failures = walk(card, [
    recorder(
      {
        component: () => {
          calls++;
          throw new Error('boom');
        },
      },
      seen,
    ),
    recorder({ components: { tags: ['button'] } }, other),
  ]);
  assert.equal(calls, 1);
  assert.deepEqual(failures, ['boom']);
  assert.deepEqual(other, ['button', 'button']);
});

test('the key text found as a value, an array item or a comment after a key is no pair; pairs come in card order', () => {
  const keyOf = (pair: Node) => `${pair.children![0].value}@${pair.offset}`;
  const seen: string[] = [];
  const visitor = { properties: ['img_key', 'alt'], property: (pair: Node) => seen.push(keyOf(pair)) };
  // No `\u` anywhere: the text search path. `alt` comes before `img_key` in the card, though listed after.
  const text = [
    '// "alt" before the card',
    '{"schema":"2.0","body":{"elements":[',
    '{"tag":"img","alt":{},"img_key":/* "img_key" */"alt","x":{},"y":["img_key"],"z":"img_key"}',
    ']}} // "img_key" after it',
  ].join('\n');
  walk(text, [recorder(visitor, [])]);
  const alt = text.indexOf('"alt":{}');
  const imgKey = text.indexOf('"img_key":/*');
  assert.deepEqual(seen, [`alt@${alt}`, `img_key@${imgKey}`]);
  // The same card with an escape somewhere: the whole tree is walked, and finds the same pairs.
  seen.length = 0;
  const escaped = text.replace('"x":{}', '"x":"\\u0041"').replace('"y":["img_key"]', '"y":["alt",[]]');
  walk(escaped, [recorder(visitor, [])]);
  assert.deepEqual(seen, [`alt@${alt}`, `img_key@${imgKey}`]);
});

test('a rule runs once per visitor it has and the keys or tags it names; none without them', () => {
  const runs: string[] = [];
  const subscriber = (id: string, spec: Partial<Rule>): Subscriber => ({
    rule: { ...recorder({}, []).rule, component: undefined, id, ...spec },
    ctx: {} as RuleContext,
  });
  const seen: string[] = [];
  const noop = () => {};
  walkCard(
    parseCard(card),
    [
      subscriber('property, no keys', { property: noop }),
      subscriber('property, empty keys', { property: noop, properties: [] }),
      subscriber('keys, no property visitor', { properties: ['alt'] }),
      subscriber('property', { property: (pair) => seen.push(pair.children![0].value), properties: ['alt'] }),
    ],
    (s, visit) => {
      runs.push(s.rule.id);
      visit();
    },
  );
  assert.deepEqual(runs, ['property']);
  assert.deepEqual(seen, ['alt']);
});

test('one rule by tag and one by key: each gets its own components', () => {
  const byTag: string[] = [];
  const byKey: string[] = [];
  walk(card, [
    recorder({ components: { tags: ['img'] } }, byTag),
    recorder({ components: { keys: ['confirm'] } }, byKey),
  ]);
  assert.deepEqual(byTag, ['img']);
  assert.deepEqual(byKey, ['button', 'button']);
});
