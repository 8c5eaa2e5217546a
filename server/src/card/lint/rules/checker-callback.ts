// The checker is the one interactive component that does not call back by default. Its docs do accept a
// `callback` behavior (the 1.0 and 2.0 checker pages show one in their examples), so this is a note to
// verify the setup: an info, since a documented configuration is no mistake.
import { setAt } from '../../edit/jsonEdits';
import { behaviorPath, behaviorPlace, behaviorsOf } from './utils/behaviors';
import { componentAt, dataPath, text } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'checker-callback',
  defaultSeverity: 'info',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/interactive-components/checker',
  description: { en: '`callback` behavior on a checker.', zh: '勾选器上配置了 callback 回调。' },
  messages: {
    // One short sentence for the Problems panel; what to verify (app bot, 3-second answer, the `checked`
    // field, `form_value` inside a form) is in the hover of the behavior and on the docs page.
    callback: {
      en: 'This checker calls back on every tick; checkers do not by default.',
      zh: '此勾选器每次勾选都会发送回调；勾选器默认不回调。',
    },
    // The title of the "turn off this rule" action for this rule: a callback here can be deliberate.
    intended: {
      en: 'This is intended: turn off checker-callback in settings',
      zh: '这是有意为之：在设置中关闭 checker-callback',
    },
    remove: { en: 'Remove the callback from the checker', zh: '移除勾选器上的回调' },
  },
  components: { tags: ['checker'] },
  component(component, ctx) {
    // An index loop, not for-of (see behaviorsOf).
    const entries = behaviorsOf(component);
    for (let i = 0; i < entries.length; i++) {
      const behavior = entries[i];
      if (behavior.type === 'callback')
        ctx.report(behaviorPlace(behavior), 'callback', {}, { path: behaviorPath(behavior) });
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a guard; every finding of this rule carries its behavior's path
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
