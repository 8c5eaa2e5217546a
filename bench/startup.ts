// Start-up figures, each a whole process as a user meets it: `feishu-card lint` on one typical card against
// `node -e 0` (a pre-commit hook pays this per run), and the language server from its spawn to the first
// publishDiagnostics of the card it is opened with (every new editor window pays this); and the extension's
// own start: loading dist/extension.js and running activate(), as the extension host does, in a fresh
// process each time with only the `vscode` module stood in for (code-server's own figure needs the editor).
// The CLI and the server start through their launchers' code cache, as users' second and later starts do;
// each also without it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { BenchServer } from './lsp';
import type { Report } from './report';

const RUNS = 9;

// Runs in a fresh node: \`vscode\` is a stand-in that answers every call; prints the milliseconds spent in
// require() of the bundle plus activate().
const ACTIVATE = `
const Module = require('node:module');
const stub = new Proxy(function () {}, {
  get: (_, key) => (key === 'then' ? undefined : key === 'language' ? 'en' : stub),
  apply: () => stub,
  construct: () => stub,
});
// The bundle copies the module's own names (esbuild's ESM interop), so the namespace lists the ones it uses.
const names = ['commands', 'env', 'extensions', 'l10n', 'languages', 'window', 'workspace', 'Uri', 'Range',
  'Position', 'Diagnostic', 'DiagnosticSeverity', 'CodeAction', 'CodeActionKind', 'CodeLens',
  'ConfigurationTarget', 'Disposable', 'EventEmitter', 'ViewColumn', 'WorkspaceEdit', 'NotebookCellKind',
  'version'];
const vscode = new Proxy({}, {
  get: (_, key) =>
    key === 'then' || key === '__esModule' ? undefined : key === 'version' ? '1.100.0' : stub,
  ownKeys: () => names,
  getOwnPropertyDescriptor: (t, key) => ({ configurable: true, enumerable: true, value: vscode[key] }),
});
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
const [file, root] = process.argv.slice(1);
const start = performance.now();
const extension = require(file);
extension.activate({ asAbsolutePath: (p) => require('node:path').join(root, p), extensionPath: root,
  extensionUri: stub, globalStorageUri: { fsPath: require('node:os').tmpdir() }, subscriptions: { push() {} } });
process.stdout.write(String(performance.now() - start));
process.exit(0);
`;

function timeActivation(root: string): number {
  const result = spawnSync(
    process.execPath,
    ['-e', ACTIVATE, path.join(root, 'dist', 'extension.js'), root],
    {
      encoding: 'utf8',
    },
  );
  const ms = Number(result.stdout);
  if (result.status !== 0 || !Number.isFinite(ms))
    throw new Error(`activation did not run: ${result.stderr.split('\n').slice(0, 3).join(' ')}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeProcess(args: string[], env: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return performance.now() - start;
}

export async function benchStartup(root: string, typicalCard: string, report: Report): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'feishu-bench-'));
  const card = path.join(dir, 'typical.card.json');
  writeFileSync(card, typicalCard);
  try {
    const cli = path.join(root, 'dist', 'cli.js');
    // The launchers' code cache (server/src/launch/) in a folder of this run: the target rows are the
    // starts users meet every time, with the cache the first start wrote; the first start itself, with no
    // cache yet, is shown beside them.
    const cached = { FEISHU_CARD_CODE_CACHE: path.join(dir, 'code-cache') };
    const uncached = { FEISHU_CARD_CODE_CACHE: 'off' };
    // Alternate them, so a busy moment on the machine hits all alike.
    const bare: number[] = [];
    const lint: number[] = [];
    const lintUncached: number[] = [];
    timeProcess([cli, 'lint', card], cached);
    for (let i = 0; i < RUNS; i++) {
      bare.push(timeProcess(['-e', '0']));
      lint.push(timeProcess([cli, 'lint', card], cached));
      lintUncached.push(timeProcess([cli, 'lint', card], uncached));
    }
    report('node -e 0 (whole process)', `${median(bare).toFixed(0)} ms`);
    report('feishu-card lint, one typical card (whole process)', `${median(lint).toFixed(0)} ms`);
    report('  the same without the code cache (a first run)', `${median(lintUncached).toFixed(0)} ms`);
    const cliRatio = median(lint) / median(bare);
    report('feishu-card lint / node -e 0', `${cliRatio.toFixed(2)}×`, '≤ 2.5×', cliRatio <= 2.5);

    try {
      const activation: number[] = [];
      for (let i = 0; i < RUNS; i++) activation.push(timeActivation(root));
      report(
        'extension: load dist/extension.js + activate() (vscode stubbed)',
        `${median(activation).toFixed(0)} ms`,
      );
    } catch (error) {
      console.log(`  extension activation: not measured: ${(error as Error).message}`);
    }

    const startServer = async (env: Record<string, string>) => {
      const start = performance.now();
      const server = new BenchServer(
        'feishu-card',
        process.execPath,
        [path.join(root, 'dist', 'server.js'), '--stdio'],
        true,
        env,
      );
      await server.initialize({ locale: 'en', settings: {} });
      await server.open(pathToFileURL(card).href, typicalCard);
      return { server, ms: performance.now() - start };
    };
    // The server writes its cache a few seconds after start (server/src/launch/server.ts): one that lives
    // that long first.
    const writer = await startServer(cached);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await writer.server.stop();
    const first: number[] = [];
    const firstUncached: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (const [env, times] of [
        [cached, first],
        [uncached, firstUncached],
      ] as const) {
        const { server, ms } = await startServer(env);
        times.push(ms);
        await server.stop();
      }
    }
    const firstMs = median(first);
    report(
      'server spawn → first publishDiagnostics of the opened card',
      `${firstMs.toFixed(0)} ms`,
      '≤ 300 ms',
      firstMs <= 300,
    );
    report('  the same without the code cache (a first start)', `${median(firstUncached).toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
