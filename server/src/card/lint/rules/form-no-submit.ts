// A form sends nothing until a button with `form_action_type: "submit"` is clicked; without one the
// user can fill it in but never send it.
import { setAt } from '../../edit/jsonEdits';
import { arrayItems, prop } from '../../parse/json';
import { hasSubmitButton, namePlan } from './utils/names';
import { componentAt, dataPath, tagPlace, text } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'form-no-submit',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/containers/form-container',
  description: { en: 'Form without a submit button.', zh: '表单缺少提交按钮。' },
  messages: {
    none: {
      en: 'This form has no submit button, so its values can never be sent. Add a button with `"form_action_type": "submit"` (and a unique `name`) inside the form.',
      zh: '此表单没有提交按钮，填写的内容永远无法提交。请在表单内添加设置了 "form_action_type": "submit"（及唯一 name）的按钮。',
    },
    add: { en: 'Add a submit button to the form', zh: '在表单中添加提交按钮' },
  },
  components: { tags: ['form'] },
  component(component, ctx) {
    if (hasSubmitButton(component)) return;
    ctx.report(tagPlace(component), 'none', {}, { path: component.path });
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    const form = componentAt(ctx.card, path);
    // The button's name comes from the card's name plan: forms fixed in one round get different ones.
    const name = form && namePlan(ctx.card).submits.get(form);
    if (!path || !form || name === undefined) return [];
    const button = {
      tag: 'button',
      text: { tag: 'plain_text', content: ctx.locale === 'zh' ? '提交' : 'Submit' },
      type: 'primary',
      name,
      form_action_type: 'submit',
    };
    const elements = prop(form.node, 'elements');
    const edits =
      elements?.type === 'array'
        ? setAt(ctx.card, ctx.text, [...path, 'elements', arrayItems(elements).length], button, {
            insertAt: true,
          })
        : setAt(ctx.card, ctx.text, [...path, 'elements'], [button]);
    return [{ title: text(ctx.locale, rule.messages.add), edits, safe: true }];
  },
};

export default rule;
