// A property value outside the allowed set (an enum) or range. The message lists what is allowed.
import { nodeAt } from '../../parse/json';
import { replaceInCard } from '../../edit/jsonEdits';
import { reportIssues } from '../validate';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'property-value',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-structure',
  description: { en: 'Property value that is not allowed.', zh: '属性取值不在允许范围内。' },
  messages: {
    notAllowed: {
      en: '{value} is not an allowed value of `{property}`. Allowed: {allowed}.',
      zh: '{property} 的取值 {value} 无效。可选值：{allowed}。',
    },
    notAllowedSuggest: {
      en: '{value} is not an allowed value of `{property}`. Did you mean {suggestion}? Allowed: {allowed}.',
      zh: '{property} 的取值 {value} 无效。是否应为 {suggestion}？可选值：{allowed}。',
    },
    tooSmall: {
      en: '`{property}` must be at least {limit}, but is {value}.',
      zh: '{property} 不能小于 {limit}，当前为 {value}。',
    },
    tooLarge: {
      en: '`{property}` must be at most {limit}, but is {value}.',
      zh: '{property} 不能大于 {limit}，当前为 {value}。',
    },
  },
  check(ctx) {
    reportIssues(ctx, 'value');
  },
  fixes(finding, ctx) {
    const data = finding.data ?? {};
    const path = data.path as (string | number)[] | undefined;
    if (!path || !('suggestion' in data)) return [];
    const node = nodeAt(ctx.card.cardNode, path);
    if (!node) return [];
    const text = JSON.stringify(data.suggestion);
    return [
      {
        title: ctx.locale === 'zh' ? `改为 ${text}` : `Change to ${text}`,
        edits: replaceInCard(ctx.card, node.offset, node.offset + node.length, text),
        safe: false,
      },
    ];
  },
};

export default rule;
