// Headless Chromium (Debian's, never a downloaded one) against the page `feishu-card preview` serves.
// Records every request that leaves the preview's origin, page errors and console output, so tests can
// assert that hostile card content stays inert.
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  startPreviewServer,
  type PreviewServer,
  type PreviewServerOptions,
} from '../../server/src/cli/preview';

export const ARTIFACTS = path.resolve('test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PreviewPage {
  page: Page;
  server: PreviewServer;
  /** URLs requested outside the preview server. */
  foreignRequests: string[];
  pageErrors: string[];
  consoleMessages: string[];
  close(): Promise<void>;
}

export async function openPreview(
  browser: Browser,
  options: PreviewServerOptions,
  viewport = { width: 1280, height: 900 },
): Promise<PreviewPage> {
  const server = await startPreviewServer({ pollMs: 50, log: () => undefined, ...options });
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleMessages: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  await page.goto(server.url);
  await page.waitForSelector('#card .cmp');
  return {
    page,
    server,
    foreignRequests,
    pageErrors,
    consoleMessages,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/**
 * One preview of `file` shared by every test of a test file: Chromium is launched and the page opened before the
 * first test (`opened` receives both, for the file's own variables and set-up), both closed after the last.
 */
export function sharedPreview(
  file: string,
  opened: (preview: PreviewPage, browser: Browser) => void | Promise<void>,
): void {
  let browser: Browser | undefined;
  let preview: PreviewPage | undefined;
  before(async () => {
    browser = await launchBrowser();
    preview = await openPreview(browser, { file });
    await opened(preview, browser);
  });
  after(async () => {
    await preview?.close();
    await browser?.close();
  });
}

/** The selector of the component with this `element_id`. */
export const el = (id: string): string => `[data-element-id="${id}"]`;

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The request body of the selected console entry. */
export async function selectedRequest(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse(await page.locator('#request').inputValue()) as Record<string, unknown>;
}

/** `action` of the newest console entry, after checking its kind. */
export async function lastEntry(page: Page): Promise<{ kind: string; count: number }> {
  const items = page.locator('#console-list li.console-item');
  const count = await items.count();
  const kind = count ? ((await items.nth(count - 1).getAttribute('data-kind')) ?? '') : '';
  return { kind, count };
}
