// The chart page: `chart_spec` is a VChart spec (an object with a chart `type`), and some VChart options make
// the chart fail to load on mobile: bar textures (`style.texture`), conical gradients, word clouds laid out
// on a grid (`wordCloudConfig.layoutMode: "grid"`), repeated extension-mark images (`style.repeatX/Y`) and
// SVG mark backgrounds. Warnings: the spec itself is VChart's to judge, the preview draws it with VChart.
import type { Node } from 'jsonc-parser';
import { pairs, prop, stringValue } from '../../parse/json';
import type { Rule } from '../types';

/** Specs nest deeply only by accident; the walk stops here. */
const MAX_DEPTH = 40;

type Hit = { node: Node; option: string };

function mobileHits(node: Node | undefined, depth: number, parentKey: string, out: Hit[]): void {
  if (!node || depth > MAX_DEPTH) return;
  if (node.type === 'array') {
    for (const item of node.children ?? []) mobileHits(item, depth + 1, parentKey, out);
    return;
  }
  // pairs() of anything but an object is empty.
  for (const { key, keyNode, value } of pairs(node)) {
    const text = stringValue(value);
    if (key === 'texture' && parentKey === 'style') out.push({ node: keyNode, option: 'style.texture' });
    else if (key === 'gradient' && text === 'conical')
      out.push({ node: value!, option: 'gradient: "conical"' });
    else if (key === 'layoutMode' && text === 'grid' && parentKey === 'wordCloudConfig')
      out.push({ node: value!, option: 'wordCloudConfig.layoutMode: "grid"' });
    else if ((key === 'repeatX' || key === 'repeatY') && parentKey === 'style')
      out.push({ node: keyNode, option: `style.${key}` });
    else if (
      key === 'background' &&
      parentKey === 'style' &&
      text !== undefined &&
      /<svg|\.svg\b/i.test(text)
    )
      out.push({ node: value!, option: 'style.background (SVG)' });
    else mobileHits(value, depth + 1, key, out);
  }
}

const rule: Rule = {
  id: 'chart-spec',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/content-components/chart',
  description: {
    en: 'A chart spec that cannot be drawn, or that fails on mobile.',
    zh: '图表定义无法绘制，或在移动端加载失败。',
  },
  messages: {
    notObject: {
      en: '`chart_spec` must be a VChart spec object such as {"type": "line", "data": …}; the chart cannot be drawn.',
      zh: 'chart_spec 必须是 VChart 图表定义对象，例如 {"type": "line", "data": …}；图表无法绘制。',
    },
    noType: {
      en: '`chart_spec` has no chart `type` (line, bar, pie, area, scatter, funnel, radar, wordCloud …); the chart cannot be drawn.',
      zh: 'chart_spec 缺少图表类型 type（line、bar、pie、area、scatter、funnel、radar、wordCloud 等）；图表无法绘制。',
    },
    mobile: {
      en: 'The chart fails to load on mobile: the platform does not support the VChart option {option} there.',
      zh: '图表将在移动端加载失败：移动端不支持 VChart 属性 {option}。',
    },
  },
  components: { tags: ['chart'] },
  component(component, ctx) {
    const spec = prop(component.node, 'chart_spec');
    if (!spec) return; // property-required says it is missing
    if (spec.type !== 'object') {
      ctx.report(spec, 'notObject');
      return;
    }
    const type = prop(spec, 'type');
    if (!stringValue(type)) ctx.report(type ?? spec, 'noType');
    const hits: Hit[] = [];
    // Stryker disable next-line StringLiteral: the spec's own keys have no parent key; any name that is not "style" or "wordCloudConfig" behaves the same
    mobileHits(spec, 0, '', hits);
    for (const hit of hits) ctx.report(hit.node, 'mobile', { option: hit.option });
  },
};

export default rule;
