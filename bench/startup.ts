// Start-up figures, each a whole process as a user meets it: `feishu-card lint` on one typical card against
// `node -e 0` (a pre-commit hook pays this per run), and the language server from its spawn to the first
// publishDiagnostics of the card it is opened with (every new editor window pays this).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { BenchServer } from './lsp';
import type { Report } from './report';

const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeProcess(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.error) throw result.error;
  return performance.now() - start;
}

export async function benchStartup(root: string, typicalCard: string, report: Report): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'feishu-bench-'));
  const card = path.join(dir, 'typical.card.json');
  writeFileSync(card, typicalCard);
  try {
    const cli = path.join(root, 'dist', 'cli.js');
    // Alternate the two, so a busy moment on the machine hits both alike.
    const bare: number[] = [];
    const lint: number[] = [];
    timeProcess([cli, 'lint', card]);
    for (let i = 0; i < RUNS; i++) {
      bare.push(timeProcess(['-e', '0']));
      lint.push(timeProcess([cli, 'lint', card]));
    }
    report('node -e 0 (whole process)', `${median(bare).toFixed(0)} ms`);
    report('feishu-card lint, one typical card (whole process)', `${median(lint).toFixed(0)} ms`);
    const cliRatio = median(lint) / median(bare);
    report('feishu-card lint / node -e 0', `${cliRatio.toFixed(2)}×`, '≤ 2.5×', cliRatio <= 2.5);

    const first: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const server = new BenchServer(
        'feishu-card',
        process.execPath,
        [path.join(root, 'dist', 'server.js'), '--stdio'],
        true,
      );
      await server.initialize({ locale: 'en', settings: {} });
      await server.open(pathToFileURL(card).href, typicalCard);
      first.push(performance.now() - start);
      await server.stop();
    }
    const firstMs = median(first);
    report(
      'server spawn → first publishDiagnostics of the opened card',
      `${firstMs.toFixed(0)} ms`,
      '≤ 300 ms',
      firstMs <= 300,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
