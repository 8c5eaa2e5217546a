// The chart page: `chart_spec` is a VChart spec (an object with a chart `type`), and some VChart options make
// the chart fail to load on mobile: bar textures (`style.texture`), conical gradients, word clouds laid out
// on a grid (`wordCloudConfig.layoutMode: "grid"`), repeated extension-mark images (`style.repeatX/Y`) and
// SVG mark backgrounds. Warnings: the spec itself is VChart's to judge, the preview draws it with VChart.
import { isRecord, type JsonPath, type JsonValue } from '../../parse/values';
import { inComponent, type Place } from '../locate';
import type { Rule } from '../types';

/** Specs nest deeply only by accident; the walk stops here. */
const MAX_DEPTH = 40;

/** A mobile option found: where it is below `chart_spec` (its value, or its key with part 'key'). */
type Hit = { steps: JsonPath; part?: Place['part']; option: string };

/**
 * Collects the mobile options in `value`. `steps` leads from `chart_spec` to `value`: the walk pushes and
 * pops its keys and indexes there and copies it only for a hit. A repeated key is its last one, as
 * JSON.parse (and the platform) reads it.
 */
function mobileHits(
  value: JsonValue | undefined,
  depth: number,
  parentKey: string,
  steps: JsonPath,
  out: Hit[],
): void {
  if (value === undefined || depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      steps.push(i);
      mobileHits(value[i], depth + 1, parentKey, steps, out);
      steps.pop();
    }
    return;
  }
  // Scalars have nothing below them.
  if (!isRecord(value)) return;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const child = value[key];
    const text = typeof child === 'string' ? child : undefined;
    steps.push(key);
    if (key === 'texture' && parentKey === 'style') out.push(hit(steps, 'key', 'style.texture'));
    else if (key === 'gradient' && text === 'conical') out.push(hit(steps, undefined, 'gradient: "conical"'));
    else if (key === 'layoutMode' && text === 'grid' && parentKey === 'wordCloudConfig')
      out.push(hit(steps, undefined, 'wordCloudConfig.layoutMode: "grid"'));
    else if ((key === 'repeatX' || key === 'repeatY') && parentKey === 'style')
      out.push(hit(steps, 'key', `style.${key}`));
    else if (
      key === 'background' &&
      parentKey === 'style' &&
      text !== undefined &&
      /<svg|\.svg\b/i.test(text)
    )
      out.push(hit(steps, undefined, 'style.background (SVG)'));
    else mobileHits(child, depth + 1, key, steps, out);
    steps.pop();
  }
}

function hit(steps: JsonPath, part: Place['part'], option: string): Hit {
  return { steps: ['chart_spec', ...steps], part, option };
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
    const spec = component.value.chart_spec;
    if (spec === undefined) return; // property-required says it is missing
    if (!isRecord(spec)) {
      ctx.report(inComponent(component, ['chart_spec']), 'notObject');
      return;
    }
    const type = spec.type;
    if (typeof type !== 'string' || type === '')
      ctx.report(
        inComponent(component, type !== undefined ? ['chart_spec', 'type'] : ['chart_spec']),
        'noType',
      );
    const hits: Hit[] = [];
    // Stryker disable next-line StringLiteral: the spec's own keys have no parent key; any name that is not "style" or "wordCloudConfig" behaves the same
    mobileHits(spec, 0, '', [], hits);
    for (const { steps, part, option } of hits)
      ctx.report(inComponent(component, steps, part), 'mobile', { option });
  },
};

export default rule;
