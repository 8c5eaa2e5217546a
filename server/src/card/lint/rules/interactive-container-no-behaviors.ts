// An interactive container exists to make its area clickable; its field table marks `behaviors` as
// required. Without them clicking does nothing.
import { tagPlace } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'interactive-container-no-behaviors',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/containers/interactive-container',
  description: { en: 'Interactive container without behaviors.', zh: '交互容器没有配置交互。' },
  messages: {
    none: {
      en: 'This interactive container has no `behaviors`: clicking it does nothing (its docs mark `behaviors` as required). Add an `open_url` or `callback` behavior, or use a plain container.',
      zh: '此交互容器没有配置 behaviors：点击后没有任何效果（文档将 behaviors 标为必填）。请添加 open_url 或 callback 交互，或改用普通容器。',
    },
  },
  components: { tags: ['interactive_container'] },
  component(component, ctx) {
    const behaviors = component.value.behaviors;
    if (behaviors === undefined || (Array.isArray(behaviors) && behaviors.length === 0)) {
      ctx.report(tagPlace(component), 'none', {}, { path: component.path });
    }
  },
};

export default rule;
