// The language server: LSP wiring only. Documents come in, the pure card service (card/) does the work,
// diagnostics / code actions go out. Run it on its own with `node dist/server.js --stdio`.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  createConnection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import {
  type CardSettings,
  defaultSettings,
  type Locale,
  normalizeLocale,
  sanitizeSettings,
  warmUpValidator,
} from './card';
import { AnalysisCache } from './lsp/analysis';
import { type ClientInfo, clientInfoOf, sectionKey, SettingsSource } from './lsp/clientSettings';
import { codeActions } from './lsp/codeActions';
import { DiagnosticsScheduler } from './lsp/diagnostics';
import { registerLanguageFeatures } from './lsp/features';
import { CREATE_SAMPLE_DATA_KIND, TemplateDataService } from './lsp/sampleData';
import { registerTemplateFeatures } from './lsp/variableNavigation';
import { analysisDelay } from './lsp/typingPause';
import { EditLog } from './lsp/editLog';

const connection = createConnection(ProposedFeatures.all);
const edits = new EditLog();
const documents = edits.documents();

let locale: Locale = 'en';
let settings: CardSettings = defaultSettings;
let client: ClientInfo = {
  pullConfiguration: false,
  jsonLanguageFeatures: false,
  commands: new Set(),
};
let settingsSource = new SettingsSource(undefined, undefined);
// Until a pulling client has sent its settings, nothing is published: a lowered size limit or a rule turned
// off must hold from the first result, not after a flash of results computed with the defaults.
let settingsKnown = true;
let watchFiles = false;
// Sample data of template cards (`${name}` variables): data files are inputs of their cards' analyses.
const templates = new TemplateDataService(
  connection,
  documents,
  () => settings.rules,
  () => locale,
);
const analyses = new AnalysisCache(
  () => settings,
  () => locale,
  (uri) => templates.inputsFor(uri),
  (uri, from, to) => edits.between(uri, from, to),
);
const diagnostics = new DiagnosticsScheduler(connection, documents, analyses, {
  ready: () => settingsKnown,
  jsonLanguageFeatures: () => client.jsonLanguageFeatures,
  afterPublish: (uri, analysis) => templates.afterValidate(uri, analysis),
});
const scheduleValidation = (uri: string, delay?: number) => diagnostics.schedule(uri, delay);

connection.onInitialize((params: InitializeParams) => {
  client = clientInfoOf(params);
  locale = normalizeLocale(client.locale);
  settingsSource = new SettingsSource(
    client.settings,
    client.pullConfiguration
      ? async () => (await connection.workspace.getConfiguration([{ section: 'feishuCard' }]))[0]
      : undefined,
  );
  if (client.settings) applySettings(client.settings);
  // A client that pushed its settings with initialize (our VS Code client does) is analysed with them at
  // once; its pull in onInitialized re-checks only if the answer differs. One that will only answer the
  // pull waits for it.
  settingsKnown = !client.pullConfiguration || client.settings !== undefined;
  watchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
  templates.initialize(params);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: {
        codeActionKinds: [
          CodeActionKind.QuickFix,
          CodeActionKind.RefactorRewrite,
          CodeActionKind.SourceFixAll,
          CREATE_SAMPLE_DATA_KIND,
        ],
      },
      completionProvider: { triggerCharacters: ['"', ':', '{', '[', '$'], resolveProvider: false },
      hoverProvider: true,
      // Beside VS Code's JSON outline a second one would add a level to the breadcrumbs (one group per
      // provider): there the card outline is left out, everywhere else it is the outline.
      documentSymbolProvider: !client.jsonLanguageFeatures,
      definitionProvider: true,
      referencesProvider: true,
    },
    serverInfo: { name: 'feishu-card-language-server' },
  };
});

connection.onInitialized(async () => {
  // Compiling the schema validator takes most of a second; do it now rather than on the first card.
  setImmediate(() => warmUpValidator());
  // Data files change on disk too (git checkout, generators): re-lint the cards that read them.
  if (watchFiles)
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{json,jsonc}' }],
    });
  if (client.pullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'feishuCard' });
    // A client that never answers still gets results, with the defaults, after a moment.
    const fallback = settingsKnown
      ? undefined
      : setTimeout(() => {
          settingsKnown = true;
          revalidateAll();
        }, 2000);
    await refreshSettings();
    clearTimeout(fallback);
  }
});

/** The section in force, as a key: the same settings pushed and then pulled are not applied twice. */
let appliedSection: string | undefined;

/** Takes a settings section; false when it is the one already in force. */
function applySettings(section: Record<string, unknown>): boolean {
  const key = sectionKey(section);
  if (key === appliedSection) return false;
  appliedSection = key;
  settings = sanitizeSettings(section);
  templates.configure(section);
  return true;
}

async function refreshSettings(): Promise<void> {
  const changed = applySettings(await settingsSource.current());
  const wasKnown = settingsKnown;
  settingsKnown = true;
  // Unchanged settings (VS Code pushes them at start and then answers the pull with the same) keep every
  // analysis, and a lint under way runs on instead of starting over.
  if (changed || !wasKnown) revalidateAll();
}

function revalidateAll(): void {
  analyses.clear();
  for (const document of documents.all()) scheduleValidation(document.uri);
}

connection.onDidChangeConfiguration((change) => {
  settingsSource.push(change.settings);
  void refreshSettings();
});

// A burst of edits is coalesced: only the latest version of a document is analysed and published, in slices
// that leave room for completion (lsp/diagnostics.ts); a stale version is never published.
// TextDocuments fires onDidChangeContent right after onDidOpen for the same document: an opened document
// is analysed at once whatever its size; only later edits of a large one wait for a pause in typing.
const justOpened = new Set<string>();
documents.onDidOpen((event) => {
  justOpened.add(event.document.uri);
  scheduleValidation(event.document.uri);
});
documents.onDidChangeContent((event) => {
  if (justOpened.delete(event.document.uri)) return;
  scheduleValidation(event.document.uri, analysisDelay(event.document.getText().length));
});
documents.onDidClose((event) => {
  analyses.forget(event.document.uri);
  edits.forget(event.document.uri);
  diagnostics.closed(event.document.uri);
});

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const analysis = analyses.get(document);
  return [
    ...codeActions(params, document, analysis, settings, locale, client.commands),
    ...templates.codeActions(params, analysis),
  ];
});

// A card and its data file are analysed together: a change to one re-checks the other.
const revalidateRelated = (uri: string) => templates.related(uri).forEach(scheduleValidation);
documents.onDidOpen((event) => revalidateRelated(event.document.uri));
documents.onDidChangeContent((event) => revalidateRelated(event.document.uri));
documents.onDidClose((event) => {
  templates.cardClosed(event.document.uri);
  revalidateRelated(event.document.uri);
});
connection.onDidChangeWatchedFiles((params) =>
  params.changes.forEach((change) => revalidateRelated(change.uri)),
);
registerTemplateFeatures(connection, documents, analyses, templates);

registerLanguageFeatures(
  connection,
  documents,
  analyses,
  () => locale,
  () => settings,
);

documents.listen(connection);
connection.listen();
