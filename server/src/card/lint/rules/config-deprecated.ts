// Deprecated card settings that older cards still carry: `config.wide_screen_mode` (the deprecated
// message-card config page: no effect, every card adapts to the screen width) and `config.compact_width` (the 1.0 structure
// page: deprecated, `width_mode` wins). The platform still accepts them, so this is a hint, never a
// complaint: recognise, do not punish.
import { setAt } from '../../edit/jsonEdits';
import { own } from '../../parse/values';
import { text } from './utils/shared';
import type { Rule } from '../types';

const DEPRECATED = ['wide_screen_mode', 'compact_width'] as const;

const rule: Rule = {
  id: 'config-deprecated',
  defaultSeverity: 'hint',
  appliesTo: ['v1', 'v2'],
  docs: 'https://open.feishu.cn/document/feishu-cards/card-json-structure',
  description: {
    en: 'Deprecated card setting (`wide_screen_mode`, `compact_width`).',
    zh: '已废弃的卡片配置（wide_screen_mode、compact_width）。',
  },
  messages: {
    wide_screen_mode: {
      en: '`wide_screen_mode` is deprecated and has no effect: every card now adapts to the screen width. Remove it; `width_mode` chooses the width.',
      zh: 'wide_screen_mode 已废弃且不再生效：所有卡片均已自适应屏幕宽度。请删除；如需设置宽度请使用 width_mode。',
    },
    compact_width: {
      en: '`compact_width` is deprecated: use `"width_mode": "compact"` (when both are set, `width_mode` wins).',
      zh: 'compact_width 已废弃：请使用 "width_mode": "compact"（两者同时设置时 width_mode 生效）。',
    },
    remove: { en: 'Remove `{key}`', zh: '删除 {key}' },
  },
  check(ctx) {
    const config = own(ctx.card.cardValue, 'config');
    for (const key of DEPRECATED) {
      if (own(config, key) !== undefined)
        ctx.report({ path: ['config', key], part: 'pair' }, key, {}, { key });
    }
  },
  fixes(finding, ctx) {
    const key = finding.data?.key;
    // Only the setting that is a pure leftover is removed for the author; compact_width still narrows the
    // card unless width_mode is set, so removing it would change the card.
    if (key !== 'wide_screen_mode') return [];
    const edits = setAt(ctx.card, ctx.text, ['config', key], undefined);
    return edits.length
      ? [{ title: text(ctx.locale, rule.messages.remove, { key }), edits, safe: true }]
      : [];
  },
};

export default rule;
