// Inside a form nothing fires until the submit button is clicked, so a field's own `callback` never
// arrives as a separate request. The submit button's callback does: its value comes as `action.value`.
import { behaviorPlace, behaviorsOf } from './utils/behaviors';
import { isSubmitButton } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'callback-inside-form',
  defaultSeverity: 'info',
  appliesTo: ['v2', 'v1'],
  docs: 'configuring-card-interactions',
  description: { en: 'A form field with its own callback.', zh: '表单内的字段配置了单独的回调。' },
  messages: {
    inside: {
      en: 'This `{tag}` is inside a form: its callback does not fire on its own. Nothing is sent until the submit button is clicked; then its value arrives in `form_value.<name>`. Put the callback on the submit button if you need a `value`.',
      zh: '此 {tag} 位于表单内：其回调不会单独触发。点击提交按钮之前不会发送任何内容，提交后其值在 form_value.<name> 中。如需回传 value，请将回调配置在提交按钮上。',
    },
  },
  // Stryker disable next-line ObjectLiteral: equivalent, the subscription only skips components the visitor would pass over
  components: { keys: ['behaviors'] },
  component(component, ctx) {
    if (!component.form || (component.tag === 'button' && isSubmitButton(component))) return;
    // An index loop, not for-of (see behaviorsOf).
    const entries = behaviorsOf(component);
    for (let i = 0; i < entries.length; i++) {
      const behavior = entries[i];
      if (behavior.type === 'callback')
        ctx.report(behaviorPlace(behavior), 'inside', { tag: component.tag ?? '' });
    }
  },
};

export default rule;
