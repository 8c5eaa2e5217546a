// behaviorsOf (lint/rules/utils/behaviors.ts) reads each behavior once; behaviorPath builds an entry's path
// only when a finding asks: it must be the one the entries used to carry (component path, 'behaviors', index).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Place, placeRange } from '../../server/src/card/lint/locate';
import { behaviorPath, behaviorPlace, behaviorsOf } from '../../server/src/card/lint/rules/utils/behaviors';
import { parseCard } from '../../server/src/card/parse/parse';

const card = parseCard(
  JSON.stringify({
    schema: '2.0',
    body: {
      elements: [
        { tag: 'markdown', content: 'x' },
        {
          tag: 'column_set',
          columns: [
            {
              tag: 'column',
              elements: [
                {
                  tag: 'button',
                  behaviors: [
                    { type: 'open_url', default_url: 'https://a.com' },
                    { type: 7 },
                    { type: 'callback', value: {} },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  }),
);

test('each behavior entry: its component, index, type and path below the card root', () => {
  const button = card.components.find((c) => c.tag === 'button')!;
  const entries = behaviorsOf(button);
  assert.deepEqual(
    entries.map((e) => [e.index, e.type, e.value?.type, behaviorPath(e)]),
    [
      [0, 'open_url', 'open_url', ['body', 'elements', 1, 'columns', 0, 'elements', 0, 'behaviors', 0]],
      [1, undefined, 7, ['body', 'elements', 1, 'columns', 0, 'elements', 0, 'behaviors', 1]],
      [2, 'callback', 'callback', ['body', 'elements', 1, 'columns', 0, 'elements', 0, 'behaviors', 2]],
    ],
  );
  assert.ok(entries.every((e) => e.component === button));
  // A new array per call: a finding's data may keep it without seeing another finding's changes.
  assert.notEqual(behaviorPath(entries[0]), behaviorPath(entries[0]));
  assert.equal(behaviorsOf(button), entries);
});

test('a component without behaviors (or with an empty or non-array one) has no entries', () => {
  const markdown = card.components.find((c) => c.tag === 'markdown')!;
  assert.deepEqual(behaviorsOf(markdown), []);
  const odd = parseCard(
    '{"schema":"2.0","body":{"elements":[{"tag":"button","behaviors":{}},{"tag":"button","behaviors":[]}]}}',
  );
  assert.deepEqual(
    odd.components.map((c) => behaviorsOf(c).length),
    [0, 0],
  );
});

test("each entry carries its behavior's plain value, and behaviorPlace names places below it", () => {
  const button = card.components.find((c) => c.tag === 'button')!;
  const entries = behaviorsOf(button);
  const items = button.value.behaviors as unknown[];
  assert.ok(entries.every((e, i) => e.value === items[i]));
  const text = (place: Place) => {
    const range = placeRange(card, place)!;
    return card.text.slice(range.start, range.end);
  };
  assert.deepEqual(behaviorPlace(entries[1], ['type']), {
    path: ['body', 'elements', 1, 'columns', 0, 'elements', 0, 'behaviors', 1, 'type'],
    part: undefined,
  });
  assert.equal(text(behaviorPlace(entries[1], ['type'])), '7');
  assert.equal(text(behaviorPlace(entries[1], ['type'], 'key')), '"type"');
  assert.equal(text(behaviorPlace(entries[2])), '{"type":"callback","value":{}}');
});

test('an item that is no object has an entry without a value or type', () => {
  const odd = parseCard(
    '{"schema":"2.0","body":{"elements":[{"tag":"button","behaviors":[null,"callback"]}]}}',
  );
  assert.deepEqual(
    behaviorsOf(odd.components[0]).map((e) => [e.index, e.value, e.type]),
    [
      [0, undefined, undefined],
      [1, undefined, undefined],
    ],
  );
});
