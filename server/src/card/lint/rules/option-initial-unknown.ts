// The initial choice of a select must be one of its options (select pages): `initial_option` and
// `selected_values` match an option `value`; `initial_index` is 1-based (0 = none) within the options.
// Person selects without `options` choose among the chat's members: nothing to compare with. An empty
// `initial_option` ("") preselects nothing, as its author meant (an official 2.0 select example writes it).
import { isRecord, type JsonValue } from '../../parse/values';
import { containsVariable } from '../../template/variables';
import { inComponent } from '../locate';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'option-initial-unknown',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/interactive-components/single-select-dropdown-menu',
  description: { en: 'An initial choice that is not among the options.', zh: '初始选项不在 options 中。' },
  messages: {
    option: {
      en: '"{value}" is not the `value` of any option of this `{tag}`: no option is preselected.',
      zh: '"{value}" 不是此 {tag} 任何选项的 value：不会预选任何选项。',
    },
    index: {
      en: '`initial_index` {index} is outside 0 – {count}: it counts options from 1 (0 shows none), and this `{tag}` has {count}.',
      zh: 'initial_index {index} 超出 0 – {count}：选项从 1 开始计数（0 表示不预选），此 {tag} 共有 {count} 个选项。',
    },
  },
  // Stryker disable next-line ObjectLiteral: visiting every component finds the same ones (the check reads options)
  components: { keys: ['options'] },
  component(component, ctx) {
    const { value } = component;
    const options = value.options;
    // `options` as a whole variable: nothing to check. (Absent, as person selects have it: not visited.)
    if (!Array.isArray(options)) return;
    const values: (string | undefined)[] = [];
    for (let i = 0; i < options.length; i++) {
      const option = options[i];
      const optionValue = isRecord(option) ? option.value : undefined;
      values.push(typeof optionValue === 'string' ? optionValue : undefined);
    }
    if (values.some((v) => v === undefined || containsVariable(v))) return;
    const tag = component.tag ?? '';
    const check = (initial: JsonValue | undefined, steps: (string | number)[]) => {
      if (
        typeof initial === 'string' &&
        initial !== '' &&
        !containsVariable(initial) &&
        !values.includes(initial)
      )
        ctx.report(inComponent(component, steps), 'option', { value: initial, tag });
    };
    check(value.initial_option, ['initial_option']);
    const selected = value.selected_values;
    if (Array.isArray(selected))
      for (let i = 0; i < selected.length; i++) check(selected[i], ['selected_values', i]);
    const index = value.initial_index;
    if (typeof index === 'number') {
      if (index < 0 || index > options.length)
        ctx.report(inComponent(component, ['initial_index']), 'index', { index, count: options.length, tag });
    }
  },
};

export default rule;
