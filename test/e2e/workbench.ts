// The editor-test harness: one code-server + one headless Chromium per suite, the packaged .vsix installed
// into a fresh profile, and a small vocabulary of user actions (open a file, run a command, read the
// Problems panel, trigger completion, look into the preview webview). Every wait is on a condition with a
// generous limit: a cold workbench on a busy 2-core machine can take 30 s where a laptop takes 5.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';
import {
  CHROMIUM,
  ROOT,
  ensureCodeServer,
  freshProfile,
  installVsix,
  packageVsix,
  startCodeServer,
  type RunningCodeServer,
} from '../../scripts/e2e/codeServer';

export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
/** The limit for anything that depends on the extension host or the language server. */
export const SLOW = 90_000;
/** The limit for plain UI reactions (a palette opening, a tab appearing). */
export const UI = 30_000;

export interface LaunchOptions {
  /** Names the run folder and the screenshots. */
  name: string;
  /** Workspace files, relative path → content. */
  files: Record<string, string>;
  /** User settings on top of the quiet defaults. */
  settings?: Record<string, unknown>;
}

export class Workbench {
  private constructor(
    readonly page: Page,
    readonly workspace: string,
    private readonly context: BrowserContext,
    private readonly server: RunningCodeServer,
    private readonly runDir: string,
    private readonly name: string,
  ) {}

