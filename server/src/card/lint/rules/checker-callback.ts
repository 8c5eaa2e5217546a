// The checker is the one interactive component that does not call back by default. Its docs do accept a
// `callback` behavior, so this is a prompt to verify the setup, not an error.
import { setAt } from '../../edit/jsonEdits';
import { behaviorsOf } from './utils/behaviors';
import { componentAt, dataPath, text } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'checker-callback',
  defaultSeverity: 'warning',
  appliesTo: ['v2'],
  docs: 'card-json-v2-components/interactive-components/checker',
  description: { en: '`callback` behavior on a checker.', zh: '勾选器上配置了 callback 回调。' },
  messages: {
    callback: {
      en: 'The checker is the one interactive component without request-callback ability by default; with this `callback`, every tick sends `card.action.trigger` (`action.tag` "checker", `action.checked`, `action.value`). Verify that the card is sent by an app bot (not a custom bot), that your server answers within 3 seconds, and that it handles `checked`. Inside a form the state arrives in `form_value` instead. Remove the callback if ticking should stay local.',
      zh: '勾选器是唯一默认不具备请求回调能力的交互组件；配置此 callback 后，每次勾选都会发送 card.action.trigger 回调（action.tag 为 "checker"，含 action.checked 和 action.value）。请确认：卡片由应用机器人发送（而非自定义机器人）、服务端在 3 秒内响应并处理 checked 字段。在表单内时，勾选状态改由 form_value 提交。如果勾选只需在本地生效，请移除该回调。',
    },
    remove: { en: 'Remove the callback from the checker', zh: '移除勾选器上的回调' },
  },
  check(ctx) {
    for (const component of ctx.card.components) {
      if (component.tag !== 'checker') continue;
      for (const behavior of behaviorsOf(component)) {
        if (behavior.type === 'callback') ctx.report(behavior.node, 'callback', {}, { path: behavior.path });
      }
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    if (!path) return [];
    const component = componentAt(ctx.card, path.slice(0, -2));
    // The last entry takes the whole `behaviors` key with it.
    const target = component && behaviorsOf(component).length === 1 ? path.slice(0, -1) : path;
    return [
      {
        title: text(ctx.locale, rule.messages.remove),
        edits: setAt(ctx.card, ctx.text, target, undefined),
        // A callback on a checker is a legitimate choice: never remove it unattended.
        safe: false,
      },
    ];
  },
};

export default rule;
