// Where containers may stand, from the catalog: `rootOnly` components (form, table) only directly in
// `body.elements`, and a container's `forbiddenDescendants` (a form in a form, a table in a column ...)
// nowhere inside it. The platform rejects cards that break either.
import { tagPlace } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'form-placement',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/containers/form-container',
  description: { en: 'A form or table in a place it may not stand.', zh: '表单或表格放在了不允许的位置。' },
  messages: {
    rootOnly: {
      en: '`{tag}` may only stand directly in `body.elements`, not inside `{parent}`: the platform rejects the card. Move it to the top level of the body.',
      zh: '{tag} 只能直接放在 body.elements 中，不能放在 {parent} 内：平台会拒绝此卡片。请将其移到 body 的顶层。',
    },
    forbidden: {
      en: '`{tag}` may not be placed inside `{ancestor}`: the platform rejects the card. Move it out of the {ancestor}.',
      zh: '{tag} 不能放在 {ancestor} 内：平台会拒绝此卡片。请将其移出 {ancestor}。',
    },
  },
  component(component, ctx) {
    const tag = component.tag;
    // Stryker disable next-line ConditionalExpression: only an early exit (a tagless component has no spec and is in no forbidden list)
    if (!tag) return;
    let ancestor = component.parent;
    while (ancestor && !ancestor.spec?.forbiddenDescendants?.includes(tag)) ancestor = ancestor.parent;
    if (ancestor) {
      // Stryker disable next-line StringLiteral: only for the type (an ancestor with a forbidden list has a tag)
      ctx.report(tagPlace(component), 'forbidden', { tag, ancestor: ancestor.tag ?? '' });
    } else if (component.spec?.rootOnly && component.parent) {
      ctx.report(tagPlace(component), 'rootOnly', { tag, parent: component.parent.tag ?? '' });
    }
  },
};

export default rule;
