// The platform's checks on a callback answer (card-callback-communication page), over the parse tree so
// every problem keeps its exact range. Used by the editor's rule (lint/rules/callback-answer-invalid.ts) and
// by the preview console (interaction/answer.ts): one implementation, one set of messages.
import type { Node } from 'jsonc-parser';
import type { LocalizedText } from '../catalog/catalog';
import { isObject, pairs, prop, stringValue } from '../parse/json';
import { anchorOf } from './requestCheck';

export const TOAST_TYPES = ['info', 'success', 'error', 'warning'] as const;

/** Locales the page lists for `toast.i18n`. */
export const TOAST_LOCALES = [
  'zh_cn',
  'en_us',
  'zh_hk',
  'zh_tw',
  'ja_jp',
  'id_id',
  'vi_vn',
  'th_th',
  'pt_br',
  'es_es',
  'ko_kr',
  'de_de',
  'fr_fr',
  'it_it',
  'ru_ru',
  'ms_my',
];

/** 200672: wrong answer format; 200673: a wrong card in the answer (error code table of the page). */
export const ILLEGAL_FORMAT = 200672;
export const ILLEGAL_CARD = 200673;

export interface AnswerProblem {
  /** The node the problem is about (offsets of the text the tree was parsed from). */
  node: Node;
  messageId: keyof typeof ANSWER_MESSAGES;
  args?: Record<string, string>;
  /** 'error': the platform refuses the answer and the user sees `code`; 'warning': accepted, but not as meant. */
  severity: 'error' | 'warning';
  code?: number;
}

export const ANSWER_MESSAGES = {
  notObject: {
    en: 'A callback answer must be a JSON object ({"toast": …} and/or {"card": …}): otherwise the user sees error 200672.',
    zh: '回调响应必须是 JSON 对象（{"toast": …} 和/或 {"card": …}），否则用户会看到错误 200672。',
  },
  unknownKey: {
    en: '"{key}" is not part of a callback answer: the platform reads only `toast` and `card`, so this is ignored.',
    zh: '"{key}" 不属于回调响应：平台只读取 toast 和 card，此字段会被忽略。',
  },
  toastNotObject: {
    en: '`toast` must be an object {"type", "content", "i18n"}: otherwise the user sees error 200672.',
    zh: 'toast 必须是对象 {"type", "content", "i18n"}，否则用户会看到错误 200672。',
  },
  toastType: {
    en: 'toast `type` must be one of info, success, error, warning: the platform refuses "{value}" (error 200672).',
    zh: 'toast 的 type 必须是 info、success、error、warning 之一：平台不接受 "{value}"（错误 200672）。',
  },
  toastContent: {
    en: 'toast `content` must be a string (error 200672).',
    zh: 'toast 的 content 必须是字符串（错误 200672）。',
  },
  toastI18n: {
    en: 'toast `i18n` must be an object of language → text, e.g. {"zh_cn": "…", "en_us": "…"} (error 200672).',
    zh: 'toast 的 i18n 必须是“语言 → 文案”的对象，如 {"zh_cn": "…", "en_us": "…"}（错误 200672）。',
  },
  toastI18nText: {
    en: 'The text for "{key}" must be a string (error 200672).',
    zh: '"{key}" 的文案必须是字符串（错误 200672）。',
  },
  toastI18nLocale: {
    en: '"{key}" is not a language the toast page lists (zh_cn, en_us, ja_jp …): no user sees this text.',
    zh: '"{key}" 不在 toast 支持的语言列表中（zh_cn、en_us、ja_jp 等）：不会有用户看到此文案。',
  },
  toastEmpty: {
    en: 'This toast has no text (`content` or `i18n`): the user sees an empty or no toast.',
    zh: '此 toast 没有文案（content 或 i18n）：用户看到的是空提示或没有提示。',
  },
  cardNotObject: {
    en: '`card` must be an object {"type": "raw" | "template", "data": {…}} (error 200673).',
    zh: 'card 必须是对象 {"type": "raw" | "template", "data": {…}}（错误 200673）。',
  },
  cardType: {
    en: '`card.type` must be "raw" (a card JSON in `data`) or "template" (a builder card): the platform refuses {value} (error 200673).',
    zh: 'card.type 必须是 "raw"（data 中为卡片 JSON）或 "template"（搭建工具卡片）：平台不接受 {value}（错误 200673）。',
  },
  cardDataMissing: {
    en: '`card` needs `data`: the card JSON for "raw", {"template_id", …} for "template" (error 200673).',
    zh: 'card 需要 data：raw 时为卡片 JSON，template 时为 {"template_id", …}（错误 200673）。',
  },
  cardDataString: {
    en: '`card.data` is a string; the page shows an object. Some SDKs accept a string: verify on a real client, or send the object.',
    zh: 'card.data 是字符串；文档中为对象。部分 SDK 接受字符串：请在真实客户端上确认，或改为对象。',
  },
  cardDataNotObject: {
    en: '`card.data` must be an object (error 200673).',
    zh: 'card.data 必须是对象（错误 200673）。',
  },
  templateId: {
    en: "A template answer needs `data.template_id`, the builder card's ID (error 200673).",
    zh: '模板响应需要 data.template_id，即搭建工具中卡片的 ID（错误 200673）。',
  },
  templateVersion: {
    en: '`template_version_name` must be a string such as "1.0.0" (error 200673).',
    zh: 'template_version_name 必须是字符串，如 "1.0.0"（错误 200673）。',
  },
  templateVariable: {
    en: '`template_variable` must be an object of variable name → value (error 200673).',
    zh: 'template_variable 必须是“变量名 → 值”的对象（错误 200673）。',
  },
} satisfies Record<string, LocalizedText>;

