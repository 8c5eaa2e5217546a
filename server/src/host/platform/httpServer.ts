// The platform's HTTP front: listens on 127.0.0.1 only, refuses what a web page could send (a browser
// `Origin`, or a `Host` that is not our loopback address and port — DNS rebinding), reads bodies up to a
// limit, parses JSON, hands each call to the API and reports it (secrets masked) for the console.
// WebSocket upgrades go to the long connection after the same checks.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { type LocalizedText, type PlatformCall } from '../../card';
import { text, type ApiReply, type ApiRequest } from './api';

/** CardKit accepts card data up to 3,000,000 characters; escaped and UTF-8 encoded that stays under this. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
const SECRET_KEYS = new Set(['AppSecret', 'app_secret', 'ClientAssertion']);

export interface HttpFrontOptions {
  port: number;
  handle(request: ApiRequest): ApiReply;
  upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  onCall(call: PlatformCall): void;
  log(line: string): void;
}

export interface HttpFront {
  port: number;
  close(): Promise<void>;
}

let callCounter = 0;

export async function startHttpFront(options: HttpFrontOptions): Promise<HttpFront> {
  let port = 0;
  const allowedHost = (host: string | undefined) =>
    host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  const fromBrowser = (req: http.IncomingMessage) =>
    req.headers.origin !== undefined || !allowedHost(req.headers.host);

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const answer = (reply: ApiReply, request?: unknown) => {
      const json = JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(json),
        'cache-control': 'no-store',
      });
      res.end(json);
      options.onCall({
        id: `call-${++callCounter}`,
        time: Date.now(),
        method,
        path: url.pathname + (url.search.length > 1 ? url.search : ''),
        status: reply.status,
        code: reply.body.code,
        msg: reply.body.msg,
        ms: Math.round(performance.now() - started),
        request: request === undefined ? undefined : mask(request),
        response: mask(reply.body),
        notes: reply.notes,
        problems: reply.problems,
      });
    };
    const fail = (status: number, code: number, msg: string, why: LocalizedText) =>
      answer({ status, body: { code, msg }, notes: [why] });

    if (fromBrowser(req)) {
      // Not even a console entry with its body: a page elsewhere gets nothing from us.
      options.log(`platform: refused ${method} ${url.pathname} carrying a browser Origin or a foreign Host`);
      res.writeHead(403).end();
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      res.setHeader('connection', 'close');
      fail(413, 9499, 'request body too large', tooLarge(declared));
      req.destroy();
      return;
    }
    readBody(req, MAX_BODY_BYTES).then(
      (raw) => {
        let body: unknown;
        if (raw.length > 0) {
          try {
            body = JSON.parse(raw);
          } catch {
            fail(
              400,
              9499,
              'Bad Request',
              text(
                `The body of ${method} ${url.pathname} is not valid JSON.`,
                `${method} ${url.pathname} 的请求体不是合法 JSON。`,
              ),
            );
            return;
          }
        }
        const authorization = req.headers.authorization ?? '';
        const bearer = /^Bearer\s+(\S+)/i.exec(authorization)?.[1];
        let reply: ApiReply;
        try {
          reply = options.handle({
            method,
            path: url.pathname,
            params: {},
            query: url.searchParams,
            body,
            bearer,
          });
        } catch (error) {
          // A bug of ours: the bot still gets an answer, the console says what happened.
          reply = {
            status: 500,
            body: { code: 300000, msg: 'internal error' },
            notes: [text(`Local platform error: ${String(error)}`, `本地平台内部错误：${String(error)}`)],
          };
        }
        answer(reply, body);
      },
      (error: Error) => {
        res.setHeader('connection', 'close');
        res.once('finish', () => req.destroy());
        fail(413, 9499, 'request body too large', tooLarge(undefined));
        options.log(`platform: ${error.message}`);
      },
    );
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    if (fromBrowser(req)) {
      options.log('platform: refused a WebSocket upgrade carrying a browser Origin or a foreign Host');
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    options.upgrade(req, socket, head);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  // Slow-loris bodies cannot keep sockets forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tooLarge(bytes: number | undefined): LocalizedText {
  const size = bytes === undefined ? `more than ${MAX_BODY_BYTES}` : String(bytes);
  return text(
    `Request body of ${size} bytes refused (this local platform reads at most ${MAX_BODY_BYTES} bytes; cards may be 30 KB).`,
    `请求体 ${size} 字节被拒绝（本地平台最多读取 ${MAX_BODY_BYTES} 字节；卡片最大 30 KB）。`,
  );
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new Error(`a request body passed ${limit} bytes and was refused`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The app secret arrives in clear in two requests: it never reaches the console, a log or a file. */
export function mask(value: unknown, depth = 0): unknown {
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => mask(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    out[key] = SECRET_KEYS.has(key) ? '••••••' : mask(v, depth + 1);
  return out;
}
