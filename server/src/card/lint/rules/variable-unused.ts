// A sample value no card uses. It is reported in the data file, not the card, so the engine's check finds
// nothing here: the server calls `unusedVariables` (templateData.ts) for the data file. The rule is
// registered anyway so its id, severity setting and docs work like every other rule's.
import { VARIABLES_DOCS } from './variable-undefined';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'variable-unused',
  defaultSeverity: 'hint',
  appliesTo: ['v2', 'v1'],
  docs: VARIABLES_DOCS,
  description: {
    en: 'A sample value that no card uses (reported in the data file).',
    zh: '没有卡片使用的示例值（在数据文件中提示）。',
  },
  messages: {
    unused: {
      en: 'The sample data defines `{name}`, but the card does not use `${{name}}`.',
      zh: '示例数据定义了 `{name}`，但卡片中没有使用 `${{name}}`。',
    },
  },
  check() {
    // Reported on the data file; see unusedVariables().
  },
};

export default rule;
