// Shared by the rule tests: apply a rule's first fix and check the basic promise of every fix; or get a rule's own
// fixes for a finding whose data a test changes.
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/card/edit/jsonEdits';
import { lintText, ruleById } from '../../server/src/card/lint/engine';
import type { Fix } from '../../server/src/card/lint/types';

/** Applies the first fix of the rule's first finding; asserts the result is valid JSON without that finding. */
export function applyFix(
  ruleId: string,
  text: string,
  locale: 'en' | 'zh' = 'en',
): { text: string; title: string } {
  const { card, findings } = lintText(text, { locale });
  const finding = findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} should fire`);
  const fixes = ruleById(ruleId)!.fixes!(finding, { card, text, locale });
  assert.ok(fixes.length > 0, 'a fix is offered');
  const fixed = applyEdits(text, fixes[0].edits);
  assert.doesNotThrow(() => JSON.parse(fixed), fixed);
  const after = lintText(fixed).findings.filter((f) => f.ruleId === ruleId);
  assert.equal(after.length, findings.filter((f) => f.ruleId === ruleId).length - 1, fixed);
  return { text: fixed, title: fixes[0].title };
}

/**
 * The rule's own fixes for its `index`-th finding on `text`, the finding's data optionally changed by `data`:
 * data that does not describe this card (a path that leads elsewhere, a value that is not there) must get
 * no fix rather than an edit in the wrong place.
 */
export function ruleFixes(
  ruleId: string,
  text: string,
  options: {
    locale?: 'en' | 'zh';
    index?: number;
    data?: (d: Record<string, unknown>) => Record<string, unknown> | undefined;
  } = {},
): Fix[] {
  const locale = options.locale ?? 'en';
  const { card, findings } = lintText(text, { locale });
  const finding = findings.filter((f) => f.ruleId === ruleId)[options.index ?? 0];
  assert.ok(finding, `${ruleId} should fire`);
  const data = options.data ? options.data({ ...finding.data }) : finding.data;
  return ruleById(ruleId)!.fixes!({ ...finding, data }, { card, text, locale });
}
