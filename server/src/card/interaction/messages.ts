// The message protocol between the preview page and its host (the VS Code extension, or the CLI's little
// HTTP server). Messages from the page are untrusted input: `parsePageMessage` checks every field against
// a small schema and drops anything else.
import type { Answer } from './answer';
import type { IdentityOverrides } from './identity';
import type { PlatformEvent } from './platformTypes';
import { isRecord } from './record';

/** The page's themes; `hc` / `hc-light` follow VS Code's high-contrast theme kinds. */
export type Theme = 'light' | 'dark' | 'hc' | 'hc-light';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark' || value === 'hc' || value === 'hc-light';
}

export type CardKind = 'v1' | 'v2';

/** Host → page. */
export type HostMessage =
  | {
      type: 'init';
      locale: 'en' | 'zh';
      theme: Theme;
      identity: IdentityOverrides;
      /** A callback URL is configured: callbacks will really be POSTed. */
      sending: boolean;
      /** 'vscode' reveals JSON in the editor; 'browser' (CLI) has no editor. */
      host: 'vscode' | 'browser';
    }
  /** `variables`: sample-data names filled into `text` (template cards), shown with each request. */
  | { type: 'card'; text: string; fileName: string; variables?: string[] }
  | { type: 'theme'; theme: Theme }
  | { type: 'answer'; id: string; answer: Answer }
  | { type: 'notSent'; id: string }
  /**
   * The console history the host kept for `fileName` (see consoleHistory.ts), sent when the page starts and
   * when the preview moves to another card file. `entries` are the page's own earlier entries, masked.
   */
  | { type: 'history'; fileName: string; entries: unknown[] }
  /** The local Feishu platform (when it runs): status, API calls, transcript, card replacements, notes. */
  | { type: 'platform'; event: PlatformEvent };

/** Page → host. */
export type PageMessage =
  | { type: 'ready' }
  | { type: 'reveal'; path: (string | number)[] }
  /**
   * `cardKind`: the JSON version of the card the click happened on, which the page has parsed already; the
   * host reads the server's answer against it (a new card of another version is rejected) without parsing
   * the card again.
   */
  | { type: 'callback'; id: string; request: Record<string, unknown>; cardKind: CardKind }
  | { type: 'openExternal'; url: string }
  | { type: 'copy'; text: string }
  | { type: 'export'; json: string }
  /** The console's entries for `fileName` (the file of the last `history` message), for the host to keep. */
  | { type: 'history'; fileName: string; entries: unknown[] }
  /** Open the Settings editor on one of our settings (only those the page may name). */
  | { type: 'openSettings'; setting: PageSetting };

/** The settings the page may open: the one a "Not sent" console entry is about. */
export const PAGE_SETTINGS = ['feishuCard.callback.url'] as const;
export type PageSetting = (typeof PAGE_SETTINGS)[number];

type FieldCheck = (value: unknown) => boolean;

const isString: FieldCheck = (v) => typeof v === 'string';
const isShortString =
  (max: number): FieldCheck =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const isPath: FieldCheck = (v) =>
  Array.isArray(v) &&
  v.length <= 64 &&
  v.every((s) => (typeof s === 'string' && s.length <= 256) || (Number.isInteger(s) && (s as number) >= 0));
const isCardKind: FieldCheck = (v) => v === 'v1' || v === 'v2';
const isObject: FieldCheck = isRecord;
const isEntryList: FieldCheck = (v) => Array.isArray(v) && v.length <= MAX_HISTORY_MESSAGE_ENTRIES;
const isPageSetting: FieldCheck = (v) => (PAGE_SETTINGS as readonly unknown[]).includes(v);

/** More entries than the host keeps per file (consoleHistory.ts) are never needed in one message. */
export const MAX_HISTORY_MESSAGE_ENTRIES = 1000;

/** Fields each page message must have, and nothing else. */
const PAGE_SCHEMA: Record<PageMessage['type'], Record<string, FieldCheck>> = {
  ready: {},
  reveal: { path: isPath },
  callback: { id: isShortString(64), request: isObject, cardKind: isCardKind },
  openExternal: { url: isShortString(8192) },
  copy: { text: isString },
  export: { json: isString },
  history: { fileName: isShortString(4096), entries: isEntryList },
  openSettings: { setting: isPageSetting },
};

export const MAX_PAGE_MESSAGE_CHARS = 4 * 1024 * 1024;

export function parsePageMessage(raw: unknown): PageMessage | undefined {
  if (!isObject(raw)) return undefined;
  const message = raw as Record<string, unknown>;
  const type = message.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(PAGE_SCHEMA, type)) return undefined;
  const fields = PAGE_SCHEMA[type as PageMessage['type']];
  // Own keys only: `in` would also accept what every object inherits (`constructor`, `__proto__`, `toString`).
  for (const key of Object.keys(message)) if (key !== 'type' && !Object.hasOwn(fields, key)) return undefined;
  for (const [key, check] of Object.entries(fields)) if (!check(message[key])) return undefined;
  const payload = type === 'copy' ? message.text : type === 'export' ? message.json : undefined;
  if (typeof payload === 'string' && payload.length > MAX_PAGE_MESSAGE_CHARS) return undefined;
  return message as unknown as PageMessage;
}
