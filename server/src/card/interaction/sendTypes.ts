// The contract between the callback console (preview, CLI simulate) and the sender that POSTs a callback
// to the author's own server the way the platform does (signature headers, optional encryption).

export interface SendOptions {
  /** The author's callback URL, e.g. http://127.0.0.1:3000/webhook/card. */
  url: string;
  /** Encrypt key from the developer console: signs the request and encrypts the body. */
  encryptKey?: string;
  /** Verification token from the developer console: goes into header.token of the body. */
  verificationToken?: string;
  /** The platform gives up after 3 s; the default follows it. */
  timeoutMs?: number;
  /** Answers larger than this are cut off and reported (default 1 MB). */
  maxResponseBytes?: number;
}

export type SendErrorCode =
  | 'invalid-url'
  | 'refused'
  | 'dns'
  | 'timeout'
  | 'http-status'
  | 'not-json'
  | 'too-large'
  | 'redirect'
  | 'network'
  /** The request object could not be turned into JSON (a cycle, a BigInt): nothing was sent. */
  | 'invalid-body';

export interface SendResult {
  /** HTTP status, when an answer arrived. */
  status?: number;
  /** Time until the answer (or the failure), in milliseconds. */
  ms: number;
  /** Parsed JSON answer, when it was JSON. */
  body?: unknown;
  /** Raw answer text (capped). */
  rawBody?: string;
  /** What went wrong, in the words the chat client would use, with the platform's error code if known. */
  error?: {
    code: SendErrorCode;
    message: { en: string; zh: string };
    platformCode?: number;
    /**
     * False when `platformCode` comes from community reports rather than official docs (all of them so far:
     * see the reference notes §7). The console should say so next to the code.
     */
    platformCodeVerified?: boolean;
  };
  /** Exactly what went over the wire, for the console's "request" tab (absent when nothing was sent). */
  sent?: SentRequest;
}

export interface SentRequest {
  url: string;
  /** Request headers as sent (the three X-Lark-* headers included). */
  headers: Record<string, string>;
  /** The body as sent: the plain JSON, or `{"encrypt":"..."}` when an encrypt key is set. */
  body: string;
  /** The callback JSON before encryption, with `header.token` filled in. */
  plainBody: string;
}
