// Property-based check of the strict-JSON fast path against jsonc-parser, its reference: for every text,
// parseJsonTree either gives up, or parseTree reports no error and builds the very same tree (types,
// offsets, lengths, colon offsets, values, parent links, key order). And it must not give up on what
// parseTree accepts without an error, unless the text has comments: the fast path has to be taken.
// Texts: the generated and mutated cards of the engine suite, fc.json() texts, and JSON written token by
// token with random whitespace, escapes and number spellings, whole or damaged (a character inserted or
// deleted, a trailing comma). About 5 s for 5,000 texts.
// Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>].
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { parseTree, visit, type ParseError } from 'jsonc-parser';
import { test } from 'node:test';
import { parseJsonTree } from '../../server/src/card/parse/jsonTree';
import { assertSameTree } from '../support/sameTree';
import { maxNestingDepth } from '../../server/src/card/parse/jsonText';
import { documentText, runParameters } from './cards';

/** parseCard only parses documents nested at most this deep (DEFAULT_MAX_DEPTH). */
const CALLER_MAX_DEPTH = 256;

function hasComments(text: string): boolean {
  let found = false;
  visit(text, { onComment: () => (found = true) });
  return found;
}

// --- JSON text, token by token ---------------------------------------------------------------------------

const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\r\n'), maxLength: 3 });

const digits = (min: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: 20 });

/** Every spelling strict JSON allows: sign, zero or not, fraction, exponent in either case and sign. */
const numberText = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', '-'),
      fc.oneof(
        fc.constant('0'),
        fc.tuple(fc.constantFrom(...'123456789'), digits(0)).map(([a, b]) => a + b),
      ),
      fc.option(digits(1).map((d) => '.' + d)),
      fc.option(
        fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digits(1)).map((p) => p.join('')),
      ),
    )
    .map(([sign, int, frac, exp]) => sign + int + (frac ?? '') + (exp ?? '')),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.bigInt().map(String),
);

const hex4 = (code: number, upper: boolean) => {
  const h = code.toString(16).padStart(4, '0');
  return '\\u' + (upper ? h.toUpperCase() : h);
};

/** A string literal mixing raw characters (any that may stand raw), short escapes and \u escapes. */
const stringText = fc
  .array(
    fc.oneof(
      {
        arbitrary: fc
          .string({ unit: 'binary', maxLength: 4 })
          .map((s) => [...s].filter((ch) => ch >= ' ' && ch !== '"' && ch !== '\\').join('')),
        weight: 4,
      },
      { arbitrary: fc.constantFrom('\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t'), weight: 2 },
      {
        arbitrary: fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.boolean()).map(([c, u]) => hex4(c, u)),
        weight: 2,
      },
      { arbitrary: fc.constantFrom('\ud800', '\udfff', '\u2028', '\u007f', '😀', 'é'), weight: 1 },
    ),
    { maxLength: 6 },
  )
  .map((parts) => '"' + parts.join('') + '"');

/** A JSON value written with whitespace drawn around every token. */
const valueText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 5, depthIdentifier: 'value' },
    { arbitrary: numberText, weight: 3 },
    { arbitrary: stringText, weight: 3 },
    { arbitrary: fc.constantFrom('true', 'false', 'null'), weight: 1 },
    {
      arbitrary: fc
        .tuple(
          whitespace,
          fc.array(fc.tuple(whitespace, tie('value'), whitespace), {
            maxLength: 4,
            depthIdentifier: 'value',
          }),
        )
        .map(([empty, items]) => '[' + (items.length ? items.map((p) => p.join('')).join(',') : empty) + ']'),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(
          whitespace,
          fc.array(fc.tuple(whitespace, stringText, whitespace, whitespace, tie('value'), whitespace), {
            maxLength: 4,
            depthIdentifier: 'value',
          }),
        )
        .map(
          ([empty, entries]) =>
            '{' +
            (entries.length
              ? entries.map(([a, k, b, c, v, d]) => a + k + b + ':' + c + v + d).join(',')
              : empty) +
            '}',
        ),
      weight: 2,
    },
  ),
})).value;

const jsonText = fc.tuple(whitespace, valueText, whitespace).map((p) => p.join(''));

/** Where to damage a text: anywhere, or next to a bracket, comma, colon or quote (the nth one). */
function damageAt(text: string, at: number, nearToken: boolean): number {
  const tokens = [...text.matchAll(/[{}[\]",:]/g)].map((m) => m.index);
  return nearToken && tokens.length ? tokens[at % tokens.length] : at % (text.length + 1);
}

/**
 * Damaged JSON: one character inserted or deleted, or a comma put before a closing bracket. Mostly what
 * breaks JSON, sometimes what keeps it valid (a space inserted, a digit deleted from a number...).
 */
const damagedJsonText = fc.oneof(
  fc
    .tuple(
      jsonText,
      fc.nat(),
      fc.boolean(),
      fc.constantFrom(...'{}[]",:/*\\-+.0e1 \t\n\r\f\u000b\u00a0\ufeff\u0000xtnu'),
    )
    .map(([text, at, nearToken, insert]) => {
      const i = damageAt(text, at, nearToken);
      return text.slice(0, i) + insert + text.slice(i);
    }),
  fc.tuple(jsonText, fc.nat(), fc.boolean()).map(([text, at, nearToken]) => {
    const i = damageAt(text, at, nearToken);
    return text.slice(0, i) + text.slice(i + 1);
  }),
  fc.tuple(jsonText, fc.nat()).map(([text, at]) => {
    const closing = [...text.matchAll(/[\]}]/g)].map((m) => m.index);
    const i = closing.length ? closing[at % closing.length] : 0;
    return text.slice(0, i) + ',' + text.slice(i);
  }),
);

/** fc.json() values, written by JSON.stringify with any indent. */
const stringifiedJson = fc
  .tuple(fc.jsonValue(), fc.constantFrom<string | number | undefined>(undefined, 0, 1, 2, '\t', ' \r\n'))
  .map(([value, indent]) => JSON.stringify(value, null, indent));

const anyText = fc.oneof(
  { arbitrary: documentText, weight: 3 },
  { arbitrary: fc.json(), weight: 2 },
  { arbitrary: stringifiedJson, weight: 2 },
  { arbitrary: jsonText, weight: 4 },
  { arbitrary: damagedJsonText, weight: 4 },
);

// --- the property ----------------------------------------------------------------------------------------

test('jsonTree: the fast path builds parseTree’s tree on strict JSON, gives up on anything else', () => {
  let fast = 0;
  let total = 0;
  fc.assert(
    fc.property(anyText, (text) => {
      total++;
      const tree = parseJsonTree(text); // must not throw, whatever the text
      // parseCard never parses deeper documents (and parseTree itself might run out of stack on them).
      if (maxNestingDepth(text) > CALLER_MAX_DEPTH) return;
      const errors: ParseError[] = [];
      const expected = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
      if (tree === undefined) {
        assert.ok(errors.length > 0 || hasComments(text), 'gave up on JSON that parseTree accepts');
        return;
      }
      fast++;
      assert.deepEqual(errors, [], 'took the fast path on text parseTree reports errors in');
      assert.ok(expected, 'parseTree found no value');
      assertSameTree(tree, expected);
    }),
    runParameters(5_000),
  );
  console.log(`${total} texts; the fast path built ${fast} trees`);
  // The generators must keep producing valid JSON, or the property above says little.
  if (!process.env.FUZZ_PATH) assert.ok(fast >= total / 4, `only ${fast} of ${total} texts were strict JSON`);
});
