// A property whose value has the wrong JSON type (a string where the platform wants a boolean ...).
// Whole `${var}` template variables are never reported: their value comes from the data at send time.
import { nodeAt, valueOf } from '../../parse/json';
import { replaceInCard } from '../../edit/jsonEdits';
import { reportIssues } from '../validate';
import type { Rule } from '../types';

/** The obvious conversion of a value to one of the expected types, if there is one. */
function convert(value: unknown, expected: string[]): unknown {
  if (expected.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (
    (expected.includes('integer') || expected.includes('number')) &&
    typeof value === 'string' &&
    /^-?\d+(\.\d+)?$/.test(value.trim())
  ) {
    // Stryker disable next-line MethodExpression: Number() ignores the same surrounding white space trim() removes
    const n = Number(value.trim());
    if (expected.includes('number') || Number.isInteger(n)) return n;
  }
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean'))
    return String(value);
  return undefined;
}

const rule: Rule = {
  id: 'property-type',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-structure',
  description: { en: 'Property value of the wrong type.', zh: '属性值的类型错误。' },
  messages: {
    wrongType: {
      en: '`{property}` must be of type {expected}, but is {actual}.',
      zh: '{property} 的类型应为 {expected}，实际为 {actual}。',
    },
  },
  check(ctx) {
    reportIssues(ctx, 'type');
  },
  fixes(finding, ctx) {
    const path = finding.data?.path as (string | number)[] | undefined;
    const expected = finding.data?.expected as string[] | undefined;
    if (!path || !expected) return [];
    const node = nodeAt(ctx.card.cardNode, path);
    const converted = node ? convert(valueOf(node), expected) : undefined;
    if (!node || converted === undefined) return [];
    const text = JSON.stringify(converted);
    return [
      {
        title: ctx.locale === 'zh' ? `改为 ${text}` : `Change to ${text}`,
        edits: replaceInCard(ctx.card, node.offset, node.offset + node.length, text),
        safe: true,
      },
    ];
  },
};

export default rule;
