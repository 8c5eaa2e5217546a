// A property the component (or sub-object) does not have. JSON 2.0 checks strictly: the platform rejects a
// card with any unknown property (an error). JSON 1.0 silently ignores it, so on 1.0 cards it is a warning:
// most likely a typo whose setting never takes effect.
import { nodeAt, propKey } from '../../parse/json';
import { setAt } from '../../edit/jsonEdits';
import { replaceInCard } from '../../edit/jsonEdits';
import { reportIssues } from '../validate';
import type { CardDocument } from '../../parse/model';
import { ownString, valueAtPath } from '../../parse/values';
import type { Fix, Rule } from '../types';

/**
 * 2.0 properties the official pages disagree about, reported as warnings by their own rules instead:
 * a top-level `i18n_header` (i18n-header-v2) and `select_img.style` (select-img-style-v2).
 */
function ownedElsewhere(card: CardDocument, data: Record<string, unknown> | undefined): boolean {
  if (card.kind !== 'v2' || !data) return false;
  const path = data.path as (string | number)[] | undefined;
  if (!path) return false;
  if (path.length === 0 && data.property === 'i18n_header') return true;
  return data.property === 'style' && ownString(valueAtPath(card.cardValue, path), 'tag') === 'select_img';
}

const rule: Rule = {
  id: 'unknown-property',
  defaultSeverity: 'error',
  defaultSeverityFor: ({ kind }) => (kind === 'v1' ? 'warning' : 'error'),
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-breaking-changes-release-notes',
  description: { en: 'Property that JSON 2.0 does not know.', zh: 'JSON 2.0 不支持的属性。' },
  messages: {
    unknownProperty: {
      en: '`{owner}` has no property `{property}`; JSON 2.0 rejects cards with unknown properties.',
      zh: '{owner} 不支持属性 {property}；JSON 2.0 卡片含未知属性时会发送失败。',
    },
    unknownPropertySuggest: {
      en: '`{owner}` has no property `{property}`. Did you mean `{suggestion}`?',
      zh: '{owner} 不支持属性 {property}。是否应为 {suggestion}？',
    },
    unknownPropertyV1: {
      en: '`{owner}` has no property `{property}`; JSON 1.0 ignores it, so it has no effect.',
      zh: '{owner} 不支持属性 {property}；JSON 1.0 会忽略该属性，设置不会生效。',
    },
    unknownPropertySuggestV1: {
      en: '`{owner}` has no property `{property}` (JSON 1.0 ignores it). Did you mean `{suggestion}`?',
      zh: '{owner} 不支持属性 {property}（JSON 1.0 会忽略该属性）。是否应为 {suggestion}？',
    },
  },
  check(ctx) {
    reportIssues(
      {
        ...ctx,
        report(at, messageId, args, data) {
          if (!ownedElsewhere(ctx.card, data)) ctx.report(at, messageId, args, data);
        },
      },
      'unknown-property',
    );
  },
  fixes(finding, ctx) {
    const path = finding.data?.path as (string | number)[] | undefined;
    const property = finding.data?.property as string | undefined;
    const suggestion = finding.data?.suggestion as string | undefined;
    if (!path || property === undefined) return [];
    const key = propKey(nodeAt(ctx.card.cardNode, path), property);
    if (!key) return [];
    const fixes: Fix[] = [];
    if (suggestion) {
      fixes.push({
        title: ctx.locale === 'zh' ? `改为 ${suggestion}` : `Rename to \`${suggestion}\``,
        edits: replaceInCard(ctx.card, key.offset, key.offset + key.length, JSON.stringify(suggestion)),
        safe: false,
      });
    }
    // jsonc-parser's modify works on the file text, which is the card itself unless it is a JSON string.
    if (ctx.card.wrapper !== 'content-string') {
      fixes.push({
        title: ctx.locale === 'zh' ? `删除属性 ${property}` : `Remove \`${property}\``,
        edits: setAt(ctx.card, ctx.text, [...path, property], undefined),
        safe: false,
      });
    }
    return fixes;
  },
};

export default rule;
