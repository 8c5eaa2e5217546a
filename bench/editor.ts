// Extension start-up in a real VS Code (code-server + headless Chromium, the same harness as the editor
// tests): how long until a freshly opened card shows its first diagnostic, and the activation time VS Code
// itself records (Developer: Show Running Extensions).
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CODE_SERVER_BIN } from '../scripts/e2e/codeServer';
import { Workbench } from '../test/e2e/workbench';
import type { Report } from './report';

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
  const bench = await Workbench.launch({
    name: 'bench',
    files: { 'alarm.json': JSON.stringify(card, null, 2) },
  });
  try {
    // The first Quick Open also waits for the workspace file index, so time the two parts apart.
    const start = performance.now();
    await bench.openFile('alarm.json');
    const shown = performance.now();
    await bench.waitForProblem('checker-open-url');
    const done = performance.now();
    report('first file open in a fresh editor (Quick Open, indexing)', `${(shown - start).toFixed(0)} ms`);
    // Issue 15's target for the whole path a user waits on in a fresh window.
    const firstDiagnostic = done - shown;
    report(
      'card shown → first diagnostic (activation + server start)',
      `${firstDiagnostic.toFixed(0)} ms`,
      '≤ 1500 ms',
      firstDiagnostic <= 1500,
    );

    await bench.runCommand('Developer: Show Running Extensions');
    const row = bench.page
      .locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Feishu' })
      .first();
    await row.waitFor({ timeout: 30_000 });
    const activation = (await row.locator('.activation-time').innerText()).replace(/^[^\d]*/, '').trim();
    report('activation time recorded by VS Code', activation || '(not shown)');
    await bench.screenshot('running-extensions');
  } catch (error) {
    console.log(`  failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await bench.close();
  }
}
