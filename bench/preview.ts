// Preview render and re-render time in Chromium: the preview bundle (dist/webview.js) on a bare page with
// a stand-in for the VS Code webview API, fed the same messages the extension sends (`init`, then `card`).
// A render counts as done when the edited text is in the DOM and layout has run, so a debounced or
// asynchronous renderer is measured too. Optional: skipped while the preview is not in the tree.
// A chart card's first render counts until VChart has drawn the chart, its bundle (dist/webview-chart.js)
// loaded on demand by the page as in the webview: the page is served from an intercepted origin (no
// network) so the bundle's URL resolves beside the page script's.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { INIT_MESSAGE, loadBarePreview, vscodeApiStandIn } from '../test/support/barePreview';
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

// Runs inside the page: init, then the chart card; resolves with the milliseconds until VChart has drawn.
const CHART_IN_PAGE = `
window.__chartCard = (text) => new Promise((resolve, reject) => {
  const post = (data) => window.dispatchEvent(new MessageEvent('message', { data }));
  post(${JSON.stringify(INIT_MESSAGE)});
  const start = performance.now();
  post({ type: 'card', text, fileName: 'chart.card.json' });
  const poll = () => {
    const chart = document.querySelector('#card .chart');
    if (chart && chart.classList.contains('drawn') && chart.querySelector('canvas')) resolve(performance.now() - start);
    else if (chart && chart.querySelector('.chart-message')) reject(new Error(chart.textContent || 'not drawn'));
    else if (performance.now() - start > 20000) reject(new Error('the chart was never drawn'));
    else requestAnimationFrame(poll);
  };
  poll();
});
`;

/** Milliseconds from a fresh page receiving the chart card until its chart is drawn (median of `runs`). */
async function chartFirstRender(
  context: BrowserContext,
  dist: string,
  card: string,
  runs: number,
): Promise<number> {
  const origin = 'http://bench.invalid';
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${origin}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    if (file === 'webview.js' || file === 'webview-chart.js')
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(dist, file)) });
    return route.fulfill({
      contentType: 'text/html',
      body:
        '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="app"></div>' +
        `<script>${vscodeApiStandIn()}</script>` +
        '<script src="webview.js"></script></body></html>',
    });
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // Each run a fresh page: the chart bundle is loaded and evaluated once per page, as a panel opens.
      await page.goto(`${origin}/?run=${i}`);
      await page.addScriptTag({ content: CHART_IN_PAGE });
      times.push(
        await page.evaluate(
          (text) => (window as unknown as { __chartCard(t: string): Promise<number> }).__chartCard(text),
          card,
        ),
      );
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}${errors.length ? ` (page error: ${errors[0]})` : ''}`);
  } finally {
    await page.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchPreview(
  root: string,
  cards: { typical: string; large: string; chart: string },
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
      await loadBarePreview(page, readFileSync(bundle, 'utf8'));
      await page.addScriptTag({ content: RENDER_IN_PAGE });
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
        // Issue 15: after an edit the preview redraws only what changed (client/src/webview/cardUpdate.ts).
        const limit = name === 'typical card' ? 50 : 100;
        report(
          `${name}: re-render after an edit (median)`,
          `${median.toFixed(1)} ms`,
          `≤ ${limit} ms`,
          median <= limit,
        );
      } catch (error) {
        console.log(
          `  ${name}: not measured: ${(error as Error).message.split('\n')[0]}${errors.length ? ` (page error: ${errors[0]})` : ''}`,
        );
      }
      await page.close();
    }
    if (existsSync(path.join(root, 'dist', 'webview-chart.js'))) {
      try {
        const first = await chartFirstRender(context, path.join(root, 'dist'), cards.chart, 5);
        report('chart card: first render, until the chart is drawn (median)', `${first.toFixed(1)} ms`);
      } catch (error) {
        console.log(`  chart card: not measured: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
