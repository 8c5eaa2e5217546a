// At most 200 elements or components per card. How the platform counts (text elements too?) is not
// formally defined; this counts components, so a card reported here is over the limit however it is counted.
import { tagPlace } from './utils/shared';
import type { Rule } from '../types';

const LIMIT = 200;

const rule: Rule = {
  id: 'too-many-components',
  defaultSeverity: 'error',
  appliesTo: ['v2'],
  docs: 'card-json-v2-structure',
  description: { en: 'More than 200 components.', zh: '组件数量超过 200 个。' },
  messages: {
    tooMany: {
      en: 'The card has {count} components, over the limit of {limit} per card (text elements may count too): the platform rejects it. This is component {index}. Split the card or use fewer components.',
      zh: '此卡片有 {count} 个组件，超过每张卡片 {limit} 个的上限（文本元素也可能计入）：平台会拒绝此卡片。此处为第 {index} 个组件。请拆分卡片或减少组件。',
    },
  },
  check(ctx) {
    const components = ctx.card.components;
    if (components.length <= LIMIT) return;
    const first = components[LIMIT];
    ctx.report(
      tagPlace(first),
      'tooMany',
      { count: components.length, limit: LIMIT, index: LIMIT + 1 },
      { path: first.path },
    );
  },
};

export default rule;
