// Hostile inputs of issue 14 as properties: callback answers nested up to 20,000 levels (objects, arrays,
// strings holding JSON) must be read without an exception and turn into an answer that can itself be sent
// to the page and stays small; card files whose content is no JSON object (nothing, text, scalars, arrays,
// random bytes decoded as the CLI decodes them) must get exactly one clear finding, never a clean bill.
// Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>] (see README.md).
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interpretAnswer } from '../../server/src/card/interaction/answer';
import { parseTree } from 'jsonc-parser';
import { lintText } from '../../server/src/card/lint/engine';
import { MAX_PRETTY_CHARS } from '../../server/src/card/parse/jsonValue';
import { decodeText } from '../../server/src/host/readText';
import { runParameters } from './cards';

/** A JSON text nested `depth` levels, alternating objects and arrays as the generator chooses. */
const nestedText = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }))
  .map(([depth, pattern]) => {
    let open = '';
    let close = '';
    for (let i = 0; i < depth; i++) {
      const object = pattern[i % pattern.length];
      open += object ? '{"a":' : '[';
      close = (object ? '}' : ']') + close;
    }
    return open + '1' + close;
  });

/** Where the deep value sits in the answer. */
const deepAnswer = fc.tuple(nestedText, fc.integer({ min: 0, max: 4 })).map(([inner, where]) => {
  switch (where) {
    case 0:
      return `{"card":{"type":"raw","data":{"schema":"2.0","body":${inner}}}}`;
    case 1:
      return `{"card":{"type":"raw","data":${JSON.stringify(`{"schema":"2.0","x":${inner}}`)}}}`;
    case 2:
      return `{"card":{"type":"template","data":{"template_id":"t","template_variable":${inner}}}}`;
    case 3:
      return `{"toast":{"type":"info","content":"x","extra":${inner}}}`;
    default:
      return inner;
  }
});

test('deep callback answers: no exception, a printable answer, no blow-up in size', () => {
  fc.assert(
    fc.property(deepAnswer, fc.constantFrom<'v1' | 'v2'>('v1', 'v2'), (raw, schema) => {
      const answer = interpretAnswer(
        { status: 200, ms: 1, body: JSON.parse(raw), rawBody: raw },
        'en',
        schema,
      );
      // The page gets the answer as JSON: it must serialise, and indentation must not multiply it without
      // bound (a 10 KB answer nested 1,000 levels used to become 8 MB): at most the pretty-print budget.
      const sent = JSON.stringify({ type: 'answer', id: '1', answer });
      const bound = 20 * raw.length + 2 * MAX_PRETTY_CHARS;
      assert.ok(sent.length < bound, `${sent.length} characters for ${raw.length}`);
    }),
    runParameters(300),
  );
});

/** Contents of a `*.card.json` that are not a JSON object. */
const notObject = fc.oneof(
  fc.constantFrom('', ' ', '\n\n', '\ufeff', '[]', '}', 'null', 'true', '0', '"{}"', 'hello world'),
  fc.json().filter((text) => !text.trimStart().startsWith('{')),
  fc.string({ maxLength: 200 }).filter((text) => !text.trimStart().startsWith('{')),
);

test('a card file whose content is not a JSON object never lints clean: card-not-object says why', () => {
  fc.assert(
    fc.property(notObject, (text) => {
      const { findings } = lintText(text, { forceCard: true });
      const errors = findings.filter((f) => f.severity === 'error');
      const ids = `${JSON.stringify(text)}: ${findings.map((f) => f.ruleId).join(', ') || 'no findings'}`;
      assert.ok(errors.length > 0, ids);
      // Text that jsonc-parser recovers into an object (";{") is broken JSON: its syntax errors say so.
      const root = parseTree(text.replace(/^\ufeff/, ' '));
      if (root?.type !== 'object')
        assert.ok(
          errors.some((f) => f.ruleId === 'card-not-object'),
          ids,
        );
    }),
    runParameters(2000),
  );
});

test('random bytes as a card file: decoded or refused in one sentence, never a clean lint', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const read = decodeText(bytes);
      if (!read.ok) {
        assert.equal(read.kind, 'encoding');
        assert.ok(!read.message.includes('\n') && read.message.length < 200, read.message);
        return;
      }
      const { findings } = lintText(read.text, { forceCard: true });
      const text = read.text.replace(/^\ufeff/, '').trimStart();
      if (!text.startsWith('{'))
        assert.ok(
          findings.some((f) => f.severity === 'error'),
          `${JSON.stringify(read.text)} linted clean`,
        );
    }),
    runParameters(2000),
  );
});
