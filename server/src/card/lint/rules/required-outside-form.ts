// `required` only means something inside a form (an empty required field blocks the submit). Elsewhere the
// docs say it "errors or has no effect" without saying which: a warning. `required: false` is the default
// and asks for nothing (the official full-structure examples carry it on fields outside forms): not reported.
import { removeAtPathFix } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'required-outside-form',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/containers/form-container',
  description: { en: '`required` outside a form.', zh: '表单外使用了 required。' },
  messages: {
    outside: {
      en: '`required` only works on fields inside a form (an empty required field blocks the submit). Here it has no effect, and the docs say it may even be rejected. Remove it, or move the field into a form.',
      zh: 'required 仅对表单内的字段有效（必填字段为空时无法提交）。此处不起作用，文档还提到可能报错。请移除该字段，或将组件移入表单。',
    },
    remove: { en: 'Remove `required`', zh: '移除 required' },
  },
  components: { keys: ['required'] },
  component(component, ctx) {
    if (component.form || component.tag === 'form' || !component.spec) return;
    const required = component.value.required;
    if (required === undefined || required === false) return;
    const path = [...component.path, 'required'];
    ctx.report({ path, part: 'pair' }, 'outside', {}, { path });
  },
  fixes(finding, ctx) {
    return removeAtPathFix(finding, ctx, rule.messages.remove, true);
  },
};

export default rule;
