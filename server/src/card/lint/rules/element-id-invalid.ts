// `element_id` is how the CardKit APIs address a component: letters, digits and `_`, starting with a
// letter, at most 20 characters. Other ids are rejected.
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
  id: 'element-id-invalid',
  defaultSeverity: 'error',
  appliesTo: ['v2'],
  docs: 'card-json-v2-structure',
  description: { en: 'Invalid `element_id`.', zh: 'element_id 格式无效。' },
  messages: {
    invalid: {
      en: 'The element_id "{id}" is invalid: it must start with a letter, contain only letters, digits and `_`, and be at most 20 characters. The platform rejects the card.',
      zh: 'element_id "{id}" 无效：必须以字母开头，仅含字母、数字和下划线，且不超过 20 个字符。平台会拒绝此卡片。',
    },
    replace: { en: 'Replace with "{id}"', zh: '替换为 "{id}"' },
  },
  check(ctx) {
    for (const id of reported(ctx.card)) {
      // The data names the id by its offset (the fix finds it again by that): read from the tree, for a
      // finding only (the engine reads the same string node for the finding's range).
      const offset = elementIdOffset(ctx.card, id);
      ctx.report(elementIdPlace(id), 'invalid', { id: id.value }, { offset, id: id.value });
    }
  },
  fixes(finding, ctx) {
    return renameElementIdFix(finding, ctx, reported, rule.messages.replace);
  },
};

/** Ids that break the format (variables are checked once the template is filled). */
function reported(card: CardDocument): CheckedElementId[] {
  return checkedElementIds(card).filter((id) => id.invalid);
}

export default rule;
