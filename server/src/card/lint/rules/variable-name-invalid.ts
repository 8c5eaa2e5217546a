// `${...}` with something that is not a variable name inside: the platform does not fill it, so the card
// shows it literally. Names start with a letter, then letters, digits and `_` (reference notes §9).
import { replaceRange } from '../../edit/jsonEdits';
import { findInvalidVariables, isValidVariableName } from '../../template/variables';
import { VARIABLES_DOCS } from './variable-undefined';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'variable-name-invalid',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: VARIABLES_DOCS,
  description: {
    en: 'A `${...}` placeholder whose name is not a valid variable name.',
    zh: '`${...}` 占位符中的名称不是合法的变量名。',
  },
  messages: {
    invalid: {
      en: '`{text}` is not a variable the platform fills: names start with a letter and contain only letters, digits and `_`.',
      zh: '`{text}` 不会被平台替换：变量名须以字母开头，且只含字母、数字和下划线。',
    },
    rename: { en: 'Change to `${{name}}`', zh: '改为 `${{name}}`' },
  },
  check(ctx) {
    // `${…}` of another template engine in a card that is no Feishu template: not ours to judge.
    if (!ctx.isTemplate) return;
    for (const invalid of findInvalidVariables(ctx.card)) {
      const suggestion = suggestName(invalid.text.slice(2, -1));
      ctx.report(invalid, 'invalid', { text: invalid.text }, suggestion ? { suggestion } : undefined);
    }
  },
  fixes(finding, ctx) {
    const suggestion = finding.data?.suggestion;
    if (typeof suggestion !== 'string') return [];
    return [
      {
        title: ctx.locale === 'zh' ? `改为 \`\${${suggestion}}\`` : `Change to \`\${${suggestion}}\``,
        edits: replaceRange(finding.start, finding.end, '${' + suggestion + '}'),
        // Renaming changes which sample value is used: the author decides.
        safe: false,
      },
    ];
  },
};

/** A valid name close to what was written (`user-name` → `user_name`, ` name ` → `name`), if there is one. */
export function suggestName(inner: string): string | undefined {
  const candidate = inner
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return isValidVariableName(candidate) ? candidate : undefined;
}

export default rule;
