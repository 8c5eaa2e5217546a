// `element_id` must be unique in the card: the CardKit APIs would not know which component to update.
import { containsVariable } from '../variables';
import { deriveElementId, elementIdNodes, elementIdsInCard } from './names';
import { replaceString, text } from './shared';
import type { Rule } from './types';

const rule: Rule = {
  id: 'element-id-duplicate',
  defaultSeverity: 'error',
  appliesTo: ['v2'],
  docs: 'card-json-v2-structure',
  description: { en: 'Duplicate `element_id`.', zh: 'element_id 重复。' },
  messages: {
    duplicate: {
      en: 'The element_id "{id}" is already used by another component: ids must be unique in the card, or the platform rejects it. Rename this one.',
      zh: 'element_id "{id}" 已被其他组件使用：element_id 在卡片内必须唯一，否则平台会拒绝此卡片。请重命名。',
    },
    rename: { en: 'Rename to "{id}"', zh: '重命名为 "{id}"' },
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const { node, value } of elementIdNodes(ctx.card)) {
      if (containsVariable(value)) continue;
      if (seen.has(value)) ctx.report(node, 'duplicate', { id: value }, { offset: node.offset, id: value });
      seen.add(value);
    }
  },
  fixes(finding, ctx) {
    const old = finding.data?.id;
    const target = elementIdNodes(ctx.card).find(
      (e) => e.node.offset === finding.data?.offset && e.value === old,
    );
    if (!target || typeof old !== 'string') return [];
    const id = deriveElementId(old, elementIdsInCard(ctx.card));
    return [
      {
        title: text(ctx.locale, rule.messages.rename, { id }),
        edits: replaceString(ctx.card, target.node, id),
        safe: true,
      },
    ];
  },
};

export default rule;
