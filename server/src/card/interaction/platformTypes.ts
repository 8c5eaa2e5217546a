// What the local Feishu platform (server/src/host/platform) tells the preview page: its status, each
// OpenAPI call the bot made, the chat transcript and card replacements. Plain data, shared by the Node host
// and the webview, so that both sides agree on the shapes.
import type { LocalizedText } from '../catalog/catalog';
import type { AnswerProblem } from './answer';

export interface PlatformBot {
  appId: string;
  /** How callbacks reach it: its long connection, or POSTs to feishuCard.callback.url. */
  mode: 'long-connection' | 'http';
  connections: number;
}

export interface PlatformStatus {
  /** The value for the SDK's `domain` option, e.g. http://127.0.0.1:9123 */
  url: string;
  bots: PlatformBot[];
  /** Something the author should know about the connection (an app id the SDK refuses, a full pool…). */
  warning?: LocalizedText;
}

/** One OpenAPI request the bot made, as the console shows it. */
export interface PlatformCall {
  id: string;
  time: number;
  method: string;
  path: string;
  /** HTTP status we answered. */
  status: number;
  /** The platform's `code` in the answer (0 = success). */
  code: number;
  msg: string;
  ms: number;
  /** Request body as received (secrets masked), or undefined when there was none. */
  request?: unknown;
  response?: unknown;
  /** Why the platform refused it, or what it would do differently (warnings). */
  notes: LocalizedText[];
  /** Findings of our own rules on a card the bot sent. */
  problems?: AnswerProblem[];
}

export interface TranscriptMessage {
  messageId: string;
  time: number;
  /** How it arrived in the chat. */
  via: 'send' | 'reply';
  parentId?: string;
  msgType: string;
  /** The card as JSON text, for interactive messages we can draw. */
  cardText?: string;
  /** A CardKit entity shown by this message (its live state is in cardText). */
  cardId?: string;
  /** Text of a non-card message, or a short description of what cannot be drawn. */
  text?: string;
}

/** Why the previewed card (or a transcript card) was replaced. */
export type CardUpdateVia = 'patch' | 'delayed' | 'cardkit' | 'revert';

/** Everything the platform reports, in order; the host forwards each as `{type: 'platform', event}`. */
export type PlatformEvent =
  | { type: 'status'; status: PlatformStatus }
  | { type: 'call'; call: PlatformCall }
  | { type: 'transcript'; messages: TranscriptMessage[] }
  | { type: 'cardUpdate'; messageId: string; text: string; via: CardUpdateVia }
  | { type: 'note'; time: number; text: LocalizedText };
