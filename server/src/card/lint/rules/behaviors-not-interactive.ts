// `behaviors` on a component that takes none (markdown, div, img, form, ...). JSON 2.0 rejects unknown
// properties, so the card fails to send. Which components take behaviors is the catalog's `behaviors` list.
import { inComponent } from '../locate';
import { removeAtPathFix } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'behaviors-not-interactive',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/component-json-v2-overview',
  description: {
    en: '`behaviors` on a component without interactions.',
    zh: '无交互能力的组件上配置了 behaviors。',
  },
  messages: {
    display: {
      en: '`{tag}` has no interactions: JSON 2.0 rejects its `behaviors`, so the card fails to send. Put the link or callback on a button, or wrap the component in an `interactive_container` with these behaviors.',
      zh: '{tag} 组件没有交互能力：JSON 2.0 不接受其 behaviors，卡片将发送失败。请将链接或回调放到按钮上，或用配置了这些交互的交互容器（interactive_container）包裹此组件。',
    },
    remove: { en: 'Remove `behaviors`', zh: '移除 behaviors' },
  },
  // Stryker disable next-line ObjectLiteral: equivalent, the subscription only skips components the visitor would pass over
  components: { keys: ['behaviors'] },
  component(component, ctx) {
    const spec = component.spec;
    if (!spec || spec.behaviors.length > 0) return;
    if (component.value.behaviors === undefined) return;
    ctx.report(
      inComponent(component, ['behaviors'], 'key'),
      'display',
      { tag: component.tag ?? '' },
      { path: [...component.path, 'behaviors'] },
    );
  },
  fixes(finding, ctx) {
    return removeAtPathFix(finding, ctx, rule.messages.remove, false);
  },
};

export default rule;
