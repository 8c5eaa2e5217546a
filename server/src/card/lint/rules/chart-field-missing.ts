// A chart's `xField` / `yField` (and `seriesField`, `categoryField`, `valueField`) name fields of its data
// (chart page, VChart specs): a name no data row has draws an empty chart.
import { arrayItems, isObject, nodeAt, pairs, prop } from '../../parse/json';
import type { ComponentNode } from '../../parse/model';
import { isRecord, type JsonValue } from '../../parse/values';
import { inComponent } from '../locate';
import type { Rule, RuleContext } from '../types';

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
    const spec = component.value.chart_spec;
    if (!isRecord(spec)) return;
    const fields = dataFields(spec.data);
    if (!fields || fields.size === 0) return;
    let list: string | undefined;
    const report = (name: JsonValue | undefined, steps: (string | number)[]) => {
      if (typeof name !== 'string' || fields.has(name)) return;
      list ??= fieldList(fields, component, ctx);
      ctx.report(inComponent(component, steps), 'missing', { field: name, fields: list });
    };
    for (const key of FIELD_KEYS) {
      const names = spec[key];
      if (!Array.isArray(names)) report(names, ['chart_spec', key]);
      else for (let i = 0; i < names.length; i++) report(names[i], ['chart_spec', key, i]);
    }
  },
};

/** Field names of `data` (`{values: [...]}` or `[{values: [...]}]`); undefined when not literal rows. */
function dataFields(data: JsonValue | undefined): Set<string> | undefined {
  const sets = Array.isArray(data) ? data : data !== undefined ? [data] : [];
  const fields = new Set<string>();
  for (let i = 0; i < sets.length; i++) {
    const set = sets[i];
    const values = isRecord(set) ? set.values : undefined;
    if (!Array.isArray(values)) return undefined;
    for (let j = 0; j < values.length; j++) {
      const row = values[j];
      if (!isRecord(row)) return undefined;
      for (const key in row) if (Object.hasOwn(row, key)) fields.add(key);
    }
  }
  return fields;
}

/** An array index as a key: a JavaScript object lists such keys first, in number order, not as written. */
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;

/**
 * The data's field names for the message, in the order the card writes them. The rows' values list keys
 * such as "1" before the others, so only then is the order read from the card's text (through the tree,
 * once per chart that has a finding).
 */
function fieldList(fields: Set<string>, component: ComponentNode, ctx: RuleContext): string {
  const names = [...fields];
  if (!names.some((name) => INDEX_KEY.test(name) && Number(name) < 2 ** 32 - 1)) return names.join(', ');
  const data = nodeAt(ctx.card.cardNode, [...component.path, 'chart_spec', 'data']);
  const ordered = new Set<string>();
  for (const set of data?.type === 'array' ? arrayItems(data) : data ? [data] : [])
    for (const row of arrayItems(prop(set, 'values')))
      if (isObject(row)) for (const { key } of pairs(row)) ordered.add(key);
  return [...ordered].join(', ');
}

export default rule;
