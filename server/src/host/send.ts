// POSTs a callback body to the author's own server the way the platform does, so that a server written with
// the official Node SDK (@larksuiteoapi/node-sdk) accepts it unchanged, and reports the answer (or the failure)
// the way the chat client would. Node built-ins only: the preview, the CLI and the tests all use it.
//
// What the SDK (1.74, lib/index.js: AESCipher, RequestHandle) checks, and therefore what we send:
// - Encrypt key set: the body is `{"encrypt": base64(iv ‖ AES-256-CBC(key = SHA-256(encryptKey), iv, json))}`
//   with a random 16-byte iv and PKCS#7 padding, and
//   X-Lark-Signature = hex SHA-256(timestamp + nonce + encryptKey + body).
//   The SDK re-serialises the parsed body with JSON.stringify before hashing, so the body must be compact
//   JSON.stringify output; ours is, so the raw bytes and the SDK's string agree.
// - No encrypt key, callback schema 2.0: the SDK checks nothing; we send no signature.
// - No encrypt key, a 1.0 body (no `schema`) and a verification token: the SDK's CardActionHandler checks
//   X-Lark-Signature = hex SHA-1(timestamp + nonce + verificationToken + body); we sign that way.
// - The verification token also goes into `header.token` of a 2.0 body, as the platform puts it there.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import type { SendErrorCode, SendOptions, SendResult, SentRequest } from '../card';

/** The platform waits 3 s for the answer (reference notes §7). */
export const DEFAULT_TIMEOUT_MS = 3000;
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

type SendError = NonNullable<SendResult['error']>;

/** Never rejects: every failure comes back as `error` in the result. */
export async function sendCallback(request: object, options: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const url = checkUrl(options.url);
    if (typeof url === 'string') return { ms: elapsed(), error: failure('invalid-url', url) };
    let prepared: SentRequest;
    try {
      prepared = prepare(request, url, options);
    } catch (error) {
      return { ms: elapsed(), error: failure('invalid-body', (error as Error).message) };
    }
    return await post(url, prepared, options, started);
  } catch (error) {
    // Only a bug of ours can land here; still an answer, never an unhandled rejection.
    return { ms: elapsed(), error: failure('network', String((error as Error)?.message ?? error)) };
  }
}

