// JSON 1.0 structures that 2.0 no longer has: the `action` module, the `note` component, components in the
// root `elements` (2.0 keeps them in `body.elements`) and whole-card `i18n_elements`.
import { removedInV2 } from '../../catalog/catalog';
import { localize } from '../../i18n';
import { own } from '../../parse/values';
import { tagPlace } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'v1-component-in-v2',
  defaultSeverity: 'error',
  appliesTo: ['v2'],
  docs: 'card-json-v2-breaking-changes-release-notes',
  description: { en: 'JSON 1.0 structure in a 2.0 card.', zh: '2.0 卡片中使用了 JSON 1.0 的结构。' },
  messages: {
    removed: {
      en: '`{tag}` is a JSON 1.0 component that 2.0 no longer has: the platform rejects the card. {hint}',
      zh: '{tag} 是 JSON 1.0 的组件，2.0 中已不存在：平台会拒绝此卡片。{hint}',
    },
    rootElements: {
      en: 'A 2.0 card keeps its components in `body.elements`; a root `elements` array is JSON 1.0 and is not shown. Move these components into `body.elements`.',
      zh: '2.0 卡片的组件应放在 body.elements 中；根级 elements 数组是 JSON 1.0 写法，不会显示。请将这些组件移到 body.elements。',
    },
    i18nElements: {
      en: '`i18n_elements` (whole-card translations) is JSON 1.0 only and is not used by 2.0 cards. Translate per field instead (`i18n_content`, header `i18n`), with `config.locales`.',
      zh: 'i18n_elements（整卡多语言）仅适用于 JSON 1.0，2.0 卡片不支持。请改用字段级多语言（i18n_content、标题的 i18n），并配合 config.locales。',
    },
  },
  check(ctx) {
    const card = ctx.card.cardValue;
    if (own(card, 'elements') !== undefined)
      ctx.report({ path: ['elements'], part: 'key' }, 'rootElements', {}, { path: ['elements'] });
    if (own(card, 'i18n_elements') !== undefined)
      ctx.report({ path: ['i18n_elements'], part: 'key' }, 'i18nElements', {}, { path: ['i18n_elements'] });
    // An index loop, not for-of: a whole-card check runs once per lint, in code V8 leaves unoptimized, where
    // for-of allocates an iterator result per step (40 B a component, 107 KB on the 1 MB bench card).
    const components = ctx.card.components;
    for (let i = 0; i < components.length; i++) {
      const component = components[i];
      const tag = component.tag;
      const removed = removedInV2();
      if (!tag || !Object.prototype.hasOwnProperty.call(removed, tag)) continue;
      const hint = localize(removed[tag], ctx.locale);
      ctx.report(tagPlace(component), 'removed', { tag, hint }, { path: component.path });
    }
  },
};

export default rule;
