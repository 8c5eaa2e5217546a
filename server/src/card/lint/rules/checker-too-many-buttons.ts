// A checker's `button_area` holds at most 3 buttons (checker page).
import { isRecord } from '../../parse/values';
import { inComponent } from '../locate';
import type { Rule } from '../types';

const LIMIT = 3;

const rule: Rule = {
  id: 'checker-too-many-buttons',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/interactive-components/checker',
  description: { en: 'More than 3 buttons in a checker.', zh: '勾选器中的按钮超过 3 个。' },
  messages: {
    tooMany: {
      en: 'A checker shows at most {limit} buttons in `button_area.buttons`; this is button {index}, which the platform rejects. Remove the extra buttons.',
      zh: '勾选器的 button_area.buttons 最多 {limit} 个按钮；这是第 {index} 个，平台会拒绝。请删除多余的按钮。',
    },
  },
  components: { tags: ['checker'] },
  component(component, ctx) {
    const area = component.value.button_area;
    const buttons = isRecord(area) ? area.buttons : undefined;
    if (!Array.isArray(buttons)) return;
    for (let i = LIMIT; i < buttons.length; i++) {
      ctx.report(inComponent(component, ['button_area', 'buttons', i]), 'tooMany', {
        limit: LIMIT,
        index: i + 1,
      });
    }
  },
};

export default rule;
