// Every field of a form needs a `name`, unique in the card: it is the key of the field's value in
// `form_value`. Without it the submission fails.
import { setAt } from '../../edit/jsonEdits';
import { isField, namePlan, needsName } from './utils/names';
import { componentAt, dataPath, tagPlace, text } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'form-field-missing-name',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/containers/form-container',
  description: { en: 'Form field without `name`.', zh: '表单内的组件缺少 name。' },
  messages: {
    missing: {
      en: '`{tag}` is inside a form but has no `name`: the form cannot be submitted (each field is sent as `form_value.<name>`). Add a `name` that is unique in the card.',
      zh: '{tag} 位于表单内但缺少 name：表单将无法提交（每个字段以 form_value.<name> 的形式提交）。请添加在卡片内唯一的 name。',
    },
    add: { en: 'Add "name": "{name}"', zh: '添加 "name": "{name}"' },
  },
  component(component, ctx) {
    if (!needsName(component)) return;
    ctx.report(tagPlace(component), 'missing', { tag: component.tag ?? '' }, { path: component.path });
  },
  fixes(finding, ctx) {
    const component = componentAt(ctx.card, dataPath(finding.data));
    if (!component || !needsName(component)) return [];
    // The name comes from the card's name plan, shared with the other fixes that add or change names:
    // one "fix all" round gives every field its own.
    const name = namePlan(ctx.card).names.get(component);
    if (name === undefined) return [];
    return [
      {
        title: text(ctx.locale, rule.messages.add, { name }),
        edits: setAt(ctx.card, ctx.text, [...component.path, 'name'], name),
        safe: true,
      },
    ];
  },
};

// Kept for the modules that import it from here.
export { isField };

export default rule;
