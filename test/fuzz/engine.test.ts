// Property-based fuzzing of the pure engine: 10,000 generated and mutated documents per run go through
// parseCard, lintText and fixAll. None may throw, hang, report a range outside the document, or make a
// rule fail (the engine swallows rule exceptions for the server's sake, so we watch console.error here).
// Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>] (see README.md).
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../server/src/card/edits';
import { lintText } from '../../server/src/card/engine';
import { fixAll } from '../../server/src/card/fixes';
import { parseCard } from '../../server/src/card/parse';
import { documentText, lintOptions, runParameters } from './cards';

/** Per document; generous because two shared cores also run the other suites. */
const BUDGET_MS = 2000;

/** Captures what the engine logs when a rule or a fix throws, so the property can fail on it. */
function watchConsoleErrors<T>(run: () => T): { value: T; errors: string[] } {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  try {
    return { value: run(), errors };
  } finally {
    console.error = original;
  }
}

function assertInside(text: string, ranges: { start: number; end: number; ruleId?: string }[]): void {
  for (const r of ranges) {
    assert.ok(
      Number.isInteger(r.start) &&
        Number.isInteger(r.end) &&
        0 <= r.start &&
        r.start <= r.end &&
        r.end <= text.length,
      `range ${r.start}-${r.end} (${r.ruleId}) outside a document of ${text.length} characters`,
    );
  }
}

let slowest = { ms: 0, length: 0 };

test('engine: parse, lint and fix-all survive generated and mutated cards', () => {
  let documents = 0;
  fc.assert(
    fc.property(documentText, lintOptions, (text, options) => {
      documents++;
      const started = performance.now();
      const { errors, value } = watchConsoleErrors(() => {
        const card = parseCard(text, options);
        assert.equal(card.text.length <= text.length, true);
        const { findings } = lintText(text, options);
        assertInside(text, findings);
        const edits = fixAll(text, options);
        assertInside(
          text,
          edits.map((e) => ({ start: e.offset, end: e.offset + e.length, ruleId: 'fix-all' })),
        );
        return applyEdits(text, edits);
      });
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, length: text.length };
      assert.deepEqual(errors, [], 'a rule or fix threw');
      assert.ok(ms < BUDGET_MS, `took ${Math.round(ms)} ms for ${text.length} characters`);
      assert.equal(typeof value, 'string');
    }),
    runParameters(10_000),
  );
  console.log(`${documents} documents; slowest ${Math.round(slowest.ms)} ms (${slowest.length} characters)`);
  if (!process.env.FUZZ_PATH) assert.ok(documents >= Number(process.env.FUZZ_RUNS ?? 10_000));
});
