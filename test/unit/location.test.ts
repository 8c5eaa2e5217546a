// locationAt must say exactly what jsonc-parser's getLocation says, only faster: checked at every offset of
// the example cards, of a wrapped card, and of broken variants (the place completion is asked most).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { getLocation } from 'jsonc-parser';
import { locationAt } from '../../server/src/card/features/location';
import { parseCard } from '../../server/src/card/parse/parse';

function assertSameLocations(text: string, label: string): void {
  const card = parseCard(text, { forceCard: true });
  for (let offset = 0; offset <= text.length; offset++) {
    const expected = getLocation(text, offset);
    const actual = locationAt(card, offset);
    const where = `${label} at ${offset} (${JSON.stringify(text.slice(Math.max(0, offset - 15), offset))}|)`;
    assert.deepEqual(actual.path, expected.path, `path ${where}`);
    assert.equal(actual.isAtPropertyKey, expected.isAtPropertyKey, `isAtPropertyKey ${where}`);
    const summary = (n: typeof expected.previousNode) => n && [n.type, n.offset, n.length, n.value];
    assert.deepEqual(summary(actual.previousNode), summary(expected.previousNode), `previousNode ${where}`);
  }
}

const examples = path.join(__dirname, '..', '..', 'examples');
const exampleFiles = readdirSync(examples, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.json'));

test('locationAt agrees with getLocation at every offset of every example card', () => {
  assert.ok(exampleFiles.length > 0);
  for (const file of exampleFiles) assertSameLocations(readFileSync(path.join(examples, file), 'utf8'), file);
});

test('locationAt agrees with getLocation inside a message wrapper, with root elements before body', () => {
  const card = {
    elements: [{ tag: 'markdown', content: 'legacy place' }],
    schema: '2.0',
    body: {
      elements: [
        { tag: 'column_set', columns: [{ tag: 'column', elements: [{ tag: 'button', behaviors: [] }] }] },
      ],
    },
  };
  assertSameLocations(JSON.stringify({ msg_type: 'interactive', card }, null, 2), 'wrapped');
  assertSameLocations(JSON.stringify(card), 'one line');
});

test('locationAt agrees with getLocation on the half-typed cards completion sees', () => {
  const base = JSON.stringify(
    {
      schema: '2.0',
      body: {
        elements: [
          { tag: 'markdown', content: 'a' },
          {
            tag: 'form',
            name: 'f',
            elements: [
              { tag: 'input', name: 'q' },
              { tag: 'button', behaviors: [] },
            ],
          },
        ],
      },
    },
    null,
    2,
  );
  const variants = [
    base.replace('"behaviors": []', '"behaviors": [{"type": "'),
    base.replace('"behaviors": []', '"behaviors": [{"ty'),
    base.replace('"name": "q"', '"name": "q", '),
    base.replace('"name": "q"', '"name": "q",, "x"'),
    base.replace('{\n          "tag": "markdown"', '{,\n          "tag": "markdown"'),
    base.replace('"content": "a"', '"content": "a" // note\n'),
    base.replace('"tag": "input"', '"tag": "input", "opts": [1,,2]'),
    base.slice(0, base.indexOf('"tag": "button"') + 9),
    // A stray comma before a component: the tree counts array items differently from the scanner.
    base.replace(/("content": "a"\n\s*}),/, '$1,,'),
    // A missing comma: the error is reported at the next component's own brace, which must not anchor the scan.
    base.replace(/("content": "a"\n\s*}),/, '$1'),
  ];
  variants.forEach((text, i) => assertSameLocations(text, `variant ${i}`));
});
