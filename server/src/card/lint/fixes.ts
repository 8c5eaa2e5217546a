// Quick fixes: look up the rule of a finding and ask it for repairs; fix-all applies every safe one.
import { applyEdits, minimalEdit } from '../edit/jsonEdits';
import { lintCard, type LintResult } from './engine';
import type { Locale } from '../i18n';
import type { CardDocument, TextEdit } from '../parse/model';
import { parseCard, type ParseOptions } from '../parse/parse';
import { ruleById } from './rules';
import { isBrokenCard } from './rules/utils/broken';
import type { Finding, Fix, LintOptions } from './types';

/** The rule's own fixes, without the check of each result (fix-all re-lints after each round instead). */
function rawFixes(finding: Finding, card: CardDocument, text: string, locale: Locale): Fix[] {
  // A card that is itself a JSON string inside the file would need re-escaping: no fixes there.
  if (card.wrapper === 'content-string') return [];
  const rule = ruleById(finding.ruleId);
  if (!rule?.fixes) return [];
  try {
    return rule.fixes(finding, { card, text, locale }).filter((fix) => fix.edits.length > 0);
  } catch (error) {
    console.error(`feishu-card: fix for ${finding.ruleId} failed: ${(error as Error).stack ?? error}`);
    return [];
  }
}

/** How the document was analysed; the fix check below analyses each result the same way. */
export type FixOptions = LintOptions & ParseOptions;

/**
 * The fixes offered for a finding: the rule's own, each kept only if its result keeps the promise below.
 * `options` are those the document was linted with (a bare locale means default settings).
 */
export function fixesFor(
  finding: Finding,
  card: CardDocument,
  text: string,
  options: FixOptions | Locale = {},
): Fix[] {
  const opts: FixOptions = typeof options === 'string' ? { locale: options } : options;
  const locale = opts.locale ?? 'en';
  const fixes = rawFixes(finding, card, text, locale);
  // Checking costs a lint per fix. Real cards are at most 30 KB; on huge generated files the lightbulb must
  // stay responsive, so there the rules' own (unit- and fuzz-tested) fixes are offered unchecked.
  if (text.length > VERIFY_LIMIT) return fixes;
  return fixes.filter((fix) => fixKeepsPromise(finding, card, text, opts, fix));
}

const VERIFY_LIMIT = 256 * 1024;

// The findings of a card before any fix, computed once for all its fixes. Keyed by the card alone: a card
// belongs to one document version, analysed under one set of options (new settings mean new cards).
const baseline = new WeakMap<CardDocument, Finding[]>();

/** Whether `fix`'s result keeps the promise below, analysed as the document was (see keepsPromise). */
function fixKeepsPromise(
  finding: Finding,
  card: CardDocument,
  text: string,
  options: FixOptions,
  fix: Fix,
): boolean {
  // Checked with the document's sender, sample data and size guard (a fix that pushes a file over `maxSize`
  // would switch its checks off), but with default severities: a rule the user turned off still must not
  // gain errors.
  const lintOptions: LintOptions = {
    locale: options.locale,
    sender: options.sender,
    templateData: options.templateData,
  };
  let before = baseline.get(card);
  // Stryker disable next-line ConditionalExpression: a cache; recomputing the baseline gives the same findings
  if (!before) baseline.set(card, (before = lintCard(card, lintOptions)));
  const fixed = parseCard(applyEdits(text, fix.edits), { forceCard: true, maxSize: options.maxSize });
  return keepsPromise(
    finding.ruleId,
    { card, findings: before },
    { card: fixed, findings: lintCard(fixed, lintOptions) },
  );
}

/**
 * What every offered fix promises, checked on its result (`after`, the card and its findings, against
 * `before`): the JSON still parses and passes the size and depth guards, a finding of `ruleId` is gone (if
 * the rule reported one before), and no rule reports more errors than before, unless the fix changed the
 * card's kind, as adding `"schema": "2.0"` does: then the other kind's rules see problems that were there
 * all along. A fix that cannot keep that is not offered.
 */
export function keepsPromise(ruleId: string, before: LintResult, after: LintResult): boolean {
  if (isBrokenCard(after.card)) return false;
  const count = (list: Finding[]) => list.filter((f) => f.ruleId === ruleId).length;
  const was = count(before.findings);
  if (was > 0 && count(after.findings) >= was) return false;
  if (after.card.kind !== before.card.kind) return true;
  const errorsBefore = errorCounts(before.findings);
  for (const [id, n] of errorCounts(after.findings)) if (n > (errorsBefore.get(id) ?? 0)) return false;
  return true;
}

function errorCounts(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

/**
 * Applies every safe fix, re-linting between rounds until nothing changes (so running it twice is a no-op),
 * and returns the result as one minimal edit: a single undo step for the user.
 */
export function fixAll(text: string, options: LintOptions & ParseOptions = {}, maxRounds = 10): TextEdit[] {
  let current = text;
  const locale = options.locale ?? 'en';
  for (let round = 0; round < maxRounds; round++) {
    const card = parseCard(current, options);
    const findings = lintCard(card, options);
    const safe = findings.map((finding) => rawFixes(finding, card, current, locale).find((f) => f.safe));
    const next = applyEdits(current, compatibleEdits(safe.map((fix) => fix?.edits ?? [])));
    // Stryker disable next-line ConditionalExpression: saves work only; a round on an unchanged text changes nothing
    if (next === current) break;
    current = next;
  }
  return minimalEdit(text, current);
}

/**
 * The edits of one round of fix-all: each fix's edits in turn, leaving out a fix with any edit that overlaps
 * one already taken (it gets its turn in the next round, on the text this round leaves).
 */
export function compatibleEdits(fixes: TextEdit[][]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const edits of fixes) {
    if (edits.some((e) => chosen.some((c) => overlaps(e, c)))) continue;
    chosen.push(...edits);
  }
  return chosen;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Touching edits count as overlapping: two insertions at one offset would interleave unpredictably.
  return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}
