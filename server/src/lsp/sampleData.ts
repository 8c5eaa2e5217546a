// Sample data for template cards on the protocol side: finds a card's data file (the sidecar
// `<card>.data.json` or `feishuCard.variables.dataFile`), reads it from the editor when it is open and from
// disk otherwise, tells the analysis cache when a card's inputs changed, publishes `variable-unused` on the
// data file, and offers "add to the sample data". Navigation between the two is variableNavigation.ts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type InitializeParams,
  type TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  addSampleValue,
  type CardDocument,
  cardPathsForSidecar,
  dataFileSetting,
  findVariableReferences,
  type Locale,
  parseCard,
  readTemplateData,
  sampleDataFileFor,
  type SeveritySetting,
  sidecarDataPath,
  type TemplateData,
  lintDataFile,
} from '../card';
import type { Analysis, TemplateInputs } from './analysis';
import { toDiagnostics } from './convert';

/** The kind of the "create the sample-data file" source action (the client's command asks for it). */
export const CREATE_SAMPLE_DATA_KIND = 'source.feishuCard.createSampleData';

interface Stamped<T> {
  stamp: string;
  value: T;
}

/** A card that uses a data file, open in the editor or read from disk. */
export interface DataFileCard {
  uri: string;
  card: CardDocument;
}

