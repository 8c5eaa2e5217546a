// Preview render and re-render time in Chromium: the preview bundle (dist/webview.js) on a bare page with
// a stand-in for the VS Code webview API, fed the same messages the extension sends (`init`, then `card`).
// A render counts as done when the edited text is in the DOM and layout has run, so a debounced or
// asynchronous renderer is measured too. Optional: skipped while the preview is not in the tree.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import type { Report } from './report';

const CHROMIUM = '/usr/bin/chromium';

// Runs inside the page: posts a card and resolves with the milliseconds until `token` is rendered.
const RENDER_IN_PAGE = `
window.__renderCard = (text, token) => new Promise((resolve, reject) => {
  const start = performance.now();
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'card', text, fileName: 'bench.card.json' } }));
  const done = () => {
    const card = document.getElementById('card') || document.body;
    if ((card.textContent || '').includes(token)) {
      document.body.getBoundingClientRect();
      resolve(performance.now() - start);
      return true;
    }
    if (performance.now() - start > 10000) reject(new Error('the preview never showed ' + token));
    return false;
  };
  if (done()) return;
  const poll = () => { if (!done()) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
});
`;

export async function benchPreview(
  root: string,
  cards: { typical: string; large: string },
  report: Report,
): Promise<void> {
  const bundle = path.join(root, 'dist', 'webview.js');
  if (!existsSync(bundle)) {
    console.log('  skipped: dist/webview.js is not built (the preview is not in the tree yet)');
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log('  skipped: /usr/bin/chromium is missing (npm run e2e:setup installs it)');
    return;
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-preview-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    viewport: { width: 1200, height: 900 },
  });
  try {
    for (const [name, text] of [
      ['typical card', cards.typical],
      ['1 MB card', cards.large],
    ] as const) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setContent(
        '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="app"></div></body></html>',
      );
      await page.addScriptTag({
        content: `window.acquireVsCodeApi = () => ({ postMessage() {}, getState() { return null; }, setState() {} });`,
      });
      await page.addScriptTag({ content: readFileSync(bundle, 'utf8') });
      await page.addScriptTag({ content: RENDER_IN_PAGE });
      await page.evaluate(() =>
        window.dispatchEvent(
          new MessageEvent('message', {
            data: {
              type: 'init',
              locale: 'en',
              theme: 'light',
              identity: {},
              sending: false,
              host: 'vscode',
            },
          }),
        ),
      );
      // Each version differs in one visible word, so "done" means this version is on screen.
      const version = (n: number) => text.replace('checkout-api-0', `checkout-api-0-r${n}`);
      const render = (n: number) =>
        page.evaluate(
          ([t, token]) =>
            (window as unknown as { __renderCard(t: string, k: string): Promise<number> }).__renderCard(
              t,
              token,
            ),
          [version(n), `checkout-api-0-r${n}`] as const,
        );
      try {
        const first = await render(0);
        const again: number[] = [];
        const runs = name === '1 MB card' ? 5 : 20;
        for (let n = 1; n <= runs; n++) again.push(await render(n));
        again.sort((a, b) => a - b);
        const median = again[Math.floor(again.length / 2)];
        report(`${name}: first render`, `${first.toFixed(1)} ms`);
        const target = name === 'typical card' ? '≤ 50 ms' : undefined;
        report(
          `${name}: re-render after an edit (median)`,
          `${median.toFixed(1)} ms`,
          target,
          target ? median <= 50 : undefined,
        );
      } catch (error) {
        console.log(
          `  ${name}: not measured: ${(error as Error).message.split('\n')[0]}${errors.length ? ` (page error: ${errors[0]})` : ''}`,
        );
      }
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
