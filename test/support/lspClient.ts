// A real LSP client for protocol tests: spawns `node dist/server.js --stdio` and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  data?: unknown;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class LspClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, PublishedDiagnostics[]>();
  private readonly waiters: { uri: string; version?: number; resolve: (d: PublishedDiagnostics) => void }[] =
    [];
  private versions = new Map<string, number>();
  /** Settings answered to workspace/configuration requests. */
  settings: Record<string, unknown> | null = {};
  /** workspace/configuration is answered once this resolves (a slow client). */
  private configurationGate: Promise<void> | undefined;
  stderr = '';
  /** Errors the server logged (it reports swallowed exceptions of a rule, hover or completion this way). */
  readonly loggedErrors: string[] = [];
  /** Resolves when the server's first workspace/configuration request has been answered. */
  private readonly configurationAnswered: Promise<void>;

  private constructor(env?: Record<string, string>) {
    this.child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
      stdio: 'pipe',
      env: env ? { ...process.env, ...env } : undefined,
    });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.uri === params.uri && (w.version === undefined || w.version === params.version)) {
          this.waiters.splice(i, 1);
          w.resolve(params);
        }
      }
    });
    let answered = () => {};
    this.configurationAnswered = new Promise((resolve) => (answered = resolve));
    this.connection.onRequest(
      'workspace/configuration',
      async (params: { items: { section?: string }[] }) => {
        await this.configurationGate;
        setImmediate(answered);
        return params.items.map((item) => (item.section === 'feishuCard' ? this.settings : null));
      },
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1 /* MessageType.Error */) this.loggedErrors.push(params.message);
    });
    this.connection.listen();
  }

  /** The server's answer to `initialize`. */
  initializeResult: { capabilities: Record<string, unknown> } = { capabilities: {} };

  static async start(
    options: {
      locale?: string;
      /** Answered to workspace/configuration for `feishuCard` (`null` answers "nothing for it"). */
      settings?: Record<string, unknown> | null;
      pullConfiguration?: boolean;
      initializationOptions?: Record<string, unknown>;
      /** Added to the server process's environment. */
      env?: Record<string, string>;
      /** workspace/configuration is answered only once this resolves; start() does not wait for it. */
      configurationGate?: Promise<void>;
    } = {},
  ): Promise<LspClient> {
    const client = new LspClient(options.env);
    client.settings = options.settings === undefined ? {} : options.settings;
    client.configurationGate = options.configurationGate;
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: options.pullConfiguration ?? true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    await client.connection.sendNotification('initialized', {});
    // A client that answers workspace/configuration: nothing is opened before the server has the answer.
    // Messages reach the server in the order they were written, so once the answer is on its way every
    // later didOpen is analysed with these settings — whatever the server's own fallback timer did
    // meanwhile (under load it can fire first and publish with the defaults).
    if ((options.pullConfiguration ?? true) && !options.configurationGate) await client.configurationAnswered;
    return client;
  }

  static uri(name: string): string {
    return pathToFileURL(path.join(ROOT, 'test', 'fixtures', 'virtual', name)).href;
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, languageId = 'json'): Promise<PublishedDiagnostics> {
    this.versions.set(uri, 1);
    const waiting = this.nextDiagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
    return waiting;
  }

  /** Replaces the whole text and waits for the diagnostics of the new version. */
  async change(uri: string, text: string): Promise<PublishedDiagnostics> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const waiting = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return waiting;
  }

  /** Replaces one range (as editors send a keystroke) and waits for the diagnostics of the new version. */
  async edit(
    uri: string,
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    text: string,
  ): Promise<PublishedDiagnostics> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const waiting = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return waiting;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  nextDiagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms\n${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({
        uri,
        version,
        resolve: (d) => {
          clearTimeout(timer);
          resolve(d);
        },
      });
    });
  }

  /**
   * Waits until the latest diagnostics of a document satisfy `settled` (several publications may be on
   * their way, e.g. one for an edit and one for a settings refresh, in either order).
   */
  async settle(
    uri: string,
    settled: (published: PublishedDiagnostics) => boolean,
    timeoutMs = 10_000,
  ): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const last = this.allPublished(uri).at(-1);
      if (last && settled(last)) return last;
      if (Date.now() > deadline)
        throw new Error(`diagnostics of ${uri} did not settle: ${JSON.stringify(last?.diagnostics)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  allPublished(uri: string): PublishedDiagnostics[] {
    return this.published.get(uri) ?? [];
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  isAlive(): boolean {
    return this.child.exitCode === null && !this.child.killed;
  }

  stop(): Promise<void> {
    return stopServer(this.connection, this.child);
  }
}

/**
 * Asks a server to shut down (waiting at most 2 s for its answer), tells it to exit and ends its process: how
 * both the protocol tests' client and the bench's (bench/lsp.ts) stop theirs.
 */
export async function stopServer(connection: MessageConnection, child: ChildProcess): Promise<void> {
  try {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    await connection.sendNotification('exit');
  } catch {
    // already gone
  }
  connection.dispose();
  child.kill();
}

/** Offset → LSP position in a text (UTF-16, like the server). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Position → offset, the inverse of positionAt. */
export function offsetAt(text: string, position: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    if (text.charCodeAt(i) === 10) line++;
    i++;
  }
  return i + position.character;
}
