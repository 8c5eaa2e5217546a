// Extension start-up in a real VS Code (code-server + headless Chromium, the same harness as the editor
// tests): how long until a freshly opened card shows its first diagnostic, and the activation time VS Code
// itself records (Developer: Show Running Extensions).
//
// Each window is a fresh code-server with a fresh profile. The first one is a first start after install:
// the language server has no code cache yet (server/src/launch/) and writes it. The next ones are what
// every new window meets; the target row is their median (of five: single windows range from 0.9 to
// 1.5 s here). The cache folder is set through the environment (FEISHU_CARD_CODE_CACHE), as a user may,
// because each fresh profile has a global storage of its own.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CODE_SERVER_BIN } from '../scripts/e2e/codeServer';
import { Workbench } from '../test/e2e/workbench';
import type { Report } from './report';

const LATER_WINDOWS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One fresh window: Quick Open of the card, then its first diagnostic in the Problems panel. */
async function openWindow(
  cardText: string,
  onOpen: (bench: Workbench) => Promise<void>,
): Promise<{ quickOpen: number; firstDiagnostic: number }> {
  const bench = await Workbench.launch({ name: 'bench', files: { 'alarm.json': cardText } });
  try {
    // The Problems panel first, so that what is timed once the card is shown is the extension's work and
    // VS Code's, not a command palette's.
    const problems = await bench.problemsPanel();
    // The first Quick Open also waits for the workspace file index, so time the two parts apart.
    const start = performance.now();
    await bench.openFile('alarm.json');
    const shown = performance.now();
    await problems
      .locator('.monaco-list-row', { hasText: 'checker-open-url' })
      .first()
      .waitFor({ timeout: 60_000 });
    const done = performance.now();
    await onOpen(bench);
    return { quickOpen: shown - start, firstDiagnostic: done - shown };
  } finally {
    await bench.close();
  }
}

export async function benchEditor(typicalCard: string, report: Report): Promise<void> {
  if (!existsSync(CODE_SERVER_BIN) || !existsSync('/usr/bin/chromium')) {
    console.log('  skipped: code-server or chromium is missing (npm run e2e:setup installs them)');
    return;
  }
  // A checker that opens a link: a mistake every version of the rules reports.
  const card = JSON.parse(typicalCard) as { body: { elements: unknown[] } };
  card.body.elements.push({
    tag: 'checker',
    behaviors: [{ type: 'open_url', default_url: 'https://e.com' }],
  });
  const cardText = JSON.stringify(card, null, 2);
  const cacheFolder = mkdtempSync(path.join(tmpdir(), 'feishu-bench-code-cache-'));
  const previous = process.env.FEISHU_CARD_CODE_CACHE;
  process.env.FEISHU_CARD_CODE_CACHE = cacheFolder;
  try {
    const first = await openWindow(cardText, async (bench) => {
      await bench.runCommand('Developer: Show Running Extensions');
      const row = bench.page
        .locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Feishu' })
        .first();
      await row.waitFor({ timeout: 30_000 });
      const activation = (await row.locator('.activation-time').innerText()).replace(/^[^\d]*/, '').trim();
      report('activation time recorded by VS Code (first window)', activation || '(not shown)');
      await bench.screenshot('running-extensions');
      // The server writes its code cache a few seconds after it starts.
      const deadline = Date.now() + 15_000;
      while (!readdirSync(cacheFolder).some((name) => name.endsWith('.v8cache')) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 200));
    });
    report('first file open in a fresh editor (Quick Open, indexing)', `${first.quickOpen.toFixed(0)} ms`);
    report(
      'card shown → first diagnostic, first window after install (no code cache yet)',
      `${first.firstDiagnostic.toFixed(0)} ms`,
    );
    if (!readdirSync(cacheFolder).some((name) => name.endsWith('.v8cache')))
      console.log('  note: the server wrote no code cache; the later windows start without one too');
    const later: number[] = [];
    for (let i = 0; i < LATER_WINDOWS; i++)
      later.push((await openWindow(cardText, async () => {})).firstDiagnostic);
    // Issue 15's target for the whole path a user waits on in a new window.
    const firstDiagnostic = median(later);
    report(
      `card shown → first diagnostic, a new window (median of ${later.map((t) => t.toFixed(0)).join(', ')})`,
      `${firstDiagnostic.toFixed(0)} ms`,
      '≤ 1500 ms',
      firstDiagnostic <= 1500,
    );
  } catch (error) {
    console.log(`  failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    if (previous === undefined) delete process.env.FEISHU_CARD_CODE_CACHE;
    else process.env.FEISHU_CARD_CODE_CACHE = previous;
    rmSync(cacheFolder, { recursive: true, force: true });
  }
}
