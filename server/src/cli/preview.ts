// `feishu-card preview <file>`: serves the preview page and its console on 127.0.0.1 and pushes the card
// again whenever the file changes (server-sent events). The page posts its messages to /api; they are
// validated like the VS Code host validates them.
import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { readSampleDataSync } from '../host/sampleDataFile';
import {
  contentSecurityPolicy,
  type HostMessage,
  type Locale,
  makeNonce,
  MAX_PAGE_MESSAGE_CHARS,
  normalizeLocale,
  oversizeNoticeCard,
  parsePageMessage,
  previewPageHtml,
  substituteText,
  tooLargeToPreview,
} from '../card';
import { parseArgs } from 'node:util';
import { readText } from '../host/readText';
import { relayCallback, type CallbackSettings } from '../host/relay';
import { PreviewLink } from '../host/platform/previewLink';
import { checkCallbackUrl, readCardText } from './inputs';
import { UsageError } from './usage';

export interface PreviewServerOptions extends CallbackSettings {
  file: string;
  port?: number;
  locale?: Locale;
  theme?: 'light' | 'dark';
  /** dist/webview.js; found next to the CLI bundle or in the repository's dist/ by default. */
  webviewPath?: string;
  /** How often the file is checked for changes (ms). */
  pollMs?: number;
  log?: (line: string) => void;
  /**
   * Start the local Feishu platform beside the preview (`--platform`), on this port (0: any free one);
   * `answerDeadlineMs` (tests only) replaces the platform's 3 s answer deadline.
   */
  platform?: { port?: number; answerDeadlineMs?: number };
}

export interface PreviewServer {
  url: string;
  /** The local platform's address (the bot's SDK `domain`), when it runs. */
  platformUrl?: string;
  close(): Promise<void>;
}

