// A top-level `i18n_header` on a 2.0 card: the 2.0 structure page does not list it (2.0 puts i18n inside
// the header, e.g. `header.i18n_title`), yet official 2.0 examples (breaking-changes, column set and plain
// text pages) still carry it. The pages disagree: a warning that says so, not unknown-property's error.
import { own } from '../../parse/values';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'i18n-header-v2',
  defaultSeverity: 'warning',
  appliesTo: ['v2'],
  docs: 'card-json-v2-structure',
  description: { en: 'A top-level `i18n_header` on a 2.0 card.', zh: '2.0 卡片顶层使用了 i18n_header。' },
  messages: {
    header: {
      en: 'The 2.0 structure page has no top-level `i18n_header` (2.0 writes `header.i18n_title` / `i18n_subtitle`), though official 2.0 examples still carry one. Verify on a real client, or move the texts into `header`.',
      zh: '2.0 结构文档中没有顶层 i18n_header（2.0 写法为 header.i18n_title / i18n_subtitle），但官方 2.0 示例中仍有该字段。请在真实客户端上确认，或将文案移入 header。',
    },
  },
  check(ctx) {
    if (own(ctx.card.cardValue, 'i18n_header') !== undefined)
      ctx.report({ path: ['i18n_header'], part: 'key' }, 'header');
  },
};

export default rule;
