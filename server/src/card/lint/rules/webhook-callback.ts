// Cards sent by a custom (webhook) bot cannot call back: "request callbacks only apply to cards sent by an
// app". Links still work. The sender comes from the settings, or from the `{"msg_type", "card"}` wrapper,
// which is what a custom bot posts.
import { behaviorPlace, behaviorsOf } from './utils/behaviors';
import { formActionOf, isSubmitButton, tagPlace } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'webhook-callback',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'configuring-card-interactions',
  description: { en: 'Callback in a card sent by a custom bot.', zh: '自定义机器人发送的卡片中使用了回调。' },
  messages: {
    explicit: {
      en: 'This card is sent by a custom (webhook) bot, where request callbacks are not supported: clicking it fails. Send the card from an app bot, or use an `open_url` link instead.',
      zh: '此卡片由自定义机器人（webhook）发送，不支持请求回调：点击后会报错。请改用应用机器人发送卡片，或改用 open_url 链接。',
    },
    byDefault: {
      en: '`{tag}` calls back when used, but this card is sent by a custom (webhook) bot, where request callbacks are not supported: using it fails. Send the card from an app bot, or give it an `open_url` link instead.',
      zh: '{tag} 在使用时会发送回调，但此卡片由自定义机器人（webhook）发送，不支持请求回调：操作后会报错。请改用应用机器人发送卡片，或改为配置 open_url 链接。',
    },
  },
  check(ctx) {
    if (ctx.sender !== 'webhook' && ctx.card.wrapper !== 'card') return;
    // An index loop, not for-of: a whole-card check runs once per lint, in code V8 leaves unoptimized, where
    // for-of allocates an iterator result per step (40 B a component, 107 KB on the 1 MB bench card).
    const components = ctx.card.components;
    for (let i = 0; i < components.length; i++) {
      const component = components[i];
      const behaviors = behaviorsOf(component);
      const callback = behaviors.find((b) => b.type === 'callback');
      if (callback) {
        ctx.report(behaviorPlace(callback), 'explicit');
        continue;
      }
      if (!component.spec?.callsBackByDefault) continue;
      // A link button only opens its link; a reset button acts on the client; fields inside a form
      // send nothing themselves (the submit button does, and is reported).
      const links =
        behaviors.some((b) => b.type === 'open_url') ||
        component.value.url !== undefined ||
        component.value.multi_url !== undefined;
      if (links || formActionOf(component.value, ctx.card.kind === 'v1') === 'reset') continue;
      if (component.form && !isSubmitButton(component)) continue;
      // A component with a catalog entry has a tag: the entry is looked up by it.
      ctx.report(tagPlace(component), 'byDefault', { tag: String(component.tag) });
    }
  },
};

export default rule;
