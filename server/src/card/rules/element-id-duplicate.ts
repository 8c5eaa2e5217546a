// `element_id` must be unique in the card: the CardKit APIs would not know which component to update.
import { containsVariable } from '../variables';
import { deriveElementId, elementIdNodes, elementIdsInCard } from './names';
import { replaceString, text } from './shared';
import type { CardDocument } from '../model';
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
    for (const { node, value } of reported(ctx.card)) {
      ctx.report(node, 'duplicate', { id: value }, { offset: node.offset, id: value });
    }
  },
  fixes(finding, ctx) {
    // Replacement ids are handed out to every reported id in document order, so one "fix all" round
    // gives each its own.
    const taken = elementIdsInCard(ctx.card);
    for (const target of reported(ctx.card)) {
      const id = deriveElementId(target.value, taken);
      taken.add(id);
      if (target.node.offset !== finding.data?.offset || target.value !== finding.data?.id) continue;
      return [
        {
          title: text(ctx.locale, rule.messages.rename, { id }),
          edits: replaceString(ctx.card, target.node, id),
          safe: true,
        },
      ];
    }
    return [];
  },
};

/** Ids that an earlier component already has. */
function reported(card: CardDocument): ReturnType<typeof elementIdNodes> {
  const seen = new Set<string>();
  return elementIdNodes(card).filter(({ value }) => {
    if (containsVariable(value)) return false;
    const repeat = seen.has(value);
    seen.add(value);
    return repeat;
  });
}

export default rule;
