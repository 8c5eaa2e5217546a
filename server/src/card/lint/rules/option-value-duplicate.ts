// Option values must be unique (select pages): the callback reports the chosen option by its value, so two
// options with one value cannot be told apart. On JSON 1.0 cards a warning: official 1.0 examples carry
// duplicate values (overflow, select_person) and were evidently sent, so a rejection is not established
// there; options that only open a link (`url` / `multi_url`) send no value and are skipped. Person selects
// are skipped too: their option values are people, the same person twice is still one answer to the
// server (the official 2.0 and 1.0 select_person examples list one person twice).
import { isRecord, ownItems } from '../../parse/values';
import { containsVariable } from '../../template/variables';
import { inComponent } from '../locate';
import type { Rule } from '../types';

const PERSON_SELECTS = new Set(['select_person', 'multi_select_person']);

const rule: Rule = {
  id: 'option-value-duplicate',
  defaultSeverity: 'error',
  defaultSeverityFor: ({ kind }) => (kind === 'v1' ? 'warning' : 'error'),
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/interactive-components/single-select-dropdown-menu',
  description: { en: 'Two options with the same value.', zh: '选项的 value 重复。' },
  messages: {
    duplicate: {
      en: 'Another option of this `{tag}` already has the value "{value}": option values must be unique, or your server cannot tell which one was chosen (the platform may reject the card). Give each option its own value.',
      zh: '此 {tag} 已有另一个选项的 value 为 "{value}"：选项的 value 必须唯一，否则服务端无法区分用户选择了哪一项（平台也可能拒绝此卡片）。请为每个选项设置不同的 value。',
    },
  },
  // Stryker disable next-line ObjectLiteral: without the key filter every component is visited, and those without options yield nothing
  components: { keys: ['options'] },
  component(component, ctx) {
    if (PERSON_SELECTS.has(component.tag ?? '')) return;
    const seen = new Set<string>();
    const options = ownItems(component.value, 'options');
    for (let i = 0; i < options.length; i++) {
      const option = options[i];
      if (!isRecord(option)) continue;
      const value = option.value;
      if (typeof value !== 'string' || containsVariable(value)) continue;
      if (ctx.card.kind === 'v1' && (option.url !== undefined || option.multi_url !== undefined)) continue;
      if (seen.has(value))
        ctx.report(
          inComponent(component, ['options', i, 'value']),
          'duplicate',
          { tag: component.tag ?? '', value },
          { path: component.path },
        );
      seen.add(value);
    }
  },
};

export default rule;
