// Every field of a form needs a `name`, unique in the card: it is the key of the field's value in
// `form_value`. Without it the submission fails.
import { setAt } from '../edits';
import { prop, stringValue } from '../json';
import { namesInCard, uniqueName } from './names';
import { componentAt, dataPath, tagNode, text } from './shared';
import type { Rule } from './types';

const rule: Rule = {
  id: 'form-field-missing-name',
  defaultSeverity: 'error',
  appliesTo: ['v2'],
  docs: 'card-json-v2-components/containers/form-container',
  description: { en: 'Form field without `name`.', zh: '表单内的组件缺少 name。' },
  messages: {
    missing: {
      en: '`{tag}` is inside a form but has no `name`: the form cannot be submitted (each field is sent as `form_value.<name>`). Add a `name` that is unique in the card.',
      zh: '{tag} 位于表单内但缺少 name：表单将无法提交（每个字段以 form_value.<name> 的形式提交）。请添加在卡片内唯一的 name。',
    },
    add: { en: 'Add "name": "{name}"', zh: '添加 "name": "{name}"' },
  },
  check(ctx) {
    for (const component of ctx.card.components) {
      if (!needsName(component)) continue;
      ctx.report(tagNode(component), 'missing', { tag: component.tag ?? '' }, { path: component.path });
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    const component = componentAt(ctx.card, path);
    if (!path || !component) return [];
    // Names are handed out to all unnamed fields in document order, so fixing several of them in one
    // "fix all" round gives each its own name.
    const taken = namesInCard(ctx.card);
    let name = '';
    for (const field of ctx.card.components) {
      if (!needsName(field)) continue;
      const given = uniqueName(field.tag ?? 'field', taken);
      taken.add(given);
      if (field === component) name = given;
    }
    if (!name) return [];
    return [
      {
        title: text(ctx.locale, rule.messages.add, { name }),
        edits: setAt(ctx.card, ctx.text, [...path, 'name'], name),
        safe: true,
      },
    ];
  },
};

function needsName(component: import('../model').ComponentNode): boolean {
  if (!component.form || !isField(component)) return false;
  const name = prop(component.node, 'name');
  return name === undefined || stringValue(name) === '';
}

/** Form fields as the catalog marks them (`formField`). */
export function isField(component: import('../model').ComponentNode): boolean {
  return component.spec?.formField === true;
}

export default rule;
