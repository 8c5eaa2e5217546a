// `schema` is absent (JSON 1.0), "1.0" or "2.0" (card-json-v2-structure page): any other value, e.g. "3.0"
// or the number 2, is no version the platform knows.
import { prop, stringValue } from '../../parse/json';
import type { Rule } from '../types';

export const KNOWN_SCHEMAS = ['1.0', '2.0'];

const rule: Rule = {
  id: 'schema-invalid',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-structure',
  description: { en: 'A `schema` that is no card version.', zh: 'schema 不是已知的卡片版本。' },
  messages: {
    invalid: {
      en: '`schema` {value} is no card version: leave it out (JSON 1.0), or write "1.0" or "2.0".',
      zh: 'schema {value} 不是卡片版本：请省略（即 JSON 1.0），或写 "1.0" 或 "2.0"。',
    },
  },
  check(ctx) {
    const schema = prop(ctx.card.cardNode, 'schema');
    // Stryker disable next-line StringLiteral: any string that is no version stands for a non-string here
    if (!schema || KNOWN_SCHEMAS.includes(stringValue(schema) ?? '')) return;
    const value =
      schema.type === 'string' ? JSON.stringify(schema.value) : String(schema.value ?? schema.type);
    ctx.report(schema, 'invalid', { value });
  },
};

export default rule;
