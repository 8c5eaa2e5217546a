// A component `tag` that JSON 2.0 does not know. The platform rejects the whole card, so this is an error;
// 1.0 tags (`action`, `note`) are left to v1-component-in-v2, which explains the 2.0 replacement.
import { nodeAt, stringValue } from '../../parse/json';
import { replaceInCard } from '../../edit/jsonEdits';
import { reportIssues } from '../validate';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'unknown-tag',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/component-json-v2-overview',
  description: { en: 'Component tag that does not exist in JSON 2.0.', zh: 'JSON 2.0 中不存在的组件标签。' },
  messages: {
    unknownTag: {
      en: '`{tag}` is not a JSON 2.0 component; the platform rejects cards with unknown tags.',
      zh: '{tag} 不是 JSON 2.0 组件，卡片中含未知组件时会发送失败。',
    },
    unknownTagSuggest: {
      en: '`{tag}` is not a JSON 2.0 component. Did you mean `{suggestion}`?',
      zh: '{tag} 不是 JSON 2.0 组件。是否应为 {suggestion}？',
    },
    unknownTagV1: {
      en: '`{tag}` is not a JSON 1.0 component; clients cannot draw it.',
      zh: '{tag} 不是 JSON 1.0 组件，客户端无法渲染。',
    },
    unknownTagSuggestV1: {
      en: '`{tag}` is not a JSON 1.0 component. Did you mean `{suggestion}`?',
      zh: '{tag} 不是 JSON 1.0 组件。是否应为 {suggestion}？',
    },
  },
  check(ctx) {
    reportIssues(ctx, 'unknown-tag');
  },
  fixes(finding, ctx) {
    const { path, tag, suggestion } = (finding.data ?? {}) as {
      path?: (string | number)[];
      tag?: string;
      suggestion?: string;
    };
    if (!path || !suggestion) return [];
    const node = nodeAt(ctx.card.cardNode, path);
    if (!node || stringValue(node) !== tag) return [];
    return [
      {
        title: ctx.locale === 'zh' ? `将标签改为 ${suggestion}` : `Change the tag to \`${suggestion}\``,
        edits: replaceInCard(ctx.card, node.offset, node.offset + node.length, JSON.stringify(suggestion)),
        safe: false,
      },
    ];
  },
};

export default rule;