function checkUrl(raw: string): URL | string {
  let url: URL;
  try {
    url = new URL(String(raw ?? '').trim());
  } catch {
    return `"${raw}" is not a URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `only http: and https: URLs, not ${url.protocol}`;
  return url;
}

/** Builds the exact headers and body: token filled in, encrypted and signed when there is an encrypt key. */
export function prepare(request: object, url: URL | string, options: SendOptions): SentRequest {
  const body = withToken(request, options.verificationToken);
  const plainBody = JSON.stringify(body);
  if (typeof plainBody !== 'string') throw new Error('the request is not a JSON value');
  const encryptKey = options.encryptKey ?? '';
  const wire = encryptKey ? JSON.stringify({ encrypt: encrypt(plainBody, encryptKey) }) : plainBody;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(wire, 'utf8')),
    'User-Agent': 'feishu-card-tools (callback simulator)',
    // One request per callback, like the platform: no pooled socket keeps the process or the server busy.
    Connection: 'close',
    'X-Lark-Request-Timestamp': timestamp,
    'X-Lark-Request-Nonce': nonce,
  };
  const signature = sign(timestamp, nonce, wire, body, options);
  if (signature) headers['X-Lark-Signature'] = signature;
  return { url: String(url), headers, body: wire, plainBody };
}

function withToken(request: object, token: string | undefined): object {
  if (token === undefined || !isPlainObject(request)) return request;
  const header = request.header;
  // Only a 2.0 callback carries `header`; a 1.0 body's `token` is the card-update token and stays as it is.
  if (!('schema' in request) && !isPlainObject(header)) return request;
  return { ...request, header: { ...(isPlainObject(header) ? header : {}), token } };
}

function sign(timestamp: string, nonce: string, wire: string, body: object, options: SendOptions) {
  if (options.encryptKey) return sha('sha256', timestamp + nonce + options.encryptKey + wire);
  if (options.verificationToken && isPlainObject(body) && !('schema' in body))
    return sha('sha1', timestamp + nonce + options.verificationToken + wire);
  return undefined;
}

function sha(algorithm: 'sha1' | 'sha256', text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex');
}

/** The inverse of the SDK's AESCipher.decrypt. */
export function encrypt(plain: string, encryptKey: string): string {
  const key = createHash('sha256').update(encryptKey, 'utf8').digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function post(url: URL, sent: SentRequest, options: SendOptions, started: number): Promise<SendResult> {
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxBytes = positive(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES);
  const elapsed = () => Math.round(performance.now() - started);

  return new Promise<SendResult>((resolve) => {
    let done = false;
    let req: http.ClientRequest | undefined;
    const finish = (result: Omit<SendResult, 'ms' | 'sent'>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...result, ms: elapsed(), sent });
      // Whatever is still in flight (a slow or huge answer) is dropped now.
      req?.destroy();
    };
    // One deadline for everything — DNS, connect, TLS, headers and body — as the platform has.
    const timer = setTimeout(() => finish({ error: timeoutError(timeoutMs) }), timeoutMs);

    const transport = url.protocol === 'https:' ? https : http;
    try {
      req = transport.request(url, { method: 'POST', headers: sent.headers, agent: false });
    } catch (error) {
      finish({ error: failure('network', (error as Error).message) });
      return;
    }
    req.on('error', (error: NodeJS.ErrnoException) => finish({ error: networkError(error, url) }));
    req.on('response', (res) => {
      res.on('error', (error: NodeJS.ErrnoException) => finish({ error: networkError(error, url) }));
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        res.resume();
        finish({ status, error: redirectError(status, res.headers.location, url) });
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        // No need to read what would be thrown away.
        finish({ status, error: tooLargeError(declared, maxBytes, true) });
        return;
      }
      const chunks: Buffer[] = [];
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        if (done) return;
        const room = maxBytes - received;
        received += chunk.length;
        if (chunk.length > room) {
          chunks.push(chunk.subarray(0, Math.max(0, room)));
          const rawBody = Buffer.concat(chunks).toString('utf8');
          finish({ status, rawBody, error: tooLargeError(received, maxBytes, false) });
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => finish(readAnswer(status, Buffer.concat(chunks).toString('utf8'))));
    });
    req.end(sent.body);
  });
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function readAnswer(status: number, rawBody: string): Omit<SendResult, 'ms'> {
  let body: unknown;
  let isJson = false;
  try {
    body = JSON.parse(rawBody);
    isJson = true;
  } catch {
    // reported below
  }
  const base = isJson ? { status, rawBody, body } : { status, rawBody };
  if (status !== 200) return { ...base, error: statusError(status) };
  if (!isJson) return { ...base, error: notJsonError(rawBody) };
  return base;
}

// ---- messages -------------------------------------------------------------------------------------------

const CLIENT_EN = 'The chat client would show "Something went wrong, please try again later"';
const CLIENT_ZH = '聊天客户端会提示「出错了，请稍后重试」';

/** The codes come from community reports (reference notes §7), so every message says it is unverified. */
function clientError(code: SendErrorCode, platformCode: number, en: string, zh: string): SendError {
  return {
    code,
    platformCode,
    platformCodeVerified: false,
    message: {
      en: `${en} ${CLIENT_EN} (code: ${platformCode}; community-reported, not confirmed by the official docs).`,
      zh: `${zh}${CLIENT_ZH}（code: ${platformCode}；该错误码来自社区反馈，未经官方文档确认）。`,
    },
  };
}

function failure(code: SendErrorCode, detail: string): SendError {
  const texts: Partial<Record<SendErrorCode, { en: string; zh: string }>> = {
    'invalid-url': {
      en: `Callback URL not usable: ${detail}. Nothing was sent.`,
      zh: `回调地址不可用：${detail}。未发送任何内容。`,
    },
    'invalid-body': {
      en: `The callback body cannot be written as JSON (${detail}). Nothing was sent.`,
      zh: `回调请求体无法转换为 JSON（${detail}），未发送任何内容。`,
    },
  };
  return {
    code,
    message: texts[code] ?? {
      en: `Sending the callback failed: ${detail}.`,
      zh: `发送回调失败：${detail}。`,
    },
  };
}

function timeoutError(timeoutMs: number): SendError {
  return clientError(
    'timeout',
    200341,
    `No answer within ${timeoutMs} ms: the platform gives up after 3 s and does not retry.`,
    `${timeoutMs} 毫秒内没有响应：平台最多等待 3 秒，且不会重试。`,
  );
}

function statusError(status: number): SendError {
  return clientError(
    'http-status',
    200671,
    `Your server answered HTTP ${status}; the platform accepts only 200.`,
    `你的服务返回了 HTTP ${status}；平台只接受 200。`,
  );
}

function notJsonError(rawBody: string): SendError {
  // The SDK's adapters answer an empty body when signature or decryption checks fail: say so.
  const hint = rawBody.trim()
    ? { en: '', zh: '' }
    : {
        en: ' An empty answer from an SDK-based server usually means it rejected the signature: check that both sides use the same encrypt key (for a 1.0 callback, the same verification token).',
        zh: '基于 SDK 的服务返回空内容，通常表示签名校验失败：请确认两端的 Encrypt Key 一致（1.0 回调则为 Verification Token）。',
      };
  return clientError(
    'not-json',
    200672,
    `The answer is not JSON (expected {}, {"toast": …} or {"card": …}).${hint.en}`,
    `响应不是 JSON（应为 {}、{"toast": …} 或 {"card": …}）。${hint.zh}`,
  );
}

function redirectError(status: number, location: string | undefined, url: URL): SendError {
  let target = location ?? '';
  let otherHost = false;
  try {
    const next = new URL(target, url);
    target = next.href;
    otherHost = next.host !== url.host || next.protocol !== url.protocol;
  } catch {
    // an unparsable Location is shown as it is
  }
  const where = target ? ` to ${target}` : '';
  const whereZh = target ? `到 ${target}` : '';
  const other = otherHost
    ? { en: ' That is another host: nothing was sent there.', zh: '目标是另一台主机：未向其发送任何内容。' }
    : { en: '', zh: '' };
  return {
    ...clientError(
      'redirect',
      200671,
      `Your server answered HTTP ${status} (redirect${where}). Callbacks are sent only to the configured URL and redirects are not followed; the platform expects HTTP 200 from that URL.${other.en}`,
      `你的服务返回了 HTTP ${status}（重定向${whereZh}）。回调只发送到配置的地址，不跟随重定向；平台要求该地址直接返回 200。${other.zh}`,
    ),
  };
}

function tooLargeError(bytes: number, maxBytes: number, declared: boolean): SendError {
  const size = declared ? `${bytes} bytes announced` : `more than ${maxBytes} bytes`;
  const sizeZh = declared ? `声明大小 ${bytes} 字节` : `超过 ${maxBytes} 字节`;
  return {
    code: 'too-large',
    message: {
      en: `The answer is too large (${size}; the limit is ${maxBytes} bytes), so it was cut off and not parsed. A card in an answer may be at most 30 KB.`,
      zh: `响应过大（${sizeZh}，上限 ${maxBytes} 字节），已截断且未解析。响应中的卡片最大 30 KB。`,
    },
  };
}

function networkError(error: NodeJS.ErrnoException, url: URL): SendError {
  const host = url.host;
  switch (error.code) {
    case 'ECONNREFUSED':
      return clientError(
        'refused',
        200342,
        `Connection to ${host} refused: is your server running and listening on that port?`,
        `连接 ${host} 被拒绝：你的服务是否已启动并监听该端口？`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
    case 'EAI_NONAME':
      return clientError(
        'dns',
        200343,
        `The host name ${url.hostname} could not be resolved (${error.code}).`,
        `无法解析主机名 ${url.hostname}（${error.code}）。`,
      );
    default:
      return failure('network', `${error.code ? `${error.code}: ` : ''}${error.message} (${host})`);
  }
}
