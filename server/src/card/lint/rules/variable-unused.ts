// A sample value that no card uses. It is reported in the sample-data file, not in the card: the rule checks
// the data file (`checkDataFile`) with every card that uses it, through the same engine path as card rules.
import { pairs } from '../../parse/json';
import { valuesNode } from '../../template/sampleData';
import { findVariableReferences } from '../../template/variables';
import type { Rule } from '../types';
import { VARIABLES_DOCS } from './variable-undefined';

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
    // Nothing to say about the card itself: see checkDataFile.
  },
  checkDataFile(ctx) {
    const values = valuesNode(ctx.data);
    if (ctx.cards.length === 0 || !values) return;
    const used = new Set<string>();
    for (const card of ctx.cards) {
      // A top-level name used inside a loop counts too: items only shadow the fields they have.
      for (const ref of findVariableReferences(card)) used.add(ref.name);
    }
    for (const { key, keyNode } of pairs(values)) {
      if (used.has(key)) continue;
      ctx.report(
        { start: keyNode.offset, end: keyNode.offset + keyNode.length },
        'unused',
        { name: key },
        { name: key },
      );
    }
  },
};

export default rule;
