// `select_img.style` ("default" / "laser") is documented only on the 1.0 image-picker page; the 2.0 page
// omits it. Whether 2.0 refuses it is unknown: a warning (instead of unknown-property's error) until we know.
import { inComponent } from '../locate';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'select-img-style-v2',
  defaultSeverity: 'warning',
  appliesTo: ['v2'],
  docs: 'card-json-v2-components/interactive-components/image-picker',
  description: { en: '`select_img.style` on a 2.0 card.', zh: '2.0 卡片的 select_img 使用了 style。' },
  messages: {
    style: {
      en: '`style` of `select_img` is documented only for JSON 1.0; the 2.0 page omits it, so it may be ignored or refused. Verify on a real client, or remove it.',
      zh: 'select_img 的 style 仅在 JSON 1.0 文档中有说明；2.0 文档未列出该属性，可能被忽略或拒绝。请在真实客户端上确认，或删除该属性。',
    },
  },
  components: { tags: ['select_img'] },
  component(component, ctx) {
    if (component.value.style !== undefined) ctx.report(inComponent(component, ['style'], 'key'), 'style');
  },
};

export default rule;
