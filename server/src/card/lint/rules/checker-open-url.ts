// A checker accepts only `callback` behaviors; a link on it is rejected by the platform.
import { behaviorPath, behaviorPlace, behaviorsOf } from './utils/behaviors';
import { removeAtPathFix } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'checker-open-url',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/interactive-components/checker',
  description: { en: '`open_url` on a checker.', zh: '勾选器上配置了 open_url。' },
  messages: {
    openUrl: {
      en: 'A checker cannot open links: its `behaviors` accept only `callback`. Put the link on a button in `button_area` instead.',
      zh: '勾选器不支持打开链接：其 behaviors 仅支持 callback。请将链接放到 button_area 中的按钮上。',
    },
    removeTitle: { en: 'Remove the link behavior from the checker', zh: '移除勾选器上的链接交互' },
  },
  components: { tags: ['checker'] },
  component(component, ctx) {
    // An index loop, not for-of (see behaviorsOf).
    const entries = behaviorsOf(component);
    for (let i = 0; i < entries.length; i++) {
      const behavior = entries[i];
      if (behavior.type === 'open_url') {
        ctx.report(behaviorPlace(behavior), 'openUrl', {}, { path: behaviorPath(behavior) });
      }
    }
  },
  fixes(finding, ctx) {
    return removeAtPathFix(finding, ctx, rule.messages.removeTitle, true);
  },
};

export default rule;
