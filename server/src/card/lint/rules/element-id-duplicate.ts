// `element_id` must be unique in the card: the CardKit APIs would not know which component to update.
import {
  checkedElementIds,
  elementIdOffset,
  elementIdPlace,
  renameElementIdFix,
  type CheckedElementId,
} from './utils/names';
import type { CardDocument } from '../../parse/model';
import type { Rule } from '../types';

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
    for (const id of reported(ctx.card)) {
      // The data names the id by its offset (the fix finds it again by that): read from the tree, for a
      // finding only (the engine reads the same string node for the finding's range).
      const offset = elementIdOffset(ctx.card, id);
      ctx.report(elementIdPlace(id), 'duplicate', { id: id.value }, { offset, id: id.value });
    }
  },
  fixes(finding, ctx) {
    return renameElementIdFix(finding, ctx, reported, rule.messages.rename);
  },
};

/** Ids that an earlier component already has. */
function reported(card: CardDocument): CheckedElementId[] {
  return checkedElementIds(card).filter((id) => id.repeat);
}

export default rule;
