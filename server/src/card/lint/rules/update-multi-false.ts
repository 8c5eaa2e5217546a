// JSON 2.0 cards are always shared cards: `config.update_multi` may only be true (its default).
import { setAt } from '../../edit/jsonEdits';
import { own } from '../../parse/values';
import { text } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'update-multi-false',
  defaultSeverity: 'error',
  appliesTo: ['v2'],
  docs: 'card-json-v2-structure',
  description: { en: '`update_multi: false` in a 2.0 card.', zh: '2.0 卡片中设置了 update_multi: false。' },
  messages: {
    notAllowed: {
      en: 'JSON 2.0 cards are always shared (one card for everyone): `update_multi` may only be true, and false is rejected. Remove it; per-user cards need JSON 1.0.',
      zh: 'JSON 2.0 卡片始终为共享卡片（所有人看到同一张卡片）：update_multi 只能为 true，设为 false 会被拒绝。请移除该字段；如需独享卡片请使用 JSON 1.0。',
    },
    remove: { en: 'Remove update_multi', zh: '移除 update_multi' },
  },
  check(ctx) {
    if (own(own(ctx.card.cardValue, 'config'), 'update_multi') === false)
      ctx.report({ path: ['config', 'update_multi'], part: 'pair' }, 'notAllowed', {}, {});
  },
  fixes(_finding, ctx) {
    return [
      {
        title: text(ctx.locale, rule.messages.remove),
        edits: setAt(ctx.card, ctx.text, ['config', 'update_multi'], undefined),
        safe: true,
      },
    ];
  },
};

export default rule;
