// `schema` is absent (JSON 1.0), "1.0" or "2.0" (card-json-v2-structure page): any other value, e.g. "3.0"
// or the number 2, is no version the platform knows.
import { own } from '../../parse/values';
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
    const schema = own(ctx.card.cardValue, 'schema');
    // Stryker disable next-line StringLiteral: any string that is no version stands for a non-string here
    if (schema === undefined || KNOWN_SCHEMAS.includes(typeof schema === 'string' ? schema : '')) return;
    // A string as written in JSON, a number or boolean as it reads, an object or array by its type.
    const value =
      typeof schema === 'string'
        ? JSON.stringify(schema)
        : Array.isArray(schema)
          ? 'array'
          : typeof schema === 'object' && schema !== null
            ? 'object'
            : String(schema);
    ctx.report({ path: ['schema'] }, 'invalid', { value });
  },
};

export default rule;
