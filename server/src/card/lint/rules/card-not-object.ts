// A file that must be a card (`*.card.json`, `feishuCard.files`) whose content is no JSON object: the
// platform takes only an object as a card, so say so once instead of linting it clean.
import type { Rule } from '../types';

const rule: Rule = {
  id: 'card-not-object',
  defaultSeverity: 'error',
  appliesTo: ['not-object'],
  checksBrokenCards: true,
  docs: 'card-json-v2-structure',
  description: { en: 'A card file that is not a JSON object.', zh: '卡片文件不是 JSON 对象。' },
  messages: {
    empty: {
      en: 'This card file is empty: a card is a JSON object such as {"schema": "2.0", "body": {"elements": []}}.',
      zh: '此卡片文件为空：卡片是一个 JSON 对象，如 {"schema": "2.0", "body": {"elements": []}}。',
    },
    notJson: {
      en: 'This card file is not JSON: a card is a JSON object such as {"schema": "2.0", "body": {"elements": []}}.',
      zh: '此卡片文件不是 JSON：卡片是一个 JSON 对象，如 {"schema": "2.0", "body": {"elements": []}}。',
    },
    other: {
      en: 'This card file holds {what}, not a JSON object: the platform accepts only an object as a card, e.g. {"schema": "2.0", "body": {"elements": []}}.',
      zh: '此卡片文件的内容是{what}，不是 JSON 对象：平台只接受对象形式的卡片，如 {"schema": "2.0", "body": {"elements": []}}。',
    },
  },
  check(ctx) {
    const kind = ctx.card.notObject;
    if (!kind) return;
    const text = ctx.card.text;
    if (kind === 'empty') return ctx.report({ start: 0, end: Math.min(1, text.length) }, 'empty');
    // The visible content (at most 200 characters), so the finding is seen wherever the file is opened. A
    // file that is not empty has some: parse.ts calls a file of only white space empty.
    const start = text.search(/\S/);
    const range = { start, end: Math.min(text.trimEnd().length, start + 200) };
    if (kind === 'text') return ctx.report(range, 'notJson');
    ctx.report(range, 'other', { what: WHAT[kind][ctx.locale] });
  },
};

const WHAT: Record<string, { en: string; zh: string }> = {
  array: { en: 'an array', zh: '数组' },
  string: { en: 'a string', zh: '字符串' },
  number: { en: 'a number', zh: '数字' },
  boolean: { en: 'true/false', zh: '布尔值' },
  null: { en: 'null', zh: 'null' },
};

export default rule;
