// Completion, hover and document symbols: thin LSP adapters over the pure card service.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../card/i18n';
import type { AnalysisCache } from './analysis';

export function registerLanguageFeatures(
  _connection: Connection,
  _documents: TextDocuments<TextDocument>,
  _analyses: AnalysisCache,
  _getLocale: () => Locale,
): void {
  // Filled in by the completion / hover / outline work (issue 3).
}
