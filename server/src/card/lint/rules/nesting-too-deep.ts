// Containers nest at most 5 levels (every container page says so). Which containers count is the
// catalog's `countsForNesting`; the platform does not define the counting exactly, so the message says so.
// JSON nested past the parser's depth guard is not analysed at all (any card version), and this rule says so.
import { isBrokenCard } from './utils/broken';
import { tagPlace } from './utils/shared';
import type { Rule } from '../types';

const LIMIT = 5;

const rule: Rule = {
  id: 'nesting-too-deep',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  checksBrokenCards: true,
  docs: 'card-json-v2-components/component-json-v2-overview',
  description: { en: 'Containers nested more than 5 levels.', zh: '容器嵌套超过 5 层。' },
  messages: {
    tooDeep: {
      en: 'This `{tag}` is container level {level}; containers may nest at most {limit} levels, so the platform rejects the card. Flatten the layout (how the platform counts levels is not formally documented).',
      zh: '此 {tag} 是第 {level} 层容器；容器最多嵌套 {limit} 层，平台会拒绝此卡片。请减少嵌套（平台未明确说明层数的计算方式）。',
    },
    jsonTooDeep: {
      en: 'Nested too deeply ({depth} levels): deep checks skipped.',
      zh: '嵌套过深（{depth} 层），已跳过深度检查。',
    },
  },
  check(ctx) {
    if (ctx.card.skipped?.reason === 'too-deep') {
      // At the start of the file, also when the card is a string inside it.
      const end = Math.min(1, ctx.card.text.length);
      ctx.report({ start: 0, end, inFile: true }, 'jsonTooDeep', { depth: ctx.card.skipped.detail });
      return;
    }
    // Container levels are a JSON 2.0 rule; 1.0 cards get only the depth guard above.
    if (isBrokenCard(ctx.card) || ctx.card.kind !== 'v2') return;
    // An index loop, not for-of: a whole-card check runs once per lint, in code V8 leaves unoptimized, where
    // for-of allocates an iterator result per step (40 B a component, 107 KB on the 1 MB bench card).
    const components = ctx.card.components;
    for (let i = 0; i < components.length; i++) {
      const component = components[i];
      if (!component.spec?.countsForNesting) continue;
      const level = component.containerDepth + 1;
      // Report the first container past the limit on each branch, not every one below it.
      if (level === LIMIT + 1) {
        ctx.report(tagPlace(component), 'tooDeep', { tag: component.tag ?? '', level, limit: LIMIT });
      }
    }
  },
};

export default rule;
