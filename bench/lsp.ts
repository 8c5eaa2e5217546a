// A minimal LSP client for timing: spawns a server over stdio and measures the time from a notification
// (didOpen / didChange) to the publishDiagnostics for that document version.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { stopServer } from '../test/support/lspClient';

interface Waiter {
  uri: string;
  version?: number;
  resolve: (at: number) => void;
}

export class BenchServer {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  private readonly waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();
  private stderr = '';
  /** How many diagnostics the last publish for each document carried (a sanity check on the work done). */
  readonly counts = new Map<string, number>();

  constructor(
    readonly name: string,
    command: string,
    args: string[],
    /** Whether the server echoes the document version in publishDiagnostics (ours does). */
    private readonly versioned: boolean,
    /** Added to the server process's environment. */
    env: Record<string, string> = {},
  ) {
    this.child = spawn(command, args, { stdio: 'pipe', env: { ...process.env, ...env } });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
        const at = performance.now();
        this.counts.set(params.uri, params.diagnostics.length);
        for (let i = this.waiters.length - 1; i >= 0; i--) {
          const w = this.waiters[i];
          const versionMatches = !this.versioned || w.version === undefined || w.version === params.version;
          if (w.uri === params.uri && versionMatches) {
            this.waiters.splice(i, 1);
            w.resolve(at);
          }
        }
      },
    );
    // Answer whatever else a server asks with "nothing", so no request hangs.
    this.connection.onRequest(() => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  async initialize(initializationOptions: unknown, configuration?: unknown): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    if (configuration !== undefined) {
      await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: configuration });
    }
  }

  private diagnosticsFor(uri: string, version: number, timeoutMs = 60_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.name}: no diagnostics for ${uri} v${version}\n${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({
        uri,
        version,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      });
    });
  }

  /** Milliseconds from sending didOpen to the diagnostics of that document. */
  async open(uri: string, text: string): Promise<number> {
    this.versions.set(uri, 1);
    const published = this.diagnosticsFor(uri, 1);
    const start = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'json', version: 1, text },
    });
    return (await published) - start;
  }

  /** Milliseconds from sending a whole-text didChange to the diagnostics of the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.diagnosticsFor(uri, version);
    const start = performance.now();
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return (await published) - start;
  }

  /** Sends a didChange without waiting (to time what follows it, like a completion typed mid-edit). */
  async changeNoWait(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Sends one keystroke as an incremental change (what editors send while typing), without waiting. */
  async keystrokeNoWait(
    uri: string,
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    text: string,
  ): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async timeRequest(method: string, params: unknown): Promise<{ ms: number; result: unknown }> {
    const start = performance.now();
    const result = await this.connection.sendRequest(method, params);
    return { ms: performance.now() - start, result };
  }

  /** Resident set size of the server process, in bytes (Linux). */
  rss(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
    return kb * 1024;
  }

  stop(): Promise<void> {
    return stopServer(this.connection, this.child);
  }
}
