// The card size rule counts a card's compact JSON without building it (parse/jsonText.ts
// `compactJsonBytes`): for any value JSON.parse can give, the count must be the UTF-8 length of
// JSON.stringify's text. Values: fast-check's JSON values with strings of arbitrary UTF-16 code units (lone
// surrogates, control characters, quotes, backslashes, non-ASCII), numbers of every kind, and the edge values
// an overflowing or negative-zero literal parses to. About 1 s.
// Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>].
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactJsonBytes, utf8Length } from '../../server/src/card/parse/jsonText';
import { runParameters } from './cards';

const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
const text = fc.oneof(
  fc.string(),
  codeUnits,
  fc.constantFrom('', '"', '\\', '\u2028', '😀', '\ud800', 'é\n'),
);
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, 1e-7, 2 ** 53 + 2));

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(text, tie('value'), { maxKeys: 5 }),
  ),
}));

test('compactJsonBytes is the UTF-8 length of JSON.stringify, for any parsed value', () => {
  fc.assert(
    fc.property(value, (v) => {
      // Through JSON.parse, as the card's value comes: NaN and the infinities have become null there.
      const parsed: unknown = JSON.parse(JSON.stringify(v));
      assert.equal(compactJsonBytes(parsed), utf8Length(JSON.stringify(parsed)));
    }),
    runParameters(3_000),
  );
});

test('overflowing and negative-zero literals, and the objects a broken tree gives', () => {
  for (const literal of ['1e400', '-1e400', '-0', '[1e400, -0, 0.1]', '{"a": -0}']) {
    const parsed: unknown = JSON.parse(literal);
    assert.equal(compactJsonBytes(parsed), utf8Length(JSON.stringify(parsed)), literal);
  }
  // A key without a value (a card being typed) is left out, as JSON.stringify leaves out undefined.
  const typed = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: undefined });
  assert.equal(compactJsonBytes(typed), JSON.stringify(typed).length);
  assert.equal(compactJsonBytes([undefined, 1]), JSON.stringify([undefined, 1]).length);
});
