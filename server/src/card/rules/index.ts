// The rule registry: add a rule by writing one module in this folder and listing it here.
// Schema-derived rules (unknown tags/properties, wrong types) are listed in schemaRules.ts.
import type { Rule } from './types';
import { schemaRules } from './schemaRules';
import { variableRules } from './variableRules';
import checkerOpenUrl from './checker-open-url';

export const allRules: Rule[] = [...schemaRules, ...variableRules, checkerOpenUrl];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
