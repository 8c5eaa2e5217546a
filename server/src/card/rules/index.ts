// The rule registry: add a rule by writing one module in this folder and listing it here.
import type { Rule } from './types';
import checkerOpenUrl from './checker-open-url';

export const allRules: Rule[] = [checkerOpenUrl];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
