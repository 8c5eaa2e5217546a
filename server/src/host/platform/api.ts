// The shape every imitated OpenAPI handler shares: what it gets (the parsed request) and what it gives back
// (`{code, msg[, data]}` plus console notes). A refusal is HTTP 400 with the platform's code, as every error
// row on the message and CardKit pages says, so the official SDK throws exactly as it does in production.
import { type AnswerProblem, type LocalizedText } from '../../card';

export interface ApiRequest {
  method: string;
  path: string;
  /** Path parameters captured by the route (`:message_id` …). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, or undefined when there was none. */
  body: unknown;
  /** `Authorization: Bearer …`, when present. */
  bearer?: string;
}

export interface ApiReply {
  status: number;
  body: { code: number; msg: string; data?: unknown; [key: string]: unknown };
  notes: LocalizedText[];
  problems?: AnswerProblem[];
}

export type ApiHandler = (request: ApiRequest) => ApiReply;

export function ok(
  data?: unknown,
  notes: LocalizedText[] = [],
  extra: Record<string, unknown> = {},
): ApiReply {
  return {
    status: 200,
    body:
      data === undefined
        ? { code: 0, msg: 'success', ...extra }
        : { code: 0, msg: 'success', data, ...extra },
    notes,
  };
}

export function refuse(code: number, msg: string, why: LocalizedText, status = 400): ApiReply {
  return { status, body: { code, msg }, notes: [why] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** `sequence`: a positive int32, required by every CardKit update. */
export function isSequence(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 2147483647;
}

export function text(en: string, zh: string): LocalizedText {
  return { en, zh };
}
