// Quick fixes: look up the rule of a finding and ask it for repairs; fix-all applies every safe one.
import { applyEdits } from './edits';
import { lintCard } from './engine';
import type { Locale } from './i18n';
import type { CardDocument, TextEdit } from './model';
import { parseCard, type ParseOptions } from './parse';
import { ruleById } from './rules';
import type { Finding, Fix, LintOptions } from './rules/types';

export function fixesFor(finding: Finding, card: CardDocument, text: string, locale: Locale): Fix[] {
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
    const chosen: TextEdit[] = [];
    for (const finding of findings) {
      const fix = fixesFor(finding, card, current, locale).find((f) => f.safe);
      if (!fix || fix.edits.some((e) => chosen.some((c) => overlaps(e, c)))) continue;
      chosen.push(...fix.edits);
    }
    if (chosen.length === 0) break;
    const next = applyEdits(current, chosen);
    if (next === current) break;
    current = next;
  }
  return minimalEdit(text, current);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Touching edits count as overlapping: two insertions at one offset would interleave unpredictably.
  return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}

/** One edit covering only what differs between two texts. */
export function minimalEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return [{ offset: start, length: endBefore - start, newText: after.slice(start, endAfter) }];
}
