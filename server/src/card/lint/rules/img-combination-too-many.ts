// img_combination holds at most 2 (double), 3 (triple), 6 (bisect) or 9 (trisect) images (multi-image
// layout page): the rest are not shown. Maximums, not exact counts: fewer leaves blank space.
import { placeRange } from '../locate';
import type { Rule } from '../types';

export const COMBINATION_MAX: Record<string, number> = { double: 2, triple: 3, bisect: 6, trisect: 9 };

const rule: Rule = {
  id: 'img-combination-too-many',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/content-components/multi-image-laylout',
  description: { en: 'More images than the layout mode holds.', zh: '图片数量超过混排方式的上限。' },
  messages: {
    tooMany: {
      en: '`{mode}` shows at most {max} images; the {count} - {max} after the first {max} are not shown. Remove them or choose a larger mode.',
      zh: '{mode} 最多展示 {max} 张图片；超出的图片（共 {count} 张）不会显示。请删除多余图片或换用容量更大的混排方式。',
    },
  },
  components: { tags: ['img_combination'] },
  component(component, ctx) {
    const { value } = component;
    const mode = typeof value.combination_mode === 'string' ? value.combination_mode : '';
    // Only the table's own modes: "constructor" would otherwise find Object.prototype's.
    const max = Object.hasOwn(COMBINATION_MAX, mode) ? COMBINATION_MAX[mode] : undefined;
    const images = value.img_list;
    if (max === undefined || !Array.isArray(images) || images.length <= max) return;
    // From the first image not shown to the last one (items of the value, so each has its range).
    const list = [...component.path, 'img_list'];
    const { start } = placeRange(ctx.card, { path: [...list, max] })!;
    const { end } = placeRange(ctx.card, { path: [...list, images.length - 1] })!;
    ctx.report({ start, end }, 'tooMany', {
      mode,
      max,
      count: images.length,
    });
  },
};

export default rule;
