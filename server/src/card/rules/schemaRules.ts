// Rules derived from the JSON Schema / catalog (validation through ajv). Registered together here.
import type { Rule } from './types';

export const schemaRules: Rule[] = [];
