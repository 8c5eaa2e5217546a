// The preview panel: one webview that follows the active card editor, re-renders while typing (debounced),
// and acts on the page's messages only after they pass the message schema.
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  type ConsoleHistory,
  type HostMessage,
  isOpenableUrl,
  makeNonce,
  normalizeLocale,
  oversizeNoticeCard,
  type PageMessage,
  type Theme,
  parsePageMessage,
  previewPageHtml,
  substituteText,
  tooLargeToPreview,
} from '../../../server/src/card';
import { relayCallback } from '../../../server/src/host/relay';
import { readSampleDataSync } from '../../../server/src/host/sampleDataFile';
import { isCardDocument, rangeOfPath } from './documents';
import { affectsPreview, callbackSettings, identitySettings, platformSettings } from './settings';
import { PreviewLink } from '../../../server/src/host/platform/previewLink';

const DEBOUNCE_MS = 200;

export class PreviewPanel implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private column: vscode.ViewColumn | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly locale = normalizeLocale(vscode.env.language);
  /** The local Feishu platform (feishuCard.platform.enabled) and the port it was asked for. */
  private platform: { port: number; link: Promise<PreviewLink | undefined> } | undefined;
  private lastCardText = '';
  /** The card files this panel has sent history for: the only names it keeps history under. */
  private readonly shownFiles = new Set<string>();

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.OutputChannel,
    /** The console entries per card file, for the window's lifetime (outlives this panel). */
    private readonly history: ConsoleHistory,
    onDispose: () => void,
  ) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    panel.webview.options = { enableScripts: true, localResourceRoots: [dist], enableCommandUris: false };
    panel.webview.html = previewPageHtml({
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      nonce: makeNonce(),
      cspSource: panel.webview.cspSource,
      host: 'vscode',
      title: vscode.l10n.t('Feishu card preview'),
      lang: this.locale === 'zh' ? 'zh-CN' : 'en',
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isCardDocument(editor.document)) this.show(editor.document, editor.viewColumn);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.post({ type: 'theme', theme: this.theme() })),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsPreview(event)) this.sendInit();
      }),
    );
  }

  show(document: vscode.TextDocument, column: vscode.ViewColumn | undefined): void {
    const moved = document !== this.document;
    this.document = document;
    if (moved) this.sendHistory();
    this.column = column ?? this.column;
    this.panel.title = vscode.l10n.t('Preview {0}', document.uri.path.split('/').pop() ?? '');
    this.sendCard();
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  private theme(): Theme {
    const kind = vscode.window.activeColorTheme.kind;
    if (kind === vscode.ColorThemeKind.HighContrast) return 'hc';
    if (kind === vscode.ColorThemeKind.HighContrastLight) return 'hc-light';
    return kind === vscode.ColorThemeKind.Dark ? 'dark' : 'light';
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private sendInit(): void {
    const uri = this.document?.uri;
    this.post({
      type: 'init',
      locale: this.locale,
      theme: this.theme(),
      identity: identitySettings(uri),
      sending: !!callbackSettings(uri).url || platformSettings().enabled,
      host: 'vscode',
    });
    this.sendHistory();
    this.sendCard();
    void this.syncPlatform().then((link) => link && this.post(link.greeting()));
  }

  /** Starts, restarts (new port) or stops the local platform to match the settings. */
  private async syncPlatform(): Promise<PreviewLink | undefined> {
    const wanted = platformSettings();
    if (this.platform && (!wanted.enabled || this.platform.port !== wanted.port)) {
      const old = this.platform.link;
      this.platform = undefined;
      await (await old)?.close();
    }
    if (!wanted.enabled) return undefined;
    if (!this.platform) {
      const start = (port: number) =>
        PreviewLink.start({
          port,
          locale: this.locale,
          callbackSettings: () => callbackSettings(this.document?.uri),
          post: (message) => this.post(message),
          log: (line) => this.log.appendLine(line),
        });
      const link = start(wanted.port)
        .catch((error: NodeJS.ErrnoException) => {
          // The port is taken (another window?): any free port, shown in the preview's status.
          this.log.appendLine(
            `local platform: port ${wanted.port} unavailable (${error.code ?? error.message})`,
          );
          return start(0);
        })
        .catch((error: unknown) => {
          this.log.appendLine(`local platform: ${String(error)}`);
          return undefined;
        });
      this.platform = { port: wanted.port, link };
    }
    return this.platform.link;
  }

  /** The console's history of the card shown (the page keeps its own when it is already showing it). */
  private sendHistory(): void {
    if (!this.document) return;
    const fileName = this.document.uri.toString();
    this.shownFiles.add(fileName);
    this.post({ type: 'history', fileName, entries: this.history.get(fileName) });
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.sendCard(), DEBOUNCE_MS);
  }

  private sendCard(): void {
    if (!this.document) return;
    const document = this.document;
    // Template cards are shown (and clicked) with their sample data filled in.
    const configured = vscode.workspace
      .getConfiguration('feishuCard', document.uri)
      .get<string>('variables.dataFile');
    const data =
      document.uri.scheme === 'file' ? readSampleDataSync(document.fileName, configured) : undefined;
    // Above the size limit the page would analyse nothing: it gets a notice card, not megabytes of text.
    const maxSize = vscode.workspace.getConfiguration('feishuCard', document.uri).get<number>('maxFileSize');
    const length = document.getText().length;
    if (tooLargeToPreview(length, maxSize)) {
      const text = oversizeNoticeCard(length, this.locale, maxSize);
      this.post({ type: 'card', text, fileName: document.fileName });
      return;
    }
    const filled = substituteText(document.getText(), data);
    this.lastCardText = filled.text;
    this.post({ type: 'card', text: filled.text, fileName: document.fileName, variables: filled.used });
  }

  private receive(raw: unknown): void {
    const message = parsePageMessage(raw);
    if (!message) {
      this.log.appendLine(`preview: ignored a malformed message from the webview: ${safeSummary(raw)}`);
      return;
    }
    void this.act(message).catch((error: unknown) => this.log.appendLine(`preview: ${String(error)}`));
  }

  private async act(message: PageMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.sendInit();
      case 'reveal':
        return this.revealPath(message.path);
      case 'callback': {
        // The page says which card version was clicked; the host does not parse the card again.
        const link = await this.platform?.link;
        if (link) {
          this.post(await link.relay(message.id, message.request, message.cardKind, this.lastCardText));
          return;
        }
        this.post(
          await relayCallback(
            message.id,
            message.request,
            callbackSettings(this.document?.uri),
            this.locale,
            message.cardKind,
          ),
        );
        return;
      }
      case 'openExternal':
        // The page asked the user already; the host opens http(s) only, whatever the page says.
        if (isOpenableUrl(message.url)) await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        return;
      case 'copy':
        return vscode.env.clipboard.writeText(message.text);
      case 'history':
        // Only for the card this panel shows or has shown: the page cannot grow the store with other names.
        if (this.shownFiles.has(message.fileName)) this.history.put(message.fileName, message.entries);
        return;
      case 'openSettings':
        // The page may name only the settings of PAGE_SETTINGS (parsePageMessage checks).
        await vscode.commands.executeCommand('workbench.action.openSettings', message.setting);
        return;
      case 'export': {
        const target = await vscode.window.showSaveDialog({
          filters: { JSON: ['json'] },
          defaultUri: vscode.Uri.joinPath(
            vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir()),
            'feishu-card-callbacks.json',
          ),
        });
        if (target) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(message.json));
        return;
      }
    }
  }

  /**
   * Selects the component's JSON in the editor, never changing the document. Focus stays in the preview:
   * the same click may be the author starting to type into a preview input or opening a select.
   */
  private async revealPath(path: (string | number)[]): Promise<void> {
    const document = this.document;
    if (!document) return;
    const range = rangeOfPath(document, path);
    if (!range) return;
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: this.column,
      preserveFocus: true,
    });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    const platform = this.platform;
    this.platform = undefined;
    void platform?.link.then((link) => link?.close());
    this.disposables.forEach((d) => d.dispose());
    this.disposables.length = 0;
  }
}

function safeSummary(raw: unknown): string {
  try {
    return JSON.stringify(raw).slice(0, 200);
  } catch {
    return typeof raw;
  }
}

export { isCardDocument };
