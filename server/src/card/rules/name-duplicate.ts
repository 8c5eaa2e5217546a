// Form and field names must be unique in the whole card: `form_value` is keyed by them, so a second field
// with the same name overwrites the first (or the submission fails).
import { prop, stringValue } from '../json';
import { isField } from './form-field-missing-name';
import { namesInCard, uniqueName } from './names';
import { componentAt, dataPath, replaceString, text } from './shared';
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
    const seen = new Set<string>();
    for (const component of ctx.card.components) {
      if (component.tag !== 'form' && !(component.form && isField(component))) continue;
      const node = prop(component.node, 'name');
      const name = stringValue(node);
      // A name built from a variable (inside a loop) differs per repetition.
      if (!node || !name || containsVariable(name)) continue;
      if (seen.has(name)) ctx.report(node, 'duplicate', { name }, { path: component.path, name });
      seen.add(name);
    }
  },
  fixes(finding, ctx) {
    const component = componentAt(ctx.card, dataPath(finding.data));
    const node = prop(component?.node, 'name');
    const old = stringValue(node);
    if (!node || !old) return [];
    const name = uniqueName(old, namesInCard(ctx.card));
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
