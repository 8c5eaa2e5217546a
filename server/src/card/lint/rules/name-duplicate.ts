// Form and field names must be unique in the whole card: `form_value` is keyed by them, so a second field
// with the same name overwrites the first (or the submission fails).
import { nodeAt } from '../../parse/json';
import { inComponent } from '../locate';
import { duplicateNames, namePlan } from './utils/names';
import { dataPath, replaceString, samePath, text } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'name-duplicate',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/containers/form-container',
  description: { en: 'Duplicate form or field `name`.', zh: '表单或表单字段的 name 重复。' },
  messages: {
    duplicate: {
      en: 'The name "{name}" is already used by another form or field in this card: submitted values would collide in `form_value`. Names must be unique in the card.',
      zh: 'name "{name}" 已被卡片内的其他表单或字段使用：提交时 form_value 中的值会相互冲突。name 在卡片内必须唯一。',
    },
    rename: { en: 'Rename to "{name}"', zh: '重命名为 "{name}"' },
  },
  check(ctx) {
    for (const { component, name } of duplicateNames(ctx.card)) {
      ctx.report(inComponent(component, ['name']), 'duplicate', { name }, { path: component.path, name });
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    const target = path && duplicateNames(ctx.card).find((d) => samePath(d.component.path, path));
    // The new name comes from the card's name plan, shared with the other fixes that add names: one
    // "fix all" round gives every duplicate (and every new field or button) its own.
    const name = target && namePlan(ctx.card).names.get(target.component);
    // The duplicate's `name` string: a fix may read the tree (it runs on a code-action request, not in the lint).
    const node = target && nodeAt(ctx.card.cardNode, [...target.component.path, 'name']);
    if (!node || name === undefined) return [];
    return [
      {
        title: text(ctx.locale, rule.messages.rename, { name }),
        edits: replaceString(ctx.card, node, name),
        safe: true,
      },
    ];
  },
};

export default rule;
