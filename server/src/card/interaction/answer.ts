// Reads the author's server's answer the way the chat client would: a toast, a new card (checked with the
// same rules as the editor), a template reference, nothing, or an error the user would see.
// Runs on the host side (VS Code extension, CLI), never in the webview: the lint engine stays out of it.
import type { LocalizedText } from '../catalog/catalog';
import { lintText } from '../lint/engine';
import type { Locale } from '../i18n';
import type { SendResult } from './sendTypes';

export type ToastType = 'info' | 'success' | 'error' | 'warning';
const TOAST_TYPES: ToastType[] = ['info', 'success', 'error', 'warning'];

export interface AnswerProblem {
  severity: string;
  message: string;
  ruleId: string;
  /** Path-free position in the answer card text (offsets into `cardText`). */
  start: number;
  end: number;
}

export interface Answer {
  status?: number;
  ms: number;
  /** Set when the user would see an error instead of any change. */
  error?: { message: LocalizedText; code?: number };
  toast?: { type: ToastType; text: string };
  /** A raw card to show instead of the current one, pretty-printed, with its problems. */
  card?: { text: string; problems: AnswerProblem[] };
  template?: { templateId: string; versionName?: string; variables?: unknown };
  /** Why (part of) the body is not what the platform accepts. */
  notes: LocalizedText[];
}

const TOAST_LOCALE: Record<Locale, string> = { en: 'en_us', zh: 'zh_cn' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

const ILLEGAL_FORMAT = 200672;

export function interpretAnswer(result: SendResult, locale: Locale, originalSchema: 'v1' | 'v2'): Answer {
  const answer: Answer = { status: result.status, ms: result.ms, notes: [] };
  if (result.error) {
    answer.error = { message: result.error.message, code: result.error.platformCode };
    return answer;
  }
  const body = result.body;
  if (!isRecord(body)) {
    answer.error = {
      code: ILLEGAL_FORMAT,
      message: {
        en: 'The answer is not a JSON object: the user sees an error.',
        zh: '响应体不是 JSON 对象：用户会看到报错。',
      },
    };
    return answer;
  }
  for (const key of Object.keys(body)) {
    if (key !== 'toast' && key !== 'card')
      answer.notes.push({
        en: `Unknown key "${key}" in the answer is ignored (only toast and card count).`,
        zh: `响应中的未知字段 "${key}" 会被忽略（只认 toast 和 card）。`,
      });
  }
  if (body.toast !== undefined) readToast(body.toast, locale, answer);
  if (body.card !== undefined) readCard(body.card, originalSchema, locale, answer);
  return answer;
}

function readToast(toast: unknown, locale: Locale, answer: Answer): void {
  if (!isRecord(toast)) {
    answer.error = {
      code: ILLEGAL_FORMAT,
      message: { en: '`toast` must be an object.', zh: 'toast 必须是对象。' },
    };
    return;
  }
  const type = TOAST_TYPES.includes(toast.type as ToastType) ? (toast.type as ToastType) : 'info';
  if (toast.type !== undefined && type !== toast.type)
    answer.notes.push({
      en: `toast.type "${String(toast.type)}" is not one of ${TOAST_TYPES.join(', ')}.`,
      zh: `toast.type "${String(toast.type)}" 不是 ${TOAST_TYPES.join('、')} 之一。`,
    });
  const i18n = isRecord(toast.i18n) ? toast.i18n : {};
  const localized = i18n[TOAST_LOCALE[locale]];
  const text =
    typeof localized === 'string' ? localized : typeof toast.content === 'string' ? toast.content : '';
  if (text === '')
    answer.notes.push({
      en: 'The toast has no text (content or i18n).',
      zh: 'toast 没有文本（content 或 i18n）。',
    });
  answer.toast = { type, text };
}

function readCard(card: unknown, originalSchema: 'v1' | 'v2', locale: Locale, answer: Answer): void {
  if (!isRecord(card) || (card.type !== 'raw' && card.type !== 'template') || card.data === undefined) {
    answer.error = {
      code: ILLEGAL_FORMAT,
      message: {
        en: '`card` needs `type` ("raw" or "template") and `data`.',
        zh: 'card 需要 type（"raw" 或 "template"）和 data。',
      },
    };
    return;
  }
  let data = card.data;
  if (typeof data === 'string') {
    // Some SDKs send `data` as a JSON string; the docs show an object. Accept both, say so.
    answer.notes.push({
      en: '`card.data` is a string; the docs show an object — verify on a real client.',
      zh: 'card.data 是字符串；文档中为对象——请在真实客户端确认。',
    });
    try {
      data = JSON.parse(data);
    } catch {
      answer.error = {
        code: ILLEGAL_FORMAT,
        message: { en: '`card.data` is not valid JSON.', zh: 'card.data 不是合法 JSON。' },
      };
      return;
    }
  }
  if (!isRecord(data)) {
    answer.error = {
      code: ILLEGAL_FORMAT,
      message: { en: '`card.data` must be an object.', zh: 'card.data 必须是对象。' },
    };
    return;
  }
  if (card.type === 'template') {
    if (typeof data.template_id !== 'string') {
      answer.error = {
        code: ILLEGAL_FORMAT,
        message: { en: 'A template answer needs `data.template_id`.', zh: '模板响应需要 data.template_id。' },
      };
      return;
    }
    answer.template = {
      templateId: data.template_id,
      versionName: typeof data.template_version_name === 'string' ? data.template_version_name : undefined,
      variables: data.template_variable,
    };
    return;
  }
  const text = JSON.stringify(data, null, 2);
  const { card: parsed, findings } = lintText(text, { forceCard: true, locale });
  answer.card = {
    text,
    problems: findings.map((f) => ({
      severity: f.severity,
      message: f.message,
      ruleId: f.ruleId,
      start: f.start,
      end: f.end,
    })),
  };
  const schema = parsed.kind === 'v1' ? 'v1' : 'v2';
  if (schema !== originalSchema)
    answer.notes.push({
      en: `The new card is JSON ${schema === 'v2' ? '2.0' : '1.0'} but the shown one is ${originalSchema === 'v2' ? '2.0' : '1.0'}: the platform reportedly rejects a schema change (200830).`,
      zh: `新卡片为 JSON ${schema === 'v2' ? '2.0' : '1.0'}，而当前卡片为 ${originalSchema === 'v2' ? '2.0' : '1.0'}：据报告平台会拒绝更换结构版本（200830）。`,
    });
}
