// A table shows a row's value under the column whose `name` is its key (table page): a key matching no
// column is shown nowhere, most often a typo of the column name.
import { arrayItems, pairs, prop, stringValue } from '../../parse/json';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'table-row-unknown-column',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/content-components/table',
  description: { en: 'A table row key that matches no column.', zh: '表格行数据的键与任何列都不匹配。' },
  messages: {
    unknown: {
      en: 'No column of this table is named "{key}", so this value is not shown. Columns: {columns}.',
      zh: '此表格没有 name 为 "{key}" 的列，此值不会显示。已有列：{columns}。',
    },
  },
  components: { tags: ['table'] },
  component(component, ctx) {
    const columnsNode = prop(component.node, 'columns');
    if (columnsNode?.type !== 'array') return;
    const names = arrayItems(columnsNode).map((c) => stringValue(prop(c, 'name')));
    if (names.some((n) => n === undefined)) return;
    const rows = prop(component.node, 'rows');
    for (const row of arrayItems(rows)) {
      for (const { key, keyNode } of pairs(row)) {
        if (!names.includes(key)) ctx.report(keyNode, 'unknown', { key, columns: names.join(', ') || '—' });
      }
    }
  },
};

export default rule;
