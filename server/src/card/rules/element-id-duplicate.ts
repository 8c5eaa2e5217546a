// `element_id` must be unique in the card: the CardKit APIs would not know which component to update.
import { containsVariable } from '../variables';
import { elementIdNodes, namePlan } from './names';
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
    const target = reported(ctx.card).find(
      (t) => t.node.offset === finding.data?.offset && t.value === finding.data?.id,
    );
    // The new id comes from the card's name plan, shared with element-id-invalid: one "fix all" round
    // gives every reported id its own, whichever of the two rules renames it.
    const id = target && namePlan(ctx.card).elementIds.get(target.node.offset);
    if (!target || id === undefined) return [];
    return [
      {
        title: text(ctx.locale, rule.messages.rename, { id }),
        edits: replaceString(ctx.card, target.node, id),
        safe: true,
      },
    ];
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
