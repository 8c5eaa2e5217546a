// The language server: LSP wiring only. Documents come in, the pure card service (card/) does the work,
// diagnostics / code actions go out. Run it on its own with `node dist/server.js --stdio`.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeLocale, type Locale } from './card/i18n';
import { defaultSettings, sanitizeSettings, type CardSettings } from './card/settings';
import { AnalysisCache } from './lsp/analysis';
import { codeActions } from './lsp/codeActions';
import { toDiagnostic } from './lsp/convert';
import { registerLanguageFeatures } from './lsp/features';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let locale: Locale = 'en';
let settings: CardSettings = defaultSettings;
let pullConfiguration = false;
const analyses = new AnalysisCache(
  () => settings,
  () => locale,
);

connection.onInitialize((params: InitializeParams) => {
  const options = (params.initializationOptions ?? {}) as { locale?: string; settings?: unknown };
  locale = normalizeLocale(options.locale ?? params.locale);
  if (options.settings) settings = sanitizeSettings(options.settings);
  pullConfiguration = Boolean(params.capabilities.workspace?.configuration);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      completionProvider: { triggerCharacters: ['"', ':', '{', '[', '$'], resolveProvider: false },
      hoverProvider: true,
      documentSymbolProvider: true,
    },
    serverInfo: { name: 'feishu-card-language-server' },
  };
});

connection.onInitialized(async () => {
  if (pullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'feishuCard' });
    await refreshSettings();
  }
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  if (pushed !== undefined) {
    settings = sanitizeSettings(pushed);
  } else if (pullConfiguration) {
    try {
      const [section] = await connection.workspace.getConfiguration([{ section: 'feishuCard' }]);
      settings = sanitizeSettings(section);
    } catch {
      // Clients without workspace/configuration keep the settings they pushed.
    }
  }
  analyses.clear();
  for (const document of documents.all()) scheduleValidation(document.uri);
}

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { feishuCard?: unknown } | null)?.feishuCard;
  void refreshSettings(pullConfiguration ? undefined : (pushed ?? {}));
});

// A burst of edits is coalesced: only the latest version of a document is analysed and published,
// so a slow analysis of an old version can never overwrite the diagnostics of a newer one.
const pending = new Map<string, NodeJS.Immediate>();

function scheduleValidation(uri: string): void {
  const previous = pending.get(uri);
  if (previous) clearImmediate(previous);
  pending.set(
    uri,
    setImmediate(() => {
      pending.delete(uri);
      validate(uri);
    }),
  );
}

function validate(uri: string): void {
  const document = documents.get(uri);
  if (!document) return;
  try {
    const analysis = analyses.get(document);
    if (documents.get(uri)?.version !== analysis.version) return;
    void connection.sendDiagnostics({
      uri,
      version: analysis.version,
      diagnostics: analysis.findings.map((finding) => toDiagnostic(document, finding)),
    });
  } catch (error) {
    // Never let one document take the server down; report it once and move on.
    connection.console.error(`feishu-card: analysis of ${uri} failed: ${(error as Error).stack ?? error}`);
  }
}

documents.onDidOpen((event) => scheduleValidation(event.document.uri));
documents.onDidChangeContent((event) => scheduleValidation(event.document.uri));
documents.onDidClose((event) => {
  analyses.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return codeActions(params, document, analyses.get(document), settings, locale);
});

registerLanguageFeatures(connection, documents, analyses, () => locale);

documents.listen(connection);
connection.listen();