export class TemplateDataService {
  private dataFile: string | undefined;
  private roots: string[] = [];
  private readonly dataCache = new Map<string, Stamped<TemplateData | undefined>>();
  private readonly cardCache = new Map<string, Stamped<CardDocument>>();
  /** Closed data files we published `variable-unused` on, by the card that caused it. */
  private readonly publishedFor = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly getRuleSettings: () => Record<string, SeveritySetting>,
    private readonly getLocale: () => Locale,
  ) {}

  initialize(params: InitializeParams): void {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.roots = folders.map(fsPath).filter((p): p is string => p !== undefined);
  }

  /** Takes `feishuCard.variables.dataFile` from the raw settings section. */
  configure(rawSettings: unknown): void {
    this.dataFile = dataFileSetting(rawSettings);
    this.dataCache.clear();
  }

  /** The data file for a card (it may not exist yet: the quick fix creates it there). */
  dataPathFor(cardUri: string): string | undefined {
    const cardPath = fsPath(cardUri);
    if (!cardPath) return undefined;
    const sidecar = sidecarDataPath(cardPath);
    if (!this.dataFile) return sidecar;
    if (path.isAbsolute(this.dataFile)) return this.dataFile;
    const candidates = [path.resolve(path.dirname(cardPath), this.dataFile)].concat(
      this.roots.map((root) => path.resolve(root, this.dataFile!)),
    );
    return (
      candidates.find((c) => this.exists(c)) ?? (this.exists(sidecar) ? sidecar : undefined) ?? candidates[0]
    );
  }

  /** What the analysis of `uri` reads besides the document itself; `key` changes whenever any of it does. */
  inputsFor(uri: string): TemplateInputs {
    const dataPath = this.dataPathFor(uri);
    const own = dataPath ? this.readData(dataPath) : undefined;
    let key = `${dataPath}@${own?.stamp ?? 'none'}`;
    const result: TemplateInputs = { key, templateData: own?.value };
    const selfPath = fsPath(uri);
    const cards = selfPath ? this.cardsFor(selfPath) : [];
    if (cards.length > 0) {
      const self = this.readData(selfPath!);
      if (self?.value) {
        result.dataFile = {
          data: self.value,
          cards: cards.map((c) => c.card),
          findings: lintDataFile(
            cards.map((c) => c.card),
            self.value,
            { locale: this.getLocale(), severities: this.getRuleSettings() },
          ),
        };
        key += `|data:${self.stamp}|` + cards.map((c) => `${c.uri}@${c.stamp}`).join(',');
      }
    }
    result.key = key;
    return result;
  }

  /** Documents whose analysis depends on `uri`: the cards of a data file, the data file of a card. */
  related(uri: string): string[] {
    const changed = fsPath(uri);
    if (!changed) return [];
    const out = new Set<string>();
    for (const document of this.documents.all()) {
      if (document.uri === uri) continue;
      if (this.dataPathFor(document.uri) === changed) out.add(document.uri);
      const itsPath = fsPath(document.uri);
      if (itsPath && this.dataPathFor(uri) === itsPath) out.add(document.uri);
    }
    return [...out];
  }

  /**
   * After a card was published: a data file that is not open in the editor gets its `variable-unused`
   * hints from here (an open one gets them from its own analysis).
   */
  afterValidate(cardUri: string, analysis: Analysis): void {
    if (analysis.card.kind === 'not-card') return;
    const dataPath = this.dataPathFor(cardUri);
    if (!dataPath || this.openDocument(dataPath)) return;
    const data = this.readData(dataPath)?.value;
    const dataUri = URI.file(dataPath).toString();
    if (!data?.source) {
      if (this.publishedFor.get(dataUri) === cardUri) this.clear(dataUri);
      return;
    }
    const cards = this.cardsFor(dataPath).map((c) => c.card);
    const findings = lintDataFile(cards, data, {
      locale: this.getLocale(),
      severities: this.getRuleSettings(),
    });
    const document = TextDocument.create(dataUri, 'json', 0, data.source.text);
    this.publishedFor.set(dataUri, cardUri);
    void this.connection.sendDiagnostics({
      uri: dataUri,
      diagnostics: toDiagnostics(document, findings),
    });
  }

  /** A card was closed: hints we published on its closed data file go with it. */
  cardClosed(cardUri: string): void {
    for (const [dataUri, owner] of this.publishedFor) {
      if (owner === cardUri && !this.openDocument(fsPath(dataUri)!)) this.clear(dataUri);
    }
  }

  /**
   * "Add `name` to the sample data" for `variable-undefined` diagnostics (edits the data file), and the
   * source action that creates the whole data file for a template card that has none yet.
   */
  codeActions(params: CodeActionParams, analysis: Analysis): CodeAction[] {
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    const refs = findVariableReferences(analysis.card);
    const dataPath = this.dataPathFor(params.textDocument.uri);
    if (!dataPath || analysis.card.wrapper === 'content-string') return [];
    const actions: CodeAction[] = [];
    const fileText = wants(CREATE_SAMPLE_DATA_KIND) ? sampleDataFileFor(refs) : undefined;
    const create = fileText && this.workspaceEdit(dataPath, undefined, [], fileText);
    if (create) {
      const name = path.basename(dataPath);
      actions.push({
        title: this.getLocale() === 'zh' ? `创建示例数据文件 ${name}` : `Create the sample-data file ${name}`,
        kind: CREATE_SAMPLE_DATA_KIND,
        edit: create,
      });
    }
    if (!wants(CodeActionKind.QuickFix)) return actions;
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.code !== 'variable-undefined') continue;
      const start = (diagnostic.data as { start?: number } | undefined)?.start;
      const ref = refs.find((r) => r.fileStart === start);
      if (!ref) continue;
      const change = addSampleValue(analysis.templateData, ref, refs);
      if (!change) continue;
      const edit = this.workspaceEdit(dataPath, analysis.templateData, change.edits, change.newFileText);
      if (!edit) continue;
      actions.push({
        title:
          this.getLocale() === 'zh'
            ? `将 \`${ref.name}\` 添加到示例数据`
            : `Add \`${ref.name}\` to the sample data`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit,
      });
    }
    return actions;
  }

  /** The cards that use a data file: open ones whose data file it is, plus the sidecar's card on disk. */
  cardsFor(dataPath: string): (DataFileCard & { stamp: string })[] {
    const found = new Map<string, DataFileCard & { stamp: string }>();
    for (const document of this.documents.all()) {
      if (fsPath(document.uri) === dataPath || this.dataPathFor(document.uri) !== dataPath) continue;
      const card = this.parsed(`open:${document.uri}`, `v${document.version}`, () => document.getText());
      if (card.kind !== 'not-card')
        found.set(fsPath(document.uri)!, { uri: document.uri, card, stamp: `v${document.version}` });
    }
    for (const cardPath of cardPathsForSidecar(dataPath)) {
      if (found.has(cardPath) || this.dataPathFor(URI.file(cardPath).toString()) !== dataPath) continue;
      const stamp = this.diskStamp(cardPath);
      if (!stamp) continue;
      const card = this.parsed(`disk:${cardPath}`, stamp, () => readFileSync(cardPath, 'utf8'));
      if (card.kind !== 'not-card') found.set(cardPath, { uri: URI.file(cardPath).toString(), card, stamp });
    }
    return [...found.values()];
  }

  /** Reads a data file: the editor's text when it is open, else the file on disk (cached by mtime). */
  readData(dataPath: string): Stamped<TemplateData | undefined> | undefined {
    const open = this.openDocument(dataPath);
    const stamp = open ? `v${open.version}:${open.uri}` : this.diskStamp(dataPath);
    if (!stamp) return undefined;
    const cached = this.dataCache.get(dataPath);
    if (cached?.stamp === stamp) return cached;
    let value: TemplateData | undefined;
    try {
      value = readTemplateData(open ? open.getText() : readFileSync(dataPath, 'utf8'), dataPath);
    } catch {
      value = undefined;
    }
    const entry = { stamp, value };
    this.dataCache.set(dataPath, entry);
    return entry;
  }

  uriFor(filePath: string): string {
    return this.openDocument(filePath)?.uri ?? URI.file(filePath).toString();
  }

  openDocument(filePath: string): TextDocument | undefined {
    return this.documents.all().find((d) => fsPath(d.uri) === filePath);
  }

  private workspaceEdit(
    dataPath: string,
    data: TemplateData | undefined,
    edits: { offset: number; length: number; newText: string }[],
    newFileText: string | undefined,
  ): WorkspaceEdit | undefined {
    const uri = this.uriFor(dataPath);
    if (newFileText !== undefined) {
      if (this.exists(dataPath)) return undefined;
      return {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          {
            textDocument: { uri, version: null },
            edits: [
              {
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                newText: newFileText,
              },
            ],
          },
        ],
      };
    }
    const text = data?.source?.text ?? '';
    const document = this.openDocument(dataPath) ?? TextDocument.create(uri, 'json', 0, text);
    if (document.getText() !== text) return undefined;
    return {
      changes: {
        [uri]: edits.map((e) => ({
          range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) },
          newText: e.newText,
        })),
      },
    };
  }

  private parsed(key: string, stamp: string, read: () => string): CardDocument {
    const cached = this.cardCache.get(key);
    if (cached?.stamp === stamp) return cached.value;
    const card = parseCard(read(), { forceCard: /\.card\.jsonc?$/i.test(key) });
    this.cardCache.set(key, { stamp, value: card });
    return card;
  }

  private diskStamp(filePath: string): string | undefined {
    try {
      const stat = statSync(filePath);
      return stat.isFile() ? `m${stat.mtimeMs}:${stat.size}` : undefined;
    } catch {
      return undefined;
    }
  }

  private exists(filePath: string): boolean {
    return Boolean(this.openDocument(filePath)) || existsSync(filePath);
  }

  private clear(dataUri: string): void {
    this.publishedFor.delete(dataUri);
    void this.connection.sendDiagnostics({ uri: dataUri, diagnostics: [] });
  }
}

/** The file-system path of a `file:` URI; undefined for other schemes. */
export function fsPath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}
