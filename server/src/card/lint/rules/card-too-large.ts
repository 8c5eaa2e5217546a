// A card message may be at most 30 KB (message create, and the delayed-update API); a custom bot's webhook
// request at most 20 KB. Measured on the card as it is sent: compact JSON, UTF-8. A file over the size guard
// (`feishuCard.maxFileSize`) is not analysed at all, and this rule says so.
import { compactJsonBytes } from '../../parse/jsonText';
import { placeRange } from '../locate';
import type { Rule } from '../types';
import { isBrokenCard } from './utils/broken';

const KB = 1024;

const rule: Rule = {
  id: 'card-too-large',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  checksBrokenCards: true,
  docs: 'card-json-v2-structure',
  description: { en: 'Card over the size limit.', zh: '卡片超出大小限制。' },
  messages: {
    tooLarge: {
      en: 'The card is {size} KB as compact JSON, over the {limit} KB limit of {what}: sending it fails. Split it into several cards or shorten its content.',
      zh: '此卡片压缩为紧凑 JSON 后为 {size} KB，超过{what}的 {limit} KB 上限：发送将失败。请拆分为多张卡片或精简内容。',
    },
    fileTooLarge: {
      en: 'File too large ({size} characters): deep checks skipped. A card message may be at most 30 KB.',
      zh: '文件过大（{size} 个字符），已跳过深度检查。卡片消息体上限为 30 KB。',
    },
  },
  check(ctx) {
    if (ctx.card.skipped?.reason === 'too-large') {
      const end = Math.min(1, ctx.card.text.length);
      ctx.report({ start: 0, end, inFile: true }, 'fileTooLarge', { size: ctx.card.skipped.detail });
      return;
    }
    if (isBrokenCard(ctx.card)) return;
    const card = ctx.card.cardValue;
    if (card === undefined) return;
    const webhook = ctx.sender === 'webhook' || ctx.card.wrapper === 'card';
    const limit = webhook ? 20 : 30;
    const bytes = compactJsonBytes(card);
    if (bytes <= limit * KB) return;
    const what = webhook
      ? ctx.locale === 'zh'
        ? '自定义机器人请求'
        : 'a custom bot request'
      : ctx.locale === 'zh'
        ? '卡片消息'
        : 'a card message';
    // On the card's opening brace: the whole card is too much to underline. (A card with a value has a range.)
    const { start } = placeRange(ctx.card, { path: [] })!;
    ctx.report({ start, end: start + 1 }, 'tooLarge', {
      size: (bytes / KB).toFixed(1),
      limit,
      what,
    });
  },
};

export default rule;
