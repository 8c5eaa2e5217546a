// Form and field names must be unique in the whole card: `form_value` is keyed by them, so a second field
// with the same name overwrites the first (or the submission fails).
import { prop, stringValue } from '../json';
import { isField } from './form-field-missing-name';
import { namesInCard, uniqueName } from './names';
import type { Node } from 'jsonc-parser';
import type { CardDocument, ComponentNode } from '../model';
import { dataPath, replaceString, samePath, text } from './shared';
import { containsVariable } from '../variables';
import type { Rule } from './types';

const rule: Rule = {
  id: 'name-duplicate',
  defaultSeverity: 'error',
  appliesTo: ['v2'],
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
    for (const { component, node, name } of duplicates(ctx.card)) {
      ctx.report(node, 'duplicate', { name }, { path: component.path, name });
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    // New names are handed out to all duplicates in document order, so one "fix all" round gives each
    // its own name.
    const taken = namesInCard(ctx.card);
    for (const { component, node, name: old } of duplicates(ctx.card)) {
      const name = uniqueName(old, taken);
      taken.add(name);
      if (!path || !samePath(component.path, path)) continue;
      return [
        {
          title: text(ctx.locale, rule.messages.rename, { name }),
          edits: replaceString(ctx.card, node, name),
          safe: true,
        },
      ];
    }
    return [];
  },
};

/** Forms and form fields whose name an earlier one already has. */
function duplicates(card: CardDocument): { component: ComponentNode; node: Node; name: string }[] {
  const seen = new Set<string>();
  const out = [];
  for (const component of card.components) {
    if (component.tag !== 'form' && !(component.form && isField(component))) continue;
    const node = prop(component.node, 'name');
    const name = stringValue(node);
    // A name built from a variable (inside a loop) differs per repetition.
    if (!node || !name || containsVariable(name)) continue;
    if (seen.has(name)) out.push({ component, node, name });
    seen.add(name);
  }
  return out;
}

export default rule;