function findWebview(): string {
  const candidates = [
    path.join(__dirname, 'webview.js'),
    path.join(__dirname, '..', '..', '..', 'dist', 'webview.js'),
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('dist/webview.js not found: run `npm run build` first');
  return found;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const file = path.resolve(options.file);
  const webviewPath = options.webviewPath ?? findWebview();
  const locale = options.locale ?? 'en';
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const clients = new Set<http.ServerResponse>();
  let text = await readCardText(file);
  let port = 0;

  const init = (): HostMessage => ({
    type: 'init',
    locale,
    theme: options.theme ?? 'light',
    identity: { verificationToken: options.verificationToken },
    sending: !!options.url || !!options.platform,
    host: 'browser',
  });
  // Template cards are shown (and clicked) with their sample data filled in, read afresh on each change.
  const cardMessage = (): HostMessage => {
    // The page analyses no card above the parser's size limit, so it is not sent one: a 50 MB file would
    // only stall the page. It gets a small card that says why instead.
    if (tooLargeToPreview(text.length))
      return { type: 'card', text: oversizeNoticeCard(text.length, locale), fileName: path.basename(file) };
    const filled = substituteText(text, readSampleDataSync(file));
    return { type: 'card', text: filled.text, fileName: path.basename(file), variables: filled.used };
  };
  const push = (res: http.ServerResponse, message: HostMessage) => {
    try {
      res.write(`data: ${JSON.stringify(message)}\n\n`);
    } catch (error) {
      log(`preview: could not send a message to the page: ${(error as Error).message}`);
    }
  };
  const broadcast = (message: HostMessage) => clients.forEach((res) => push(res, message));
  const link = options.platform
    ? await PreviewLink.start({
        port: options.platform.port,
        answerDeadlineMs: options.platform.answerDeadlineMs,
        locale,
        callbackSettings: () => options,
        post: broadcast,
        log,
      })
    : undefined;

  const onChange = () => {
    void readText(file).then((read) => {
      if (!read.ok) return log(`preview: cannot show ${file}: ${read.message}`);
      if (read.text === text) return;
      text = read.text;
      broadcast(cardMessage());
    });
  };
  watchFile(file, { interval: options.pollMs ?? 250 }, onChange);

  /** Only our own origin: a page elsewhere (or a rebinding DNS name) gets nothing. */
  const sameOrigin = (req: http.IncomingMessage) => {
    const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowed.includes(req.headers.host ?? '')) return false;
    const origin = req.headers.origin;
    return origin === undefined || allowed.some((a) => origin === `http://${a}`);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!sameOrigin(req)) {
      res.writeHead(403).end();
      return;
    }
    if (req.method === 'GET' && url.pathname === '/') {
      const nonce = makeNonce();
      res.setHeader('Content-Security-Policy', contentSecurityPolicy({ nonce, host: 'browser' }));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        previewPageHtml({
          scriptUri: '/webview.js',
          nonce,
          host: 'browser',
          title: `${path.basename(file)} — Feishu card preview`,
          lang: locale === 'zh' ? 'zh-CN' : 'en',
        }),
      );
      return;
    }
    if (req.method === 'GET' && url.pathname === '/webview.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(webviewPath));
      return;
    }
    // The chart bundle beside it, which the page loads (with its nonce) only for cards with charts.
    if (req.method === 'GET' && url.pathname === '/webview-chart.js') {
      const chartPath = path.join(path.dirname(webviewPath), 'webview-chart.js');
      if (!existsSync(chartPath)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(chartPath));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', connection: 'keep-alive' });
      clients.add(res);
      req.on('close', () => clients.delete(res));
      push(res, init());
      push(res, cardMessage());
      if (link) push(res, link.greeting());
      return;
    }
    if (req.method === 'POST' && url.pathname === '/api') {
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        res.writeHead(415).end();
        return;
      }
      readBody(req, res, MAX_PAGE_MESSAGE_CHARS)
        .then((body) => {
          if (body === undefined) return;
          res.writeHead(204).end();
          handle(body);
        })
        .catch((error: Error) => log(`preview: a message from the page failed: ${error.message}`));
      return;
    }
    res.writeHead(404).end();
  });

  const handle = (body: string) => {
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      raw = undefined;
    }
    const message = parsePageMessage(raw);
    if (!message) {
      log('preview: ignored a malformed message from the page');
      return;
    }
    if (message.type === 'callback') {
      // The page says which card version was clicked; the card is not parsed again here.
      // Neither relay rejects; the catch is for the messages they produce, so nothing ends the server.
      const reply = link
        ? link.relay(
            message.id,
            message.request,
            message.cardKind,
            substituteText(text, readSampleDataSync(file)).text,
          )
        : relayCallback(message.id, message.request, options, locale, message.cardKind);
      reply
        .then(broadcast)
        .catch((error: Error) => log(`preview: the answer could not be shown: ${error.message}`));
    }
    // reveal / copy / export / openExternal: the browser page handles them itself; no editor here.
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    platformUrl: link?.url,
    close: async () => {
      unwatchFile(file, onChange);
      await link?.close();
      clients.forEach((res) => res.end());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The request body, or undefined when it was over `limit` and has been answered 413. The rest of an oversized
 * body is read and dropped (up to a bound) before the connection closes, so the client gets the 413 instead
 * of a connection reset in the middle of its upload.
 */
function readBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit: number,
): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let refused = false;
    const chunks: Buffer[] = [];
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      // No `Connection: close`: closing now would reset the upload still under way before the client reads
      // this answer. The rest of the body is read and dropped below.
      res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The message is over ${limit} bytes.\n`);
      resolve(undefined);
    };
    if (Number(req.headers['content-length']) > limit) refuse();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        // Past any sensible upload: stop reading; the 413 has been sent.
        if (size > DRAIN_LIMIT) req.destroy();
        return;
      }
      if (size > limit) refuse();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => (refused ? resolve(undefined) : reject(error)));
  });
}

const DRAIN_LIMIT = 64 * 1024 * 1024;

export async function runPreview(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      url: { type: 'string' },
      'encrypt-key': { type: 'string' },
      'verification-token': { type: 'string' },
      locale: { type: 'string', default: 'en' },
      theme: { type: 'string', default: 'light' },
      platform: { type: 'boolean', default: false },
      'platform-port': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('preview needs exactly one card file');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number');
  const platformPort = values['platform-port'] === undefined ? 0 : Number(values['platform-port']);
  if (!Number.isInteger(platformPort) || platformPort < 0 || platformPort > 65535)
    throw new UsageError('--platform-port takes a port number');
  const url = checkCallbackUrl(values.url);
  const server = await startPreviewServer({
    file: positionals[0],
    port,
    platform: values.platform || values['platform-port'] !== undefined ? { port: platformPort } : undefined,
    url,
    encryptKey: values['encrypt-key'],
    verificationToken: values['verification-token'],
    locale: normalizeLocale(values.locale),
    theme: values.theme === 'dark' ? 'dark' : 'light',
  });
  process.stdout.write(`Preview of ${positionals[0]}: ${server.url}  (Ctrl+C to stop)\n`);
  if (server.platformUrl)
    process.stdout.write(
      `Local platform: ${server.platformUrl}\n` +
        `  point your bot at it: new lark.Client({ appId, appSecret, domain: '${server.platformUrl}' })\n` +
        `  and new lark.WSClient({ appId, appSecret, domain: '${server.platformUrl}' })\n`,
    );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
