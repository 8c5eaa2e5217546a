// Entry of dist/webview-chart.js, the chart bundle: VChart (the library the platform's chart component is
// built on, pinned to the 1.12 line the chart page names) and one function that draws a prepared spec into a
// box. The page loads this file only when a card has a chart (chartLoader.ts), so typical cards never pay
// for it. It registers itself on a global the loader waits for; nothing else is exposed.
import VChart from '@visactor/vchart';
import type { ChartApi, DrawOptions } from './api';

function draw(container: HTMLElement, spec: Record<string, unknown>, options: DrawOptions) {
  let errors: string[] = [];
  const chart = new VChart(spec as unknown as ConstructorParameters<typeof VChart>[0], {
    dom: container,
    mode: options.mobile ? 'mobile-browser' : 'desktop-browser',
    theme: options.dark ? 'dark' : 'light',
    // Drawn at once, so what you see (and what the tests read) is the final picture.
    animation: false,
    autoFit: true,
    onError: (...args: unknown[]) => errors.push(args.map(String).join(' ')),
  });
  try {
    chart.renderSync();
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  const failed = errors;
  errors = [];
  return { errors: failed, release: () => chart.release() };
}

const api: ChartApi = { draw };
(globalThis as unknown as { feishuCardCharts?: ChartApi }).feishuCardCharts = api;
document.dispatchEvent(new Event('feishu-card-charts'));
