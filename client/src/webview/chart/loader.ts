// Loads dist/webview-chart.js the first time a card has a chart: a script element beside our own, with our
// nonce, so the page's strict CSP (only our nonce'd scripts from our origin or the webview's resource root)
// stays as it is. One load per page; every chart waits on the same promise.
import type { ChartApi } from './api';

// Read while our own script runs: afterwards document.currentScript is null. (No document: the renderer
// table imported by a unit test in Node.)
const self = (typeof document !== 'undefined' ? document.currentScript : null) as HTMLScriptElement | null;
const ourSrc = self?.src ?? '';
const ourNonce = self?.nonce ?? '';

let loading: Promise<ChartApi> | undefined;

const loaded = () => (globalThis as unknown as { feishuCardCharts?: ChartApi }).feishuCardCharts;

export function chartBundleUrl(): string {
  return new URL('webview-chart.js', ourSrc || document.baseURI).href;
}

export function loadCharts(): Promise<ChartApi> {
  const ready = loaded();
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise<ChartApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.nonce = ourNonce;
    script.src = chartBundleUrl();
    document.addEventListener('feishu-card-charts', () => {
      const api = loaded();
      if (api) resolve(api);
    });
    script.addEventListener('error', () => {
      loading = undefined;
      reject(new Error('the chart bundle (webview-chart.js) could not be loaded'));
    });
    document.head.append(script);
  });
  return loading;
}
