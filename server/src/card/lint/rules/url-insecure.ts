// Plain http links open, but in a browser that warns about them, and some clients may refuse mixed content.
// A separate id (rather than a second message of url-invalid) so it can have its own, low severity.
import { nodeAt } from '../../parse/json';
import { replaceString, text } from './utils/shared';
import { urlFields, urlOffset, urlPlace } from './utils/urls';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'url-insecure',
  defaultSeverity: 'hint',
  appliesTo: ['v2', 'v1'],
  docs: 'configuring-card-interactions',
  description: { en: 'A plain http link.', zh: '使用 http 明文协议的链接。' },
  messages: {
    insecure: {
      en: 'The link "{url}" uses plain http: it opens, but unencrypted and possibly with a browser warning. Prefer https.',
      zh: '链接 "{url}" 使用 http 明文协议：可以打开，但未加密，浏览器可能提示不安全。建议使用 https。',
    },
    upgrade: { en: 'Use https', zh: '改用 https' },
  },
  check(ctx) {
    // An index loop: a for-of in this once-per-lint check allocated an iterator result per link (40 B,
    // 3,600 links on the 1 MB bench card).
    const fields = urlFields(ctx.card);
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      if (field.kind !== 'insecure') continue;
      // The data names the link by its offset (the fix finds it again by that): read from the tree, for a
      // finding only (the engine reads the same string node for the finding's range).
      const offset = urlOffset(ctx.card, field);
      ctx.report(urlPlace(field), 'insecure', { url: field.value }, { offset, url: field.value });
    }
  },
  fixes(finding, ctx) {
    // The link the finding names, still where it was: data from another text finds none. A fix runs on a
    // code-action request, not in the lint: it may read offsets and the string node.
    const { offset, url } = finding.data ?? {};
    const card = ctx.card;
    const field = urlFields(card).find((f) => f.value === url && urlOffset(card, f) === offset);
    const node = field && nodeAt(card.cardNode, urlPlace(field).path);
    if (!field || !node) return [];
    const { value } = field;
    return [
      {
        title: text(ctx.locale, rule.messages.upgrade),
        // An insecure link is one that starts with `http:` in any case.
        edits: replaceString(card, node, 'https' + value.slice('http'.length)),
        // The site may not serve https: the author has to know.
        safe: false,
      },
    ];
  },
};

export default rule;
