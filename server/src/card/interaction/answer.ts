// Reads the author's server's answer the way the chat client would: a toast, a new card (checked with the
// same rules as the editor), a template reference, nothing, or an error the user would see. Whether the
// answer is acceptable is decided by callback/answerCheck.ts, the checks the editor runs on answer files.
// Runs on the host side (VS Code extension, CLI), never in the webview: the lint engine stays out of it.
import { parseTree } from 'jsonc-parser';
import {
  ANSWER_MESSAGES,
  checkAnswer,
  ILLEGAL_CARD,
  ILLEGAL_FORMAT,
  TOAST_TYPES,
} from '../callback/answerCheck';
import type { LocalizedText } from '../catalog/catalog';
import { lintText } from '../lint/engine';
import { localize, type Locale } from '../i18n';
import { MAX_VALUE_DEPTH, printValue, valueDepth } from '../parse/jsonValue';
import type { SendResult } from './sendTypes';
import { isRecord } from './record';

export type ToastType = (typeof TOAST_TYPES)[number];

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

/** Both languages of a check's message, placeholders filled. */
function both(text: LocalizedText, args: Record<string, string> = {}): LocalizedText {
  return { en: localize(text, 'en', args), zh: localize(text, 'zh', args) };
}

export function interpretAnswer(result: SendResult, locale: Locale, originalSchema: 'v1' | 'v2'): Answer {
  const answer: Answer = { status: result.status, ms: result.ms, notes: [] };
  if (result.error) {
    answer.error = { message: result.error.message, code: result.error.platformCode };
    return answer;
  }
  const body = result.body;
  // Whatever the server sent, nothing below may recurse into it unchecked: an answer nested thousands of
  // levels deep would overflow the stack of JSON.stringify (the checks' tree, the card text, the message to
  // the page). What the chat client does with such an answer is not documented; no card nests near this.
  if (valueDepth(body, MAX_VALUE_DEPTH) > MAX_VALUE_DEPTH) return tooDeep(answer);
  // The same checks as the editor's answer rules (callback/answerCheck.ts), over the body as received.
  const tree = body === undefined ? undefined : parseTree(JSON.stringify(body));
  const problems = tree ? checkAnswer(tree) : [];
  if (!tree)
    problems.push({
      node: { type: 'null', offset: 0, length: 0 },
      messageId: 'notObject',
      severity: 'error',
    });
  for (const problem of problems) {
    const message = both(ANSWER_MESSAGES[problem.messageId], problem.args);
    if (problem.severity === 'warning') answer.notes.push(message);
    else answer.error ??= { code: problem.code ?? ILLEGAL_FORMAT, message };
  }
  if (answer.error || !isRecord(body)) return answer;
  if (isRecord(body.toast)) answer.toast = readToast(body.toast, locale);
  if (isRecord(body.card)) readCard(body.card, originalSchema, locale, answer);
  return answer;
}

function tooDeep(answer: Answer): Answer {
  answer.error = {
    message: {
      en: `The answer is nested more than ${MAX_VALUE_DEPTH} levels deep, so it is not read (no card nests that deep; check what your server builds).`,
      zh: `响应嵌套超过 ${MAX_VALUE_DEPTH} 层，未读取（卡片不会嵌套这么深；请检查你的服务生成的内容）。`,
    },
  };
  return answer;
}

function readToast(toast: Record<string, unknown>, locale: Locale): { type: ToastType; text: string } {
  const type = (TOAST_TYPES as readonly unknown[]).includes(toast.type) ? (toast.type as ToastType) : 'info';
  const i18n = isRecord(toast.i18n) ? toast.i18n : {};
  const localized = i18n[TOAST_LOCALE[locale]];
  const text =
    typeof localized === 'string' ? localized : typeof toast.content === 'string' ? toast.content : '';
  return { type, text };
}

function readCard(
  card: Record<string, unknown>,
  originalSchema: 'v1' | 'v2',
  locale: Locale,
  answer: Answer,
): void {
  let data = card.data;
  if (typeof data === 'string') {
    // Some SDKs send `data` as a JSON string; the docs show an object. Accept both (noted by the check).
    try {
      data = JSON.parse(data);
    } catch {
      answer.error = {
        code: ILLEGAL_CARD,
        message: {
          en: '`card.data` is not valid JSON (error 200673).',
          zh: 'card.data 不是合法 JSON（错误 200673）。',
        },
      };
      return;
    }
    // The string was not part of the depth check of the whole answer.
    if (valueDepth(data, MAX_VALUE_DEPTH) > MAX_VALUE_DEPTH) {
      tooDeep(answer);
      return;
    }
  }
  if (!isRecord(data)) {
    answer.error = { code: ILLEGAL_CARD, message: both(ANSWER_MESSAGES.cardDataNotObject) };
    return;
  }
  if (card.type === 'template') {
    answer.template = {
      templateId: String(data.template_id),
      versionName: typeof data.template_version_name === 'string' ? data.template_version_name : undefined,
      variables: data.template_variable,
    };
    return;
  }
  // Within the depth checked above; indented only while that keeps the text a sensible size.
  const printed = printValue(data);
  const text = printed.ok ? printed.text : '{}';
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
