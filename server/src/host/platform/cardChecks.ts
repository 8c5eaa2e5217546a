// What the platform checks on every card a bot sends, patches or creates: the message `content` string is
// read (card JSON, a template reference, or a CardKit `card_id`), its size is measured against the 30 KB
// limit, and the card is run through our own rules so the console shows their findings.
import { type AnswerProblem, type Locale, lintText } from '../../card';
import { isRecord } from './api';

/** "卡片及富文本消息最大不能超过 30 KB" (message create/reply/patch pages; CardKit create says 30 KB too). */
export const CARD_LIMIT_BYTES = 30 * 1024;

export type CardContent =
  | { kind: 'card'; card: Record<string, unknown>; bytes: number }
  | { kind: 'template'; templateId: string; bytes: number }
  | { kind: 'cardkit'; cardId: string; bytes: number }
  | { kind: 'invalid'; reason: string; bytes: number };

/** Reads the `content` of an interactive message: a JSON string holding a card, a template or a card_id. */
export function readCardContent(content: unknown): CardContent {
  if (typeof content !== 'string')
    return { kind: 'invalid', reason: '`content` must be a JSON string', bytes: 0 };
  const bytes = Buffer.byteLength(content, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return { kind: 'invalid', reason: '`content` is not valid JSON', bytes };
  }
  if (!isRecord(value)) return { kind: 'invalid', reason: '`content` is not a JSON object', bytes };
  if (value.type === 'card' && isRecord(value.data) && typeof value.data.card_id === 'string')
    return { kind: 'cardkit', cardId: value.data.card_id, bytes };
  if (value.type === 'template' && isRecord(value.data) && typeof value.data.template_id === 'string')
    return { kind: 'template', templateId: value.data.template_id, bytes };
  return { kind: 'card', card: value, bytes };
}

export function cardText(card: unknown): string {
  return JSON.stringify(card, null, 2);
}

/** Our rules' findings on a card the bot sent, with positions in `cardText(card)`. */
export function checkCard(card: unknown, locale: Locale): AnswerProblem[] {
  const { findings } = lintText(cardText(card), { forceCard: true, locale });
  return findings.map((f) => ({
    severity: f.severity,
    message: f.message,
    ruleId: f.ruleId,
    start: f.start,
    end: f.end,
  }));
}

export function isV2(card: unknown): boolean {
  return isRecord(card) && card.schema === '2.0';
}

/** `config.update_multi` as the patch page requires it: explicitly true (2.0 cards are shared anyway). */
export function isShared(card: unknown): boolean {
  if (!isRecord(card)) return false;
  if (isV2(card)) return !isRecord(card.config) || card.config.update_multi !== false;
  return isRecord(card.config) && card.config.update_multi === true;
}
