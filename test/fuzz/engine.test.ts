// Property-based fuzzing of the pure engine: 10,000 generated and mutated documents per run go through
// parseCard, lintText and fixAll. None may throw, hang, report a range outside the document, or make a
// rule fail (the engine swallows rule exceptions for the server's sake, so we watch console.error here).
// Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>] (see README.md).
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { parseTree, type ParseError } from 'jsonc-parser';
import { test } from 'node:test';
import { applyEdits } from '../../server/src/card/edits';
import { lintText } from '../../server/src/card/engine';
import { fixAll } from '../../server/src/card/fixes';
import { parseCard, type ParseOptions } from '../../server/src/card/parse';
import type { LintOptions } from '../../server/src/card/rules/types';
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

/** Parse, lint and fix-all one document, checking what must hold whatever the input. */
function check(text: string, options: LintOptions & ParseOptions): { ms: number; errors: string[] } {
  const started = performance.now();
  const { errors } = watchConsoleErrors(() => {
    const card = parseCard(text, options);
    assert.ok(card.text.length <= text.length);
    const { findings } = lintText(text, options);
    assertInside(text, findings);
    const edits = fixAll(text, options);
    assertInside(
      text,
      edits.map((e) => ({ start: e.offset, end: e.offset + e.length, ruleId: 'fix-all' })),
    );
    assert.equal(typeof applyEdits(text, edits), 'string');
  });
  return { ms: performance.now() - started, errors };
}

test('engine: parse, lint and fix-all survive generated and mutated cards', () => {
  // The first analyses compile the schema validator and warm the JIT; they are not what the budget is about.
  for (const text of fc.sample(documentText, { numRuns: 50, seed: 1 })) check(text, { forceCard: true });
  let documents = 0;
  fc.assert(
    fc.property(documentText, lintOptions, (text, options) => {
      documents++;
      let { ms, errors } = check(text, options);
      // Two shared cores make single timings noisy: only a document that is slow twice is a failure.
      if (ms >= BUDGET_MS) ms = Math.min(ms, check(text, options).ms);
      if (ms > slowest.ms) slowest = { ms, length: text.length };
      // A rule that throws loses its findings silently: that is a bug even though the server survives it.
      // Failing quick fixes are checked by the fix-quality property below.
      errors = errors.filter((e) => !/: fix for [\w-]+ failed/.test(e));
      assert.deepEqual(errors, [], 'a rule threw');
      assert.ok(ms < BUDGET_MS, `took ${Math.round(ms)} ms for ${text.length} characters`);
    }),
    runParameters(10_000),
  );
  console.log(`${documents} documents; slowest ${Math.round(slowest.ms)} ms (${slowest.length} characters)`);
  if (!process.env.FUZZ_PATH) assert.ok(documents >= Number(process.env.FUZZ_RUNS ?? 10_000));
});

// Quick-fix quality (issue 6): fix-all never breaks valid JSON, never throws inside a fix, and a second
// fix-all changes nothing. Known failures in the rules' fixes are reported to their owners; until they are
// fixed this runs as a todo, so it reports without turning the suite red. Remove `todo` once it passes.
test(
  'engine: fix-all keeps JSON valid, no fix throws, and a second fix-all is a no-op',
  { todo: 'known: audio-forward fix on a non-object config; element-id-duplicate with 11+ copies' },
  () => {
    fc.assert(
      fc.property(documentText, lintOptions, (text, options) => {
        const { errors, value: fixed } = watchConsoleErrors(() => applyEdits(text, fixAll(text, options)));
        assert.deepEqual(errors, [], 'a fix threw');
        if (fixed === text) return;
        const before: ParseError[] = [];
        const after: ParseError[] = [];
        parseTree(text.replace(/^\ufeff/, ''), before);
        parseTree(fixed.replace(/^\ufeff/, ''), after);
        if (before.length === 0) assert.deepEqual(after, [], 'fix-all broke valid JSON');
        assert.deepEqual(fixAll(fixed, options), [], 'a second fix-all still changes the text');
      }),
      // Bounded, shrinking included: while the known failures stand, this must not dominate the suite.
      { ...runParameters(Number(process.env.FUZZ_FIX_RUNS ?? 1000)), interruptAfterTimeLimit: 20_000 },
    );
  },
);
