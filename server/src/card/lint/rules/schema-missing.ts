// "A card is JSON 2.0 only if it says so": without `"schema": "2.0"` the platform reads the card as 1.0,
// where `body` means nothing, so the 2.0 content is not shown.
import { own } from '../../parse/values';
import { stepEdits, text } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'schema-missing',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-structure',
  description: { en: 'A 2.0 card without `"schema": "2.0"`.', zh: '2.0 卡片缺少 "schema": "2.0"。' },
  messages: {
    missing: {
      en: 'This card has a 2.0 `body` but no `"schema": "2.0"`: the platform reads it as JSON 1.0 and does not show the body. Add `"schema": "2.0"` at the top of the card.',
      zh: '此卡片使用了 2.0 的 body 结构，但缺少 "schema": "2.0"：平台会将其按 JSON 1.0 解析，body 中的内容不会显示。请在卡片顶层添加 "schema": "2.0"。',
    },
    wrong: {
      en: 'This card has a 2.0 `body` but `"schema": "{schema}"`: the platform reads it as JSON 1.0 and does not show the body. Set `"schema": "2.0"`.',
      zh: '此卡片使用了 2.0 的 body 结构，但 schema 为 "{schema}"：平台会将其按 JSON 1.0 解析，body 中的内容不会显示。请设置 "schema": "2.0"。',
    },
    add: { en: 'Add "schema": "2.0"', zh: '添加 "schema": "2.0"' },
  },
  check(ctx) {
    const card = ctx.card.cardValue;
    if (own(card, 'body') === undefined) return;
    const schema = own(card, 'schema');
    if (schema === undefined) ctx.report({ path: ['body'], part: 'key' }, 'missing', {}, {});
    // A value that is no version at all ("3.0") is schema-invalid's finding.
    else if (schema === '1.0') ctx.report({ path: ['schema'] }, 'wrong', { schema }, {});
  },
  fixes(_finding, ctx) {
    return [
      {
        title: text(ctx.locale, rule.messages.add),
        edits: stepEdits(ctx.card, ctx.text, [{ path: ['schema'], value: '2.0', insertionIndex: 0 }]),
        safe: true,
      },
    ];
  },
};

export default rule;
