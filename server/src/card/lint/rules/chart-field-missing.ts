// A chart's `xField` / `yField` (and `seriesField`, `categoryField`, `valueField`) name fields of its data
// (chart page, VChart specs): a name no data row has draws an empty chart.
import type { Node } from 'jsonc-parser';
import { arrayItems, isObject, pairs, prop, stringValue } from '../../parse/json';
import type { Rule } from '../types';

const FIELD_KEYS = ['xField', 'yField', 'seriesField', 'categoryField', 'valueField'];

const rule: Rule = {
  id: 'chart-field-missing',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/content-components/chart',
  description: { en: 'A chart field that its data does not have.', zh: '图表字段在数据中不存在。' },
  messages: {
    missing: {
      en: 'No data row of this chart has a field "{field}": the chart is drawn empty. Fields in the data: {fields}.',
      zh: '此图表的数据中没有字段 "{field}"：图表将为空。数据中的字段：{fields}。',
    },
  },
  components: { tags: ['chart'] },
  component(component, ctx) {
    const spec = prop(component.node, 'chart_spec');
    if (!isObject(spec)) return;
    const fields = dataFields(prop(spec, 'data'));
    if (!fields || fields.size === 0) return;
    for (const key of FIELD_KEYS) {
      const node = prop(spec, key);
      const names = node?.type === 'array' ? arrayItems(node) : node ? [node] : [];
      for (const nameNode of names) {
        const name = stringValue(nameNode);
        if (name !== undefined && !fields.has(name))
          ctx.report(nameNode, 'missing', { field: name, fields: [...fields].join(', ') });
      }
    }
  },
};

/** Field names of `data` (`{values: [...]}` or `[{values: [...]}]`); undefined when not literal rows. */
function dataFields(data: Node | undefined): Set<string> | undefined {
  const sets = data?.type === 'array' ? arrayItems(data) : data ? [data] : [];
  const fields = new Set<string>();
  for (const set of sets) {
    const values = prop(set, 'values');
    if (values?.type !== 'array') return undefined;
    for (const row of arrayItems(values)) {
      if (!isObject(row)) return undefined;
      for (const { key } of pairs(row)) fields.add(key);
    }
  }
  return fields;
}

export default rule;
