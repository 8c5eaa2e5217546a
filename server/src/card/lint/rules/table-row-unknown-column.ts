// A table shows a row's value under the column whose `name` is its key (table page): a key matching no
// column is shown nowhere, most often a typo of the column name. A key a row repeats is its last one, as
// JSON.parse (and the platform) reads it.
import { isRecord } from '../../parse/values';
import { inComponent } from '../locate';
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
    const { columns, rows } = component.value;
    if (!Array.isArray(columns)) return;
    const names: string[] = [];
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const name = isRecord(column) ? column.name : undefined;
      if (typeof name !== 'string') return;
      names.push(name);
    }
    if (!Array.isArray(rows)) return;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!isRecord(row)) continue;
      for (const key in row) {
        if (Object.hasOwn(row, key) && !names.includes(key))
          ctx.report(inComponent(component, ['rows', i, key], 'key'), 'unknown', {
            key,
            columns: names.join(', ') || '—',
          });
      }
    }
  },
};

export default rule;
