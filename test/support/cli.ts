// Runs the real built CLI (`node dist/cli.js`, what `feishu-card` runs) for CLI tests, and helpers for the
// files and loopback servers those tests need. `npm run build` first, as for the protocol tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** FEISHU_CARD_CLI runs the tests against another build (e.g. main's, to see a new test fail there). */
export const CLI = process.env.FEISHU_CARD_CLI ?? path.join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: options.env ? { ...process.env, ...options.env } : undefined,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same without blocking this process: needed when the CLI talks to a server that this process runs. */
export function cliAsync(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The same, through `bash -o pipefail -c`, for what only a shell pipeline or redirection shows. */
export function shell(script: string, cwd = ROOT): CliResult {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', script], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'feishu-card-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A loopback HTTP server answering every POST with `answer` (status 200, JSON). */
export async function answeringServer(
  answer: string,
): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/callback`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A loopback URL on which nothing listens (connection refused). */
export async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/callback`;
}

/** `feishu-card preview` as a child process, with its URL once it printed it. */
export async function startPreview(
  args: string[],
): Promise<{ url: string; child: ChildProcess; stderr: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [CLI, 'preview', ...args], { cwd: ROOT, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`preview exited (${code}): ${stderr}`)));
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/** Reads the preview's server-sent events; `next(type)` resolves with the next message of that type. */
export function openEvents(url: string): {
  next: (type: string) => Promise<Record<string, unknown>>;
  close: () => void;
} {
  const seen: Record<string, unknown>[] = [];
  const waiting: {
    type: string;
    resolve: (m: Record<string, unknown>) => void;
    reject: (e: Error) => void;
  }[] = [];
  let ended = false;
  const end = () => {
    ended = true;
    waiting.splice(0).forEach((w) => w.reject(new Error(`the event stream ended before a "${w.type}"`)));
  };
  let buffer = '';
  const deliver = (message: Record<string, unknown>) => {
    const i = waiting.findIndex((w) => w.type === message.type);
    if (i >= 0) waiting.splice(i, 1)[0].resolve(message);
    else seen.push(message);
  };
  const req = http.get(new URL('/events', url), (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (event.startsWith('data: ')) deliver(JSON.parse(event.slice(6)));
      }
    });
    res.on('close', end);
  });
  req.on('error', end);
  return {
    next: (type) =>
      new Promise((resolve, reject) => {
        const i = seen.findIndex((m) => m.type === type);
        if (i >= 0) resolve(seen.splice(i, 1)[0]);
        else if (ended) reject(new Error(`the event stream ended before a "${type}"`));
        else waiting.push({ type, resolve, reject });
      }),
    close: () => req.destroy(),
  };
}

/** POSTs a page message to the preview's /api. */
export function postToPreview(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL('/api', url),
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
