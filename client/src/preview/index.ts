// Registers the card preview: the command, the CodeLens on card documents, and the context key that shows
// the editor-title button only on cards. The panel itself (page messages, callback relay, answer checks, the
// local platform: most of the extension's code) is its own bundle, dist/previewPanel.js, loaded when a
// preview is first opened, so activation does not load and run it (bench: "extension module load").
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ConsoleHistory } from '../../../server/src/card';
import { isCardDocument } from './documents';
import type { PreviewPanel } from './panel';

type PanelModule = typeof import('./panel');
let panelModule: PanelModule | undefined;

function loadPanel(context: vscode.ExtensionContext): PanelModule {
  // A computed path: the bundler leaves this require alone, and the panel bundle is loaded only here.
  const file = path.join(context.extensionPath, 'dist', 'previewPanel.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second bundle, loaded at run time
  return (panelModule ??= require(file) as PanelModule);
}

export const OPEN_PREVIEW = 'feishuCard.openPreview';
const CONTEXT_KEY = 'feishuCard.isCardDocument';

export function registerPreview(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Feishu Card Preview');
  let current: PreviewPanel | undefined;
  // Outlives the panels: a preview closed and opened again shows each card's console as it was left.
  const history = new ConsoleHistory();

  const open = async (uri?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    const document =
      uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document) return;
    const column =
      vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? editor?.viewColumn;
    if (!current) {
      const panel = vscode.window.createWebviewPanel(
        'feishuCard.preview',
        vscode.l10n.t('Feishu card preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: true,
          retainContextWhenHidden: true,
          localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
        },
      );
      const { PreviewPanel: Panel } = loadPanel(context);
      current = new Panel(panel, context.extensionUri, log, history, () => (current = undefined));
    } else current.reveal();
    current.show(document, column);
  };

  const updateContext = (editor: vscode.TextEditor | undefined) =>
    void vscode.commands.executeCommand(
      'setContext',
      CONTEXT_KEY,
      !!editor && isCardDocument(editor.document),
    );

  const lenses: vscode.CodeLensProvider = {
    provideCodeLenses: (document) =>
      isCardDocument(document)
        ? [
            new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
              title: vscode.l10n.t('Open Preview to the Side'),
              command: OPEN_PREVIEW,
              arguments: [document.uri],
            }),
          ]
        : [],
  };

  context.subscriptions.push(
    log,
    vscode.commands.registerCommand(OPEN_PREVIEW, open),
    vscode.languages.registerCodeLensProvider([{ language: 'json' }, { language: 'jsonc' }], lenses),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document)
        updateContext(vscode.window.activeTextEditor);
    }),
    { dispose: () => current?.dispose() },
  );
  updateContext(vscode.window.activeTextEditor);
}
