// The preview bundle (dist/webview.js) on a bare page: a stand-in for the VS Code webview API and the messages
// the extension sends. bench/preview.ts times this page and test/browser/rerender.test.ts drives it; one copy,
// so the bench measures the very page the tests check.
import type { Page } from 'playwright-core';

/** The `init` message the extension sends first (client/src/preview/panel.ts): English, the light theme. */
export const INIT_MESSAGE = {
  type: 'init',
  locale: 'en',
  theme: 'light',
  identity: {},
  sending: false,
  host: 'vscode',
} as const;

/** Script defining `acquireVsCodeApi`; with `recordPosted`, what the page posts is kept in `window.__posted`. */
export function vscodeApiStandIn(recordPosted = false): string {
  const post = recordPosted ? 'postMessage(m) { (window.__posted ??= []).push(m); }' : 'postMessage() {}';
  return `window.acquireVsCodeApi = () => ({ ${post}, getState() { return null; }, setState() {} });`;
}

/** Dispatches `data` in the page as a message from the extension arrives. */
export async function postToPage(page: Page, data: unknown): Promise<void> {
  await page.evaluate((d) => window.dispatchEvent(new MessageEvent('message', { data: d })), data);
}

/** Puts the bundle (its source text) on a bare page, the stand-in before it, then sends `init`. */
export async function loadBarePreview(page: Page, bundle: string, recordPosted = false): Promise<void> {
  await page.setContent(
    '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="app"></div></body></html>',
  );
  await page.addScriptTag({ content: vscodeApiStandIn(recordPosted) });
  await page.addScriptTag({ content: bundle });
  await postToPage(page, INIT_MESSAGE);
}
