// Cards with «markers» around the exact ranges where a rule must fire: the test reads the expected
// ranges from the markers, strips them, lints the rest, and compares.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/card/lint/engine';
import type { Finding, LintOptions } from '../../server/src/card/lint/types';
import type { ParseOptions } from '../../server/src/card/parse/parse';

export function stripMarkers(marked: string): { text: string; ranges: { start: number; end: number }[] } {
  const ranges: { start: number; end: number }[] = [];
  let text = '';
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === '«') open.push(text.length);
    else if (ch === '»') ranges.push({ start: open.pop()!, end: text.length });
    else text += ch;
  }
  ranges.sort((a, b) => a.start - b.start);
  return { text, ranges };
}

/** Lints a marked card and asserts that `ruleId` fires exactly at the marked ranges (and nowhere else). */
export function expectRule(
  ruleId: string,
  marked: string,
  options: LintOptions & ParseOptions = {},
): Finding[] {
  const { text, ranges } = stripMarkers(marked);
  const findings = noRuleFails(() => lintText(text, options)).findings.filter((f) => f.ruleId === ruleId);
  const actual = findings.map((f) => ({ start: f.start, end: f.end }));
  assert.deepEqual(
    actual,
    ranges,
    `${ruleId} ranges differ.\nactual:   ${actual.map((r) => JSON.stringify(text.slice(r.start, r.end))).join(', ')}\nexpected: ${ranges.map((r) => JSON.stringify(text.slice(r.start, r.end))).join(', ')}`,
  );
  return findings;
}

/**
 * Runs `run` and fails if a rule (or a rule's fix) threw meanwhile: the engine catches that, logs it and goes on
 * without the rule's remaining findings or fixes, so a crash would otherwise pass as "nothing to report".
 */
export function noRuleFails<T>(run: () => T): T {
  const failures: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (/^feishu-card: (rule|fix for) /.test(line)) failures.push(line);
    else original(...args);
  };
  try {
    return run();
  } finally {
    console.error = original;
    assert.deepEqual(failures, [], 'a rule threw');
  }
}

/** A 2.0 card with the given body elements. */
export function card2(elements: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ schema: '2.0', ...extra, body: { elements } }, null, 2);
}
