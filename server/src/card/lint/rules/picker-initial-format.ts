// Picker initial values have one format each (date_picker, picker_time, picker_datetime pages, 1.0 and 2.0):
// initial_date `yyyy-MM-dd`, initial_time `HH:mm`, initial_datetime `yyyy-MM-dd HH:mm`. The platform does
// not show a value in another format (that it refuses the card is unconfirmed: a warning). Month and day
// without a leading zero are accepted: the official 1.0 date picker pages write "2002-2-22" and
// "2002-2-22 22:22" in their own examples (that clients parse them is inferred from those pages, not tested).
import { containsVariable } from '../../template/variables';
import { inComponent } from '../locate';
import type { Rule } from '../types';

const FORMATS: Record<string, { key: string; pattern: RegExp; format: string; example: string }> = {
  date_picker: {
    key: 'initial_date',
    pattern: /^\d{4}-\d{1,2}-\d{1,2}$/,
    format: 'yyyy-MM-dd',
    example: '2024-01-31',
  },
  picker_time: { key: 'initial_time', pattern: /^\d{2}:\d{2}$/, format: 'HH:mm', example: '09:30' },
  picker_datetime: {
    key: 'initial_datetime',
    pattern: /^\d{4}-\d{1,2}-\d{1,2} \d{2}:\d{2}$/,
    format: 'yyyy-MM-dd HH:mm',
    example: '2024-01-31 09:30',
  },
};

const rule: Rule = {
  id: 'picker-initial-format',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/interactive-components/date-picker',
  description: { en: 'A picker initial value in the wrong format.', zh: '选择器初始值格式错误。' },
  messages: {
    format: {
      en: '`{key}` must be written as {format} (e.g. "{example}"): the picker does not show "{value}".',
      zh: '{key} 的格式须为 {format}（如 "{example}"）：选择器不会显示 "{value}"。',
    },
  },
  component(component, ctx) {
    const tag = component.tag;
    // Only the table's own entries (a tag such as "constructor" finds Object.prototype's).
    if (tag === undefined || !Object.hasOwn(FORMATS, tag)) return;
    const spec = FORMATS[tag];
    // The keys in the table are none of Object.prototype's.
    const value = component.value[spec.key];
    if (typeof value !== 'string' || containsVariable(value) || spec.pattern.test(value)) return;
    ctx.report(inComponent(component, [spec.key]), 'format', {
      key: spec.key,
      format: spec.format,
      example: spec.example,
      value,
    });
  },
};

export default rule;
