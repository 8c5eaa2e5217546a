// The engine's one walk (lint/walk.ts) as rules see it: which components and property pairs reach a rule's
// visitor, in which order, and what a throwing visitor stops. Rules here are test doubles that record.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCard } from '../../server/src/card/parse/parse';
import type { PropertyEntry, Rule, RuleContext } from '../../server/src/card/lint/types';
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

test('a property visitor gets the values of its keys anywhere in the card, not text that looks like one', () => {
  const entryOf = ({ key, value, path }: PropertyEntry) =>
    `${path.join('.')}:${key}=${JSON.stringify(value)}`;
  const seen: string[] = [];
  const visitor = {
    properties: ['img_key', 'alt'],
    property: (entry: PropertyEntry) => seen.push(entryOf(entry)),
  };
  walk(card, [recorder(visitor, [])]);
  assert.deepEqual(seen, [
    'header.icon.img_key:img_key="h"',
    'body.elements.2.columns.0.elements.0.img_key:img_key="x"',
    'body.elements.2.columns.0.elements.0.alt:alt={}',
  ]);
  // A key spelled with escapes, comments and a repeated key: each object's key once, with its last value
  // (as JSON.parse and the platform read it).
  seen.length = 0;
  walk('{"schema":"2.0", /* "img_key": 1 */ "header":{"img\\u005fkey":"e","img_key":"f","img_key":"g"}}', [
    recorder(visitor, []),
  ]);
  assert.deepEqual(seen, ['header.img_key:img_key="g"']);
  seen.length = 0;
  walk('{"schema":"2.0", /* "img_key": 1 */ "header":{"x":"\\"img_key\\"","img_key":"g"}}', [
    recorder(visitor, []),
  ]);
  assert.deepEqual(seen, ['header.img_key:img_key="g"']);
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

test('the key text found as a value, an array item or a comment after a key is no property; they come in card order', () => {
  const seen: string[] = [];
  const visitor = {
    properties: ['img_key', 'alt'],
    property: ({ path }: PropertyEntry) => seen.push(path.join('.')),
  };
  // No `\u` anywhere: the text search finds the keys, then the value is walked. `alt` comes before
  // `img_key` in the card, though listed after.
  const text = [
    '// "alt" before the card',
    '{"schema":"2.0","body":{"elements":[',
    '{"tag":"img","alt":{},"img_key":/* "img_key" */"alt","x":{},"y":["img_key"],"z":"img_key"}',
    ']}} // "img_key" after it',
  ].join('\n');
  walk(text, [recorder(visitor, [])]);
  assert.deepEqual(seen, ['body.elements.0.alt', 'body.elements.0.img_key']);
  // The same card with an escape somewhere: the walk finds the same.
  seen.length = 0;
  const escaped = text.replace('"x":{}', '"x":"\\u0041"').replace('"y":["img_key"]', '"y":["alt",[]]');
  walk(escaped, [recorder(visitor, [])]);
  assert.deepEqual(seen, ['body.elements.0.alt', 'body.elements.0.img_key']);
  // None of the keys in the text: nothing to walk, nothing found.
  seen.length = 0;
  walk('{"schema":"2.0","body":{"elements":[{"tag":"img","src":"x"}]}}', [recorder(visitor, [])]);
  assert.deepEqual(seen, []);
});
