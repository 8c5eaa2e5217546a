// Property-based fuzzing of the pure engine: 10,000 generated and mutated documents per run go through
// parseCard, lintText and fixAll. None may throw, hang, report a range outside the document, or make a
// rule fail (the engine swallows rule exceptions for the server's sake, so we watch console.error here).
// Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>] (see README.md).
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { parseTree, type ParseError } from 'jsonc-parser';
import { test } from 'node:test';
import { applyEdits } from '../../server/src/card/edit/jsonEdits';
import { lintText } from '../../server/src/card/lint/engine';
import { fixAll, fixesFor } from '../../server/src/card/lint/fixes';
import { parseCard, type ParseOptions } from '../../server/src/card/parse/parse';
import type { LintOptions } from '../../server/src/card/lint/types';
import { documentText, lintOptions, runParameters } from './cards';
import { watchConsoleErrors } from '../support/consoleErrors';

/**
 * Per document: a hang detector, not a speed target (speed is `npm run bench`'s job). The slowest generated
 * documents take ~0.1-0.7 s here; only something pathological (a loop, a quadratic blow-up) comes near this
 * on a loaded two-core CI machine running the browser suites beside it.
 */
const BUDGET_MS = 10_000;

/** Captures what the engine logs when a rule or a fix throws, so the property can fail on it. */

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
// fix-all changes nothing; every fix offered for a finding keeps valid JSON valid, removes a finding of its
// rule, adds no error, and leaves the text outside its edit alone (on a one-line card it adds no line break:
// a fix must not re-format the file around it).
test('engine: fix-all keeps JSON valid, no fix throws, and a second fix-all is a no-op', () => {
  fc.assert(
    fc.property(documentText, lintOptions, (text, options) => {
      const { errors, value: fixed } = watchConsoleErrors(() => applyEdits(text, fixAll(text, options)));
      assert.deepEqual(errors, [], 'a fix threw');
      if (fixed !== text) {
        if (parseErrors(text).length === 0)
          assert.deepEqual(parseErrors(fixed), [], 'fix-all broke valid JSON');
        assert.deepEqual(fixAll(fixed, options), [], 'a second fix-all still changes the text');
      }
      checkOfferedFixes(text, options);
    }),
    { ...runParameters(Number(process.env.FUZZ_FIX_RUNS ?? 1000)), interruptAfterTimeLimit: 120_000 },
  );
});

function parseErrors(text: string): ParseError[] {
  const errors: ParseError[] = [];
  parseTree(text.replace(/^\ufeff/, ''), errors);
  return errors;
}

function errorCounts(findings: { ruleId: string; severity: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

/** Applies each fix offered for each finding of a valid document on its own and checks what it promises. */
function checkOfferedFixes(text: string, options: LintOptions & ParseOptions): void {
  const { value: offered, errors } = watchConsoleErrors(() => {
    const { card, findings } = lintText(text, options);
    // Rules (and so fixes) run only on a card that parses; a deep or broken one gets no fixes to check.
    if (card.skipped || card.syntaxErrors.length > 0 || card.fileSyntaxErrors?.length) return [];
    return findings.map((finding) => ({
      finding,
      findings,
      fixes: fixesFor(finding, card, text, options),
    }));
  });
  assert.deepEqual(errors, [], 'a fix threw');
  const oneLine = !/[\r\n]/.test(text);
  for (const { finding, findings, fixes } of offered) {
    for (const fix of fixes) {
      const label = `${finding.ruleId} "${fix.title}"`;
      assertInside(
        text,
        fix.edits.map((e) => ({ start: e.offset, end: e.offset + e.length, ruleId: label })),
      );
      const after = applyEdits(text, fix.edits);
      assert.deepEqual(parseErrors(after), [], `${label} broke valid JSON:\n${after}`);
      const start = Math.min(...fix.edits.map((e) => e.offset));
      const end = Math.max(...fix.edits.map((e) => e.offset + e.length));
      assert.equal(after.slice(0, start), text.slice(0, start), `${label} changed text before its edit`);
      assert.equal(
        after.slice(after.length - (text.length - end)),
        text.slice(end),
        `${label} changed text after its edit`,
      );
      if (oneLine) {
        assert.ok(!fix.edits.some((e) => /[\r\n]/.test(e.newText)), `${label} re-formatted a one-line card`);
      }
      const relinted = lintText(after, options).findings;
      const mine = (list: { ruleId: string }[]) => list.filter((f) => f.ruleId === finding.ruleId).length;
      assert.ok(mine(relinted) < mine(findings), `${label} left its finding:\n${after}`);
      // Adding `"schema": "2.0"` makes the 2.0 rules look at the card: what they find was there before.
      if (parseCard(after, options).kind !== parseCard(text, options).kind) continue;
      const was = errorCounts(findings);
      for (const [id, count] of errorCounts(relinted)) {
        assert.ok(count <= (was.get(id) ?? 0), `${label} introduced ${id}:\n${after}`);
      }
    }
  }
}
