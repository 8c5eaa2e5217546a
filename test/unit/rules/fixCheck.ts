// Applies one quick fix and checks what every fix promises: the targeted finding is gone, no new error
// appeared, the JSON still parses, the text outside the edit is untouched, and line ends / indentation
// follow the file. Runs on the card as given (2-space indent), with CRLF line ends, and tab-indented.
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { lintText } from '../../../server/src/card/lint/engine';
import { fixesFor } from '../../../server/src/card/lint/fixes';
import type { ParseOptions } from '../../../server/src/card/parse/parse';
import type { Finding, LintOptions } from '../../../server/src/card/lint/types';
import { noRuleFails } from '../../support/markers';

export interface FixCheck {
  /** Which fix of the finding (by title); the first one when absent. */
  title?: RegExp;
  /** Which finding of the rule (default: the first). */
  index?: number;
  options?: LintOptions & ParseOptions;
  /** Expected `safe` flag. */
  safe?: boolean;
}

type Variant = 'as-is' | 'crlf' | 'tabs';

function variant(text: string, kind: Variant): string {
  if (kind === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  if (kind === 'tabs') return text.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2));
  return text;
}

function errorCounts(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

/** Checks the fix on all three variants and returns the fixed text of the as-is variant. */
export function checkFix(ruleId: string, text: string, check: FixCheck = {}): string {
  let result = '';
  for (const kind of ['as-is', 'crlf', 'tabs'] as Variant[]) {
    const after = checkOne(ruleId, variant(text, kind), kind, check);
    if (kind === 'as-is') result = after;
  }
  return result;
}

function checkOne(ruleId: string, text: string, kind: Variant, check: FixCheck): string {
  const options = check.options ?? {};
  const before = noRuleFails(() => lintText(text, options));
  const mine = before.findings.filter((f) => f.ruleId === ruleId);
  const finding = mine[check.index ?? 0];
  assert.ok(finding, `${kind}: ${ruleId} does not fire`);
  const fixes = noRuleFails(() => fixesFor(finding, before.card, text, 'en'));
  const fix = check.title ? fixes.find((f) => check.title!.test(f.title)) : fixes[0];
  assert.ok(fix, `${kind}: no fix ${check.title ?? ''} among ${fixes.map((f) => f.title).join(' | ')}`);
  if (check.safe !== undefined) assert.equal(fix.safe, check.safe, `${kind}: safe flag of "${fix.title}"`);
  assert.ok(fix.edits.length > 0, `${kind}: the fix has no edits`);

  const after = applyEdits(text, fix.edits);
  assert.doesNotThrow(() => JSON.parse(after), `${kind}: fixed text is not valid JSON:\n${after}`);

  const start = Math.min(...fix.edits.map((e) => e.offset));
  const end = Math.max(...fix.edits.map((e) => e.offset + e.length));
  assert.equal(after.slice(0, start), text.slice(0, start), `${kind}: text before the edit changed`);
  assert.equal(
    after.slice(after.length - (text.length - end)),
    text.slice(end),
    `${kind}: text after the edit changed`,
  );

  const relinted = lintText(after, options).findings;
  const left = relinted.filter((f) => f.ruleId === ruleId);
  assert.ok(left.length < mine.length, `${kind}: ${ruleId} still fires ${left.length} time(s):\n${after}`);
  const was = errorCounts(before.findings);
  for (const [id, count] of errorCounts(relinted)) {
    assert.ok(count <= (was.get(id) ?? 0), `${kind}: the fix introduced ${id}:\n${after}`);
  }

  const inserted = fix.edits.map((e) => e.newText).join('');
  if (kind === 'crlf')
    assert.ok(!/(^|[^\r])\n/.test(after), `${kind}: a bare LF was inserted:\n${JSON.stringify(inserted)}`);
  if (kind === 'tabs')
    assert.ok(
      !/\n +\S/.test(inserted),
      `${kind}: space indentation was inserted:\n${JSON.stringify(inserted)}`,
    );
  if (kind === 'as-is') assert.ok(!/\n\t/.test(inserted), `${kind}: tab indentation was inserted`);
  return after;
}

/** Pretty-printed (2-space) 2.0 card. */
export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** A pretty 2.0 card with these body elements. */
export function card(elements: unknown[], extra: Record<string, unknown> = {}): string {
  return pretty({ schema: '2.0', ...extra, body: { elements } });
}

/** Plain text object. */
export function pt(content: string): { tag: 'plain_text'; content: string } {
  return { tag: 'plain_text', content };
}

/** A one-line 2.0 card around raw (possibly «marked») element text, for exact-range tests. */
export function v2(elements: string, extra = ''): string {
  return `{"schema":"2.0",${extra}"body":{"elements":[${elements}]}}`;
}

export const BTN_TEXT = `"text":{"tag":"plain_text","content":"OK"}`;