  static async launch(options: LaunchOptions): Promise<Workbench> {
    ensureCodeServer();
    const runDir = path.join(ROOT, '.e2e', `${options.name}-${process.pid}`);
    const profile = freshProfile(path.join(runDir, 'code-server'), options.settings);
    const vsix = path.join(runDir, 'feishu-card-tools.vsix');
    packageVsix(vsix);
    installVsix(profile, vsix);

    const workspace = path.join(runDir, 'workspace');
    for (const [file, text] of Object.entries(options.files)) {
      mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      writeFileSync(path.join(workspace, file), text);
    }

    const server = await startCodeServer({ profile, workspace });
    let context: BrowserContext | undefined;
    try {
      context = await chromium.launchPersistentContext(path.join(runDir, 'chromium'), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
        viewport: { width: 1400, height: 900 },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(UI);
      const bench = new Workbench(page, workspace, context, server, runDir, options.name);
      await page.goto(server.folderUrl);
      await page.locator('.monaco-workbench').waitFor({ timeout: SLOW });
      // The explorer listing the workspace means the remote file system answered.
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: SLOW });
      return bench;
    } catch (error) {
      await context?.close().catch(() => undefined);
      await server.stop();
      throw new Error(
        `${(error as Error).message}\n--- code-server output ---\n${server.output().slice(-4000)}`,
      );
    }
  }

  /** Stops the browser and code-server and removes the run folder (screenshots stay in test-artifacts/). */
  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.server.stop();
    if (!process.env.E2E_KEEP) rmSync(this.runDir, { recursive: true, force: true });
  }

  async screenshot(label: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${this.name}-${label}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  private quickInput(): Locator {
    return this.page.locator('.quick-input-widget input');
  }

  /**
   * Waits for a quick input (e.g. the save dialog code-server shows) whose value matches, and returns it.
   * The save dialog fills its value in steps (the folder first, then the file name), so poll for the match.
   */
  async waitForQuickInputValue(pattern: RegExp): Promise<string> {
    await this.quickInput().waitFor({ timeout: SLOW });
    const deadline = Date.now() + SLOW;
    let value = '';
    while (Date.now() < deadline) {
      value = await this.quickInput().inputValue();
      if (pattern.test(value)) return value;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`the quick input never matched ${pattern}; it holds "${value}"`);
  }

  /** Accepts the open quick input as it is (Enter), and waits for it to close. */
  async acceptQuickInput(): Promise<void> {
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: SLOW });
  }

  private async pickQuickInputRow(text: string): Promise<void> {
    // Wait for the *focused* row to be the wanted one: results arrive in stages (history first, then the
    // file index), and Enter picks whatever is focused at that moment.
    const row = this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first();
    await row.waitFor({ timeout: SLOW });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Quick Open (Ctrl+P), like a user; the first search also waits for the file index. */
  async openFile(relative: string): Promise<void> {
    const base = path.basename(relative);
    await this.page.keyboard.press('Control+P');
    await this.quickInput().waitFor();
    await this.quickInput().fill(relative);
    await this.pickQuickInputRow(base);
    // By resource name: a preview tab ("Preview x.json") also has the file name in its text.
    await this.page.locator(`.tabs-container .tab.active[data-resource-name="${base}"]`).first().waitFor();
    await this.editor().locator('.view-lines').waitFor();
  }

  /**
   * Runs a command from the palette (F1) by its title, e.g. "View: Focus Problems". The palette computes
   * its list when it opens, so a command whose `when` clause turns true a moment later (the extension
   * still activating) is missing from it: close and reopen until the command is offered.
   */
  async runCommand(title: string): Promise<void> {
    const label = title.replace(/^.*?: /, '');
    const row = this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).first();
    const deadline = Date.now() + SLOW;
    for (;;) {
      await this.page.keyboard.press('F1');
      await this.quickInput().waitFor();
      await this.quickInput().fill(`>${title}`);
      const offered = await row
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (offered) break;
      await this.page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`the command palette never offered "${title}"`);
    }
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** The active text editor. */
  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** The text of the active editor as Monaco renders it (visible lines only). */
  async visibleText(): Promise<string> {
    return (await this.editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  /** Puts the cursor at a 1-based line and column with Go to Line (Ctrl+G), as a user would. */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.quickInput().waitFor();
    await this.quickInput().fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.page
      .locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` })
      .first()
      .waitFor();
  }

  /** Puts the cursor `offset` characters after the start of the first `needle` in `text` (the file's text). */
  async cursorAt(text: string, needle: string, offset = 0): Promise<void> {
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`${needle} is not in the text`);
    const before = text.slice(0, index + offset).split('\n');
    await this.goTo(before.length, before[before.length - 1].length + 1);
  }

  /**
   * Opens the light-bulb menu (Ctrl+.) at the cursor and applies the action titled `title` by keyboard.
   * The menu holds what the server answered when it opened; an answer given while the server was still
   * taking in a settings change can be empty ("No code actions available"): close and reopen until the
   * action is offered.
   */
  async applyQuickFix(title: string): Promise<void> {
    const menu = this.page.locator('.action-widget');
    const rows = menu.locator('.monaco-list-row.action');
    const deadline = Date.now() + SLOW;
    for (;;) {
      await this.page.keyboard.press('Control+.');
      const offered = await rows
        .filter({ hasText: title })
        .first()
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (offered) break;
      await this.page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`the light-bulb menu never offered "${title}"`);
    }
    // Walk down to the action (a pointer block sits over the menu while it animates in, so no clicks).
    for (let i = 0; i < (await rows.count()); i++) {
      if ((await menu.locator('.monaco-list-row.action.focused', { hasText: title }).count()) > 0) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await menu.locator('.monaco-list-row.action.focused', { hasText: title }).waitFor();
    await this.page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden' });
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  }

  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editors');
  }

  /** Opens the Problems panel and returns it. */
  async problemsPanel(): Promise<Locator> {
    await this.runCommand('View: Focus Problems');
    const panel = this.page.locator('.markers-panel');
    await panel.waitFor();
    return panel;
  }

  /** Waits until a Problems row contains `text` and returns all marker rows' texts at that moment. */
  async waitForProblem(text: string | RegExp, timeout = SLOW): Promise<string[]> {
    const panel = await this.problemsPanel();
    await panel.locator('.monaco-list-row', { hasText: text }).first().waitFor({ timeout });
    return panel.locator('.monaco-list-row').allInnerTexts();
  }

  /** Waits until no Problems row contains `text`. */
  async waitForNoProblem(text: string | RegExp, timeout = SLOW): Promise<void> {
    const panel = await this.problemsPanel();
    await panel
      .locator('.monaco-list-row', { hasText: text })
      .first()
      .waitFor({ state: 'detached', timeout });
  }

  /** Opens the completion list at the cursor (Ctrl+Space) and returns the labels once they are shown. */
  async completionLabels(expectLabel: string | RegExp): Promise<string[]> {
    await this.page.keyboard.press('Control+Space');
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    await widget.locator('.monaco-list-row', { hasText: expectLabel }).first().waitFor({ timeout: SLOW });
    return widget.locator('.monaco-list-row .label-name').allInnerTexts();
  }

  /** The preview's content: a webview is an iframe (the host) holding another iframe (the document). */
  previewFrame(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  /**
   * Waits until the preview shows `text` anywhere on screen, form fields included. Reads the rendered
   * text rather than matching elements, so it does not depend on how the preview marks up its console.
   */
  async waitForPreviewText(text: string, timeout = SLOW): Promise<void> {
    const body = this.previewFrame().locator('body');
    const deadline = Date.now() + timeout;
    let seen = '';
    while (Date.now() < deadline) {
      // Editable parts (the console's request body is a textarea, for replay) are not in innerText.
      const fields = await this.previewFrame()
        .locator('textarea, input')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLTextAreaElement).value))
        .catch(() => [] as string[]);
      seen = [await body.innerText({ timeout: UI }).catch(() => ''), ...fields].join('\n');
      if (seen.includes(text)) return;
      await this.page.waitForTimeout(250);
    }
    throw new Error(`the preview never showed "${text}"; it showed:\n${seen.slice(0, 2000)}`);
  }
}

/** A JSON text the way people write it: two-space indent, trailing newline. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

interface Manifest {
  contributes?: {
    commands?: { command: string; title: string; category?: string }[];
    configuration?: { properties?: Record<string, unknown> } | { properties?: Record<string, unknown> }[];
  };
}

function manifest(): { json: Manifest; nls: Record<string, string> } {
  const json = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
  const nlsFile = path.join(ROOT, 'package.nls.json');
  const nls = existsSync(nlsFile)
    ? (JSON.parse(readFileSync(nlsFile, 'utf8')) as Record<string, string>)
    : {};
  return { json, nls };
}

/**
 * The palette title of a contributed command ("Category: Title", placeholders resolved), or undefined
 * while the extension does not contribute it — tests of features still being built skip on that.
 */
export function commandTitle(id: string): string | undefined {
  const { json, nls } = manifest();
  const command = json.contributes?.commands?.find((c) => c.command === id);
  if (!command) return undefined;
  const text = (s: string) => s.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? key);
  return command.category ? `${text(command.category)}: ${text(command.title)}` : text(command.title);
}

/** Whether the extension contributes a setting (tests of features still being built skip on that). */
export function contributesSetting(key: string): boolean {
  const configuration = manifest().json.contributes?.configuration;
  const sections = Array.isArray(configuration) ? configuration : configuration ? [configuration] : [];
  return sections.some((section) => key in (section.properties ?? {}));
}
