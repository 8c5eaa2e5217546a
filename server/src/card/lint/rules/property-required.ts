// A required property is missing (a header without title, a form without name, a chart without spec ...).
import { nodeAt } from '../../parse/json';
import { setAt } from '../../edit/jsonEdits';
import { reportIssues } from '../validate';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'property-required',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-structure',
  description: { en: 'Required property is missing.', zh: '缺少必填属性。' },
  messages: {
    missing: {
      en: '`{owner}` is missing the required property `{property}`.',
      zh: '{owner} 缺少必填属性 {property}。',
    },
  },
  check(ctx) {
    reportIssues(ctx, 'required');
  },
  fixes(finding, ctx) {
    const path = finding.data?.path as (string | number)[] | undefined;
    const property = finding.data?.property as string | undefined;
    // jsonc-parser's modify works on the file text, which is the card itself unless it is a JSON string.
    if (!path || property === undefined || ctx.card.wrapper === 'content-string') return [];
    if (nodeAt(ctx.card.cardNode, path)?.type !== 'object') return [];
    return [
      {
        title: ctx.locale === 'zh' ? `添加属性 ${property}` : `Add \`${property}\``,
        // Stryker disable next-line OptionalChaining: data is defined here, or the missing path returned above
        edits: setAt(ctx.card, ctx.text, [...path, property], finding.data?.value ?? ''),
        safe: false,
      },
    ];
  },
};

export default rule;
