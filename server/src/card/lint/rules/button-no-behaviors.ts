// A 2.0 button with neither `behaviors` nor a form role (button page: `behaviors` is required). On cards an
// app sends, a click still calls back, with no value to tell the button apart; on a webhook bot's card it
// does nothing. A warning that says both, since the card is accepted.
import { inComponent } from '../locate';
import type { Rule } from '../types';

/** Keys that give a button something to do without `behaviors` (none of them is on Object.prototype). */
const ROLE_KEYS = ['form_action_type', 'action_type', 'value', 'url', 'multi_url'];

const rule: Rule = {
  id: 'button-no-behaviors',
  defaultSeverity: 'warning',
  appliesTo: ['v2'],
  docs: 'card-json-v2-components/interactive-components/button',
  description: { en: 'A button that does nothing defined.', zh: '未定义交互的按钮。' },
  messages: {
    none: {
      en: "This button has no `behaviors` and no form role (the button page marks `behaviors` required). On cards an app sends, a click still calls back, but with no `value` to tell which button it was; on a webhook bot's card it does nothing. Add a callback or open_url behavior, or `form_action_type` inside a form.",
      zh: '此按钮既没有 behaviors 也没有表单角色（按钮文档中 behaviors 为必填）。应用发送的卡片上，点击仍会回调，但没有 value 可区分是哪个按钮；自定义机器人（webhook）发送的卡片上，点击没有任何效果。请添加 callback 或 open_url 交互，或在表单中设置 form_action_type。',
    },
  },
  components: { tags: ['button'] },
  component(component, ctx) {
    const { value } = component;
    const behaviors = value.behaviors;
    if ((Array.isArray(behaviors) && behaviors.length > 0) || typeof behaviors === 'string') return;
    // A form role, or the 1.0 fields that 2.0 still honours (legacy-interaction-in-v2 speaks about those).
    if (ROLE_KEYS.some((key) => value[key] !== undefined)) return;
    if (value.disabled === true) return;
    ctx.report(inComponent(component, value.tag !== undefined ? ['tag'] : []), 'none');
  },
};

export default rule;
