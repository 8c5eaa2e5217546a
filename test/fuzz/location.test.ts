// locationAt (the completion's "where am I") must agree with jsonc-parser's getLocation on any document,
// broken ones included, at any offset. Replay a failure with FUZZ_SEED=<seed> [FUZZ_PATH=<path>].
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { getLocation } from 'jsonc-parser';
import { test } from 'node:test';
import { locationAt } from '../../server/src/card/features/location';
import { parseCard } from '../../server/src/card/parse/parse';
import { documentText, runParameters } from './cards';

test('location: locationAt agrees with getLocation on generated and mutated documents', () => {
  fc.assert(
    fc.property(
      documentText,
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }),
      (text, at) => {
        const card = parseCard(text, { forceCard: true });
        if (card.skipped) return;
        for (const fraction of at) {
          // Offsets in the card's own text (the decoded string, for a card held as a JSON string).
          const offset = Math.floor(fraction * card.text.length);
          const expected = getLocation(card.text, offset);
          const actual = locationAt(card, offset);
          assert.deepEqual(actual.path, expected.path, `path at ${offset}`);
          assert.equal(actual.isAtPropertyKey, expected.isAtPropertyKey, `isAtPropertyKey at ${offset}`);
          const summary = (n: typeof expected.previousNode) => n && [n.type, n.offset, n.length, n.value];
          assert.deepEqual(
            summary(actual.previousNode),
            summary(expected.previousNode),
            `previousNode at ${offset}`,
          );
        }
      },
    ),
    runParameters(Number(process.env.FUZZ_LOCATION_RUNS ?? 2000)),
  );
});
