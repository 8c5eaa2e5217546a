// `form_action_type` submits or resets the form around the button; outside a form there is nothing to
// submit and the platform rejects the card.
import { inComponent } from '../locate';
import { removeAtPathFix } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'form-action-outside-form',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/containers/form-container',
  description: { en: '`form_action_type` outside a form.', zh: '表单外使用了 form_action_type。' },
  messages: {
    outside: {
      en: '`{key}` only works on a button inside a `form`: here there is no form to submit or reset, and the card is rejected. Move the button into a form, or remove `{key}`.',
      zh: '{key} 仅对表单内的按钮有效：此处没有可提交或重置的表单，卡片会被拒绝。请将按钮移入表单，或移除 {key}。',
    },
    remove: { en: 'Remove `{key}`', zh: '移除 {key}' },
  },
  components: { keys: ['form_action_type', 'action_type'] },
  component(component, ctx) {
    if (component.form) return;
    const { value } = component;
    if (value.form_action_type !== undefined)
      ctx.report(
        inComponent(component, ['form_action_type'], 'pair'),
        'outside',
        { key: 'form_action_type' },
        { path: [...component.path, 'form_action_type'] },
      );
    // The deprecated spelling still means a form action; other `action_type` values are 1.0 leftovers.
    const legacy = value.action_type;
    if (legacy === 'form_submit' || legacy === 'form_reset') {
      ctx.report(
        inComponent(component, ['action_type'], 'pair'),
        'outside',
        { key: 'action_type' },
        { path: [...component.path, 'action_type'] },
      );
    }
  },
  fixes(finding, ctx) {
    return removeAtPathFix(finding, ctx, rule.messages.remove, true, (path) => ({
      key: String(path[path.length - 1]),
    }));
  },
};

export default rule;
