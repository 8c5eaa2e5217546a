// Multi-selects only work inside a form (their values arrive with the form's submit). The catalog marks
// them `formOnly`; an image picker becomes one when `multi_select` is true.
import { inComponent } from '../locate';
import { tagPlace } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'form-only-component',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/containers/form-container',
  description: { en: 'Form-only component outside a form.', zh: '仅限表单内使用的组件放在了表单外。' },
  messages: {
    formOnly: {
      en: '`{tag}` can only be used inside a `form`: outside one the platform rejects the card. Put it in a form with a submit button, or use the single-select variant.',
      zh: '{tag} 只能在表单（form）内使用：放在表单外平台会拒绝此卡片。请将其放入带提交按钮的表单，或改用单选组件。',
    },
    multiSelect: {
      en: '`{tag}` with `"multi_select": true` can only be used inside a `form`: outside one the platform rejects the card. Put it in a form, or set `multi_select` to false.',
      zh: '设置了 "multi_select": true 的 {tag} 只能在表单（form）内使用：放在表单外平台会拒绝此卡片。请将其放入表单，或将 multi_select 设为 false。',
    },
  },
  component(component, ctx) {
    if (component.form || !component.spec) return;
    if (component.spec.formOnly) {
      ctx.report(tagPlace(component), 'formOnly', { tag: component.tag ?? '' });
    } else if ('multi_select' in component.spec.properties && component.value.multi_select === true) {
      ctx.report(inComponent(component, ['multi_select'], 'pair'), 'multiSelect', {
        tag: component.tag ?? '',
      });
    }
  },
};

export default rule;
