// The audio page: a card that contains `audio` must set `config.enable_forward: false` (forwarding is on
// by default), otherwise the card is rejected.
import { prop } from '../../parse/json';
import { setAt } from '../../edit/jsonEdits';
import { ownRecord } from '../../parse/values';
import { tagPlace, text } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'audio-forward',
  defaultSeverity: 'error',
  appliesTo: ['v2'],
  docs: 'card-json-v2-components/content-components/audio',
  description: { en: 'Audio in a forwardable card.', zh: '包含音频的卡片允许转发。' },
  messages: {
    forward: {
      en: 'A card with `audio` must set `"config": {"enable_forward": false}` (forwarding is on by default); otherwise the platform rejects it. Audio also needs Feishu 7.49 or later.',
      zh: '包含 audio 的卡片必须设置 "config": {"enable_forward": false}（默认允许转发），否则平台会拒绝此卡片。音频组件还需要飞书 7.49 及以上版本。',
    },
    set: { en: 'Set config.enable_forward to false', zh: '将 config.enable_forward 设为 false' },
  },
  check(ctx) {
    if (ownRecord(ctx.card.cardValue, 'config')?.enable_forward === false) return;
    const audio = ctx.card.components.find((c) => c.tag === 'audio');
    if (audio) ctx.report(tagPlace(audio), 'forward', {}, {});
  },
  fixes(_finding, ctx) {
    // A `config` that is not an object (a number, a string ...) cannot take the key: replacing it would
    // throw away whatever the author meant, so there is no automatic repair.
    const config = prop(ctx.card.cardNode, 'config');
    if (config && config.type !== 'object') return [];
    return [
      {
        title: text(ctx.locale, rule.messages.set),
        edits: setAt(ctx.card, ctx.text, ['config', 'enable_forward'], false),
        safe: true,
      },
    ];
  },
};

export default rule;
