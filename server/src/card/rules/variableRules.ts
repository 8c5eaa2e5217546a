// Rules about template variables (`${name}`) and their sample data. Registered together here.
import type { Rule } from './types';

export const variableRules: Rule[] = [];
