// `action_type: "form_submit"` is the 1.0 way to submit a form; the 2.0 form page lists it as a historical
// property that still submits, beside `form_action_type`. A hint on 2.0 cards, never "form without submit".
import { inComponent } from '../locate';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'form-submit-legacy',
  defaultSeverity: 'hint',
  appliesTo: ['v2'],
  docs: 'card-json-v2-components/containers/form-container',
  description: {
    en: 'The 1.0 `action_type` on a 2.0 form button.',
    zh: '2.0 表单按钮使用了 1.0 的 action_type。',
  },
  messages: {
    legacy: {
      en: '`action_type` "{value}" is the historical (1.0) field: it still works, but JSON 2.0 writes `"form_action_type": "{modern}"`.',
      zh: 'action_type "{value}" 是历史（1.0）属性：仍然有效，但 JSON 2.0 的写法为 "form_action_type": "{modern}"。',
    },
  },
  components: { keys: ['action_type'] },
  component(component, ctx) {
    const value = component.value.action_type;
    if (value !== 'form_submit' && value !== 'form_reset') return;
    if (component.value.form_action_type !== undefined) return;
    ctx.report(inComponent(component, ['action_type']), 'legacy', {
      value,
      modern: value === 'form_submit' ? 'submit' : 'reset',
    });
  },
};

export default rule;
