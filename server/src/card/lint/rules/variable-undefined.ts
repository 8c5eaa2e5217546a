// A `${name}` with no sample value. Without a data file this is only information (the card may well be
// filled at send time); with one, a missing name is most likely a typo or a forgotten value.
import { findVariableReferences, resolveReference } from '../../template/variables';
import type { Rule } from '../types';

export const VARIABLES_DOCS = 'feishu-card-cardkit/configure-card-variables';

const rule: Rule = {
  id: 'variable-undefined',
  defaultSeverity: 'info',
  defaultSeverityFor: ({ templateData }) => (templateData ? 'warning' : 'info'),
  appliesTo: ['v2', 'v1'],
  docs: VARIABLES_DOCS,
  description: {
    en: 'A card variable has no sample value.',
    zh: '卡片变量没有示例值。',
  },
  messages: {
    noData: {
      en: '`${{name}}` is a template variable; the platform fills it from `template_variable` when the card is sent. Add sample data in a `<card>.data.json` file beside the card to check and preview it.',
      zh: '`${{name}}` 是模板变量，发送卡片时由平台用 `template_variable` 填充。在卡片旁添加 `<卡片名>.data.json` 示例数据文件即可检查和预览。',
    },
    missing: {
      en: '`${{name}}` has no value in the sample data ({file}). The card would show the placeholder as it is.',
      zh: '示例数据（{file}）中没有 `${{name}}` 的值，卡片将原样显示该占位符。',
    },
    missingInLoop: {
      en: '`{name}` is not a field of the items of `{list}` in the sample data ({file}), nor a top-level value.',
      zh: '示例数据（{file}）中 `{list}` 的列表项没有字段 `{name}`，顶层也没有同名变量。',
    },
  },
  check(ctx) {
    // `${…}` of another template engine in a card that is no Feishu template: not ours to judge.
    if (!ctx.isTemplate) return;
    const data = ctx.templateData;
    const file = baseName(data?.source?.path) || 'data';
    for (const ref of findVariableReferences(ctx.card)) {
      if (resolveReference(ref, data?.values ?? {}).status !== 'undefined') continue;
      const list = ref.loops.at(-1)?.name;
      const messageId = !data ? 'noData' : list ? 'missingInLoop' : 'missing';
      ctx.report(
        { start: ref.start, end: ref.end },
        messageId,
        { name: ref.name, file, list: list ?? '' },
        { name: ref.name, binding: ref.binding, list, hasData: Boolean(data) },
      );
    }
  },
};

function baseName(path: string | undefined): string {
  return path ? (path.split(/[\\/]/).pop() ?? path) : '';
}

export default rule;
