// One analysis per document version: the parsed card and its findings, shared by every LSP feature.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  type CardDocument,
  type CardSettings,
  type Finding,
  isForcedCardFile,
  lintSteps,
  type Locale,
  parseCard,
  reparseEdit,
  type StringEdit,
  templateOption,
  type TemplateData,
} from '../card';
import { LARGE_DOCUMENT } from './typingPause';

export interface Analysis {
  uri: string;
  version: number;
  card: CardDocument;
  /** Computed on first read (finishing a lint that `lintStep` began, if one did). */
  readonly findings: Finding[];
  /** Runs the next step of the lint (lintSteps in card/lint/engine.ts); true once the findings are known. */
  lintStep(): boolean;
  /** Sample data of a template card (its data file), when it has one. */
  templateData?: TemplateData;
  /** Set when this document is the data file of some card: its data and the cards that use it. */
  dataFile?: TemplateInputs['dataFile'];
  /** Identifies the outside inputs (data file, cards of a data file) this analysis was computed from. */
  inputsKey?: string;
}

/** What an analysis reads besides its own document (provided by lsp/sampleData.ts). */
export interface TemplateInputs {
  /** Changes whenever any of the inputs below changes. */
  key: string;
  templateData?: TemplateData;
  dataFile?: { data: TemplateData; cards: CardDocument[]; findings: Finding[] };
}

export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  constructor(
    private readonly getSettings: () => CardSettings,
    private readonly getLocale: () => Locale,
    private readonly getTemplateInputs?: (uri: string) => TemplateInputs,
    /** The single edit between two versions of a document, when the server knows it (lsp/editLog.ts). */
    private readonly editBetween?: (uri: string, from: number, to: number) => StringEdit | undefined,
  ) {}

  /** The analysis of this exact version, computed now if it is not cached. */
  get(document: TextDocument): Analysis {
    const cached = this.entries.get(document.uri);
    const inputs = this.getTemplateInputs?.(document.uri);
    if (cached && cached.version === document.version && cached.inputsKey === inputs?.key) return cached;
    const settings = this.getSettings();
    const text = document.getText();
    const card =
      (cached && cached.inputsKey === inputs?.key && this.moved(cached, document, text, settings)) ||
      parseCard(text, {
        forceCard: isForcedCardFile(filePathOf(document.uri), settings),
        maxSize: settings.maxFileSize,
      });
    const locale = this.getLocale();
    let findings: Finding[] | undefined;
    let steps: ReturnType<typeof lintSteps> | undefined;
    // Findings are computed on first use: completion, hover and the outline need only the parsed card,
    // so right after an edit they do not wait for every rule to run. The diagnostics run takes them step by
    // step (lsp/diagnostics.ts); a request that needs them at once finishes that same run, never a second.
    const lintStep = (): boolean => {
      if (findings) return true;
      steps ??= lintSteps(card, {
        locale,
        sender: settings.sender,
        severities: settings.rules,
        templateData: inputs?.templateData,
        template: templateOption(settings),
      });
      let next: IteratorResult<void, Finding[]>;
      try {
        next = steps.next();
      } catch (error) {
        steps = undefined; // a generator that threw is finished: the next read starts over (and reports)
        throw error;
      }
      if (!next.done) return false;
      findings = next.value;
      steps = undefined;
      if (inputs?.dataFile) findings.push(...inputs.dataFile.findings);
      return true;
    };
    const analysis: Analysis = {
      uri: document.uri,
      version: document.version,
      card,
      lintStep,
      get findings(): Finding[] {
        while (!lintStep());
        return findings!;
      },
    };
    if (inputs) {
      analysis.templateData = inputs.templateData;
      analysis.dataFile = inputs.dataFile;
      analysis.inputsKey = inputs.key;
    }
    this.entries.set(document.uri, analysis);
    return analysis;
  }

  /**
   * A large card edited inside one string value or between tokens: the previous version's tree moved in place
   * (card/parse/treeEdit.ts), so completion right after the edit does not wait for a full parse. Typical
   * cards parse in a millisecond anyway.
   */
  private moved(previous: Analysis, document: TextDocument, text: string, settings: CardSettings) {
    if (text.length <= LARGE_DOCUMENT || text.length > settings.maxFileSize) return undefined;
    const edit = this.editBetween?.(document.uri, previous.version, document.version);
    return edit ? reparseEdit(previous.card, text, edit) : undefined;
  }

  /** The cached analysis of a document, whatever its version, without computing one. */
  peek(uri: string): Analysis | undefined {
    return this.entries.get(uri);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** Settings or locale changed: every cached result is stale. */
  clear(): void {
    this.entries.clear();
  }
}

/** The path of a document URI, decoded (`my%20cards` → `my cards`), for the `feishuCard.files` patterns. */
export function filePathOf(uri: string): string {
  try {
    return URI.parse(uri).path;
  } catch {
    return uri;
  }
}