/** Every problem of an answer body, in document order of discovery. */
export function checkAnswer(body: Node | undefined): AnswerProblem[] {
  const out: AnswerProblem[] = [];
  if (!body) return out;
  if (!isObject(body)) {
    out.push({ node: body, messageId: 'notObject', severity: 'error', code: ILLEGAL_FORMAT });
    return out;
  }
  for (const { key, keyNode } of pairs(body)) {
    if (key !== 'toast' && key !== 'card')
      out.push({ node: keyNode, messageId: 'unknownKey', args: { key }, severity: 'warning' });
  }
  const toast = prop(body, 'toast');
  if (toast) checkToast(toast, out);
  const card = prop(body, 'card');
  if (card) checkCard(card, out);
  return out;
}

function checkToast(toast: Node, out: AnswerProblem[]): void {
  const error = (node: Node, messageId: AnswerProblem['messageId'], args?: Record<string, string>) => {
    out.push({ node, messageId, args, severity: 'error', code: ILLEGAL_FORMAT });
  };
  if (!isObject(toast)) return error(toast, 'toastNotObject');
  const type = prop(toast, 'type');
  // The page marks `type` optional; when present it must be one of the four.
  // Stryker disable next-line StringLiteral: a non-string type reads as '', which is none of the four either
  if (type && !(TOAST_TYPES as readonly string[]).includes(stringValue(type) ?? ''))
    error(type, 'toastType', { value: type.type === 'string' ? String(type.value) : rawText(type) });
  const content = prop(toast, 'content');
  if (content && content.type !== 'string') error(content, 'toastContent');
  const i18n = prop(toast, 'i18n');
  let i18nText = false;
  if (i18n && !isObject(i18n)) error(i18n, 'toastI18n');
  for (const { key, keyNode, value } of pairs(i18n)) {
    if (value && value.type !== 'string') error(value, 'toastI18nText', { key });
    else if (stringValue(value)) i18nText = true;
    if (!TOAST_LOCALES.includes(key))
      out.push({ node: keyNode, messageId: 'toastI18nLocale', args: { key }, severity: 'warning' });
  }
  if (!stringValue(content) && !i18nText)
    out.push({ node: anchorOf(toast), messageId: 'toastEmpty', severity: 'warning' });
}

function checkCard(card: Node, out: AnswerProblem[]): void {
  const error = (node: Node, messageId: AnswerProblem['messageId'], args?: Record<string, string>) => {
    out.push({ node, messageId, args, severity: 'error', code: ILLEGAL_CARD });
  };
  if (!isObject(card)) return error(card, 'cardNotObject');
  const type = prop(card, 'type');
  const kind = stringValue(type);
  if (!type) error(anchorOf(card), 'cardType', { value: 'a card without type' });
  else if (kind !== 'raw' && kind !== 'template') error(type, 'cardType', { value: rawText(type) });
  const data = prop(card, 'data');
  if (!data) return error(anchorOf(card), 'cardDataMissing');
  if (data.type === 'string') {
    out.push({ node: data, messageId: 'cardDataString', severity: 'warning' });
    return;
  }
  if (!isObject(data)) return error(data, 'cardDataNotObject');
  if (kind !== 'template') return;
  // The raw card itself is checked by every card rule (the answer is parsed as a wrapper around it).
  const id = prop(data, 'template_id');
  if (!stringValue(id)) error(id ?? anchorOf(data), 'templateId');
  const version = prop(data, 'template_version_name');
  if (version && version.type !== 'string') error(version, 'templateVersion');
  const variables = prop(data, 'template_variable');
  if (variables && !isObject(variables)) error(variables, 'templateVariable');
}

function rawText(node: Node): string {
  return node.type === 'string' ? JSON.stringify(node.value) : String(node.value ?? node.type);
}
