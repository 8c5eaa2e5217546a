// Containers nest at most 5 levels (every container page says so). Which containers count is the
// catalog's `countsForNesting`; the platform does not define the counting exactly, so the message says so.
import { tagNode } from './utils/shared';
import type { Rule } from '../types';

const LIMIT = 5;

const rule: Rule = {
  id: 'nesting-too-deep',
  defaultSeverity: 'error',
  appliesTo: ['v2'],
  docs: 'card-json-v2-components/component-json-v2-overview',
  description: { en: 'Containers nested more than 5 levels.', zh: '容器嵌套超过 5 层。' },
  messages: {
    tooDeep: {
      en: 'This `{tag}` is container level {level}; containers may nest at most {limit} levels, so the platform rejects the card. Flatten the layout (how the platform counts levels is not formally documented).',
      zh: '此 {tag} 是第 {level} 层容器；容器最多嵌套 {limit} 层，平台会拒绝此卡片。请减少嵌套（平台未明确说明层数的计算方式）。',
    },
  },
  check(ctx) {
    for (const component of ctx.card.components) {
      if (!component.spec?.countsForNesting) continue;
      const level = component.containerDepth + 1;
      // Report the first container past the limit on each branch, not every one below it.
      if (level === LIMIT + 1) {
        ctx.report(
          tagNode(component),
          'tooDeep',
          { tag: component.tag ?? '', level, limit: LIMIT },
          { path: component.path },
        );
      }
    }
  },
};

export default rule;
