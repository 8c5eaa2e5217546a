// collectComponents (server/src/card/parse/components.ts) on its own: parseCard calls it only for a 2.0 or
// 1.0 card, so what it does with a document of any other kind is seen only here. The model of real cards
// (paths, slots, parents, depths, forms) is tested through parseCard in parseCard.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectComponents } from '../../../server/src/card/parse/components';
import { parseCard } from '../../../server/src/card/parse/parse';

test('a document that is no card gets no components, whatever its value holds', () => {
  // A component snippet: `elements` with components in it, but not a card unless the file says so.
  const snippet = parseCard('{"tag":"form","elements":[{"tag":"hr"}],"body":{"elements":[{"tag":"hr"}]}}');
  assert.equal(snippet.kind, 'not-card');
  assert.ok(snippet.cardValue);
  collectComponents(snippet);
  assert.deepEqual(snippet.components, []);
  assert.deepEqual(snippet.topLevel, []);
  // Called as a card, the same value has them.
  const card = parseCard(snippet.text, { forceCard: true });
  assert.deepEqual(
    card.components.map((c) => c.tag),
    ['hr'],
  );
});
