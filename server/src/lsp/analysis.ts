// One analysis per document version: the parsed card and its findings, shared by every LSP feature.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { lintCard } from '../card/engine';
import type { Locale } from '../card/i18n';
import type { CardDocument } from '../card/model';
import { parseCard } from '../card/parse';
import type { Finding } from '../card/rules/types';
import { isForcedCardFile, type CardSettings } from '../card/settings';

export interface Analysis {
  uri: string;
  version: number;
  card: CardDocument;
  findings: Finding[];
}

export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  constructor(
    private readonly getSettings: () => CardSettings,
    private readonly getLocale: () => Locale,
  ) {}

  /** The analysis of this exact version, computed now if it is not cached. */
  get(document: TextDocument): Analysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const settings = this.getSettings();
    const text = document.getText();
    const card = parseCard(text, {
      forceCard: isForcedCardFile(filePathOf(document.uri), settings),
      maxSize: settings.maxFileSize,
    });
    const findings = lintCard(card, {
      locale: this.getLocale(),
      sender: settings.sender,
      severities: settings.rules,
    });
    const analysis = { uri: document.uri, version: document.version, card, findings };
    this.entries.set(document.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** Settings or locale changed: every cached result is stale. */
  clear(): void {
    this.entries.clear();
  }
}

function filePathOf(uri: string): string {
  try {
    return URI.parse(uri).path;
  } catch {
    return uri;
  }
}
