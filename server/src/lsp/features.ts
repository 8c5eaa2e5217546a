// Completion, hover and document symbols: thin LSP adapters over the pure card service. Every request reads
// the cached analysis of the document's current version; offsets become positions only here.
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type DocumentSymbol,
  type Hover,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CardCompletion,
  type CardCompletionKind,
  type CardSettings,
  type CardSymbol,
  complete,
  dataKeyCompletions,
  documentSymbols,
  hover,
  type Locale,
  variableCompletions,
  variableHover,
} from '../card';
import type { AnalysisCache } from './analysis';
import { guarded } from './guarded';

export function registerLanguageFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  analyses: AnalysisCache,
  getLocale: () => Locale,
  getSettings: () => CardSettings,
): void {
  connection.onCompletion((params): CompletionList | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return guarded(connection, 'completion', null, () => {
      const analysis = analyses.get(document);
      const offset = document.offsetAt(params.position);
      const options = { locale: getLocale(), sender: getSettings().sender };
      const items = [
        ...complete(analysis.card, offset, options),
        ...variableCompletions(analysis.card, offset, analysis.templateData, options),
        ...(analysis.dataFile
          ? dataKeyCompletions(analysis.dataFile.data, offset, analysis.dataFile.cards, options)
          : []),
      ];
      return { isIncomplete: false, items: items.map((item) => toCompletionItem(document, item)) };
    });
  });

  connection.onHover((params): Hover | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return guarded(connection, 'hover', null, () => {
      const analysis = analyses.get(document);
      const offset = document.offsetAt(params.position);
      const options = { locale: getLocale() };
      const result =
        variableHover(analysis.card, offset, analysis.templateData, options) ??
        hover(analysis.card, offset, options);
      if (!result) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: result.markdown },
        range: { start: document.positionAt(result.start), end: document.positionAt(result.end) },
      };
    });
  });

  connection.onDocumentSymbol((params): DocumentSymbol[] | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return guarded(connection, 'documentSymbol', null, () => {
      const analysis = analyses.get(document);
      return documentSymbols(analysis.card, { locale: getLocale() }).map((s) =>
        toDocumentSymbol(document, s),
      );
    });
  });
}

const COMPLETION_KIND: Record<CardCompletionKind, CompletionItemKind> = {
  component: CompletionItemKind.Class,
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  behavior: CompletionItemKind.Event,
};

function toCompletionItem(document: TextDocument, item: CardCompletion): CompletionItem {
  const range = {
    start: document.positionAt(item.replace.start),
    end: document.positionAt(item.replace.end),
  };
  return {
    label: item.label,
    kind: item.snippet && item.kind !== 'property' ? CompletionItemKind.Snippet : COMPLETION_KIND[item.kind],
    detail: item.detail,
    documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
    textEdit: { range, newText: item.insertText },
    insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Snippets carry the file's own indentation already; re-indenting them would double it.
    insertTextMode: InsertTextMode.asIs,
    filterText: item.filterText,
    sortText: item.sortText,
    additionalTextEdits: item.additionalEdits.map((edit) => ({
      range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) },
      newText: edit.newText,
    })),
    command: item.retrigger ? { title: 'Suggest', command: 'editor.action.triggerSuggest' } : undefined,
  };
}

const SYMBOL_KIND: Record<CardSymbol['kind'], SymbolKind> = {
  container: SymbolKind.Namespace,
  display: SymbolKind.String,
  interactive: SymbolKind.Event,
  header: SymbolKind.Property,
  unknown: SymbolKind.Object,
};

function toDocumentSymbol(document: TextDocument, symbol: CardSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KIND[symbol.kind],
    range: { start: document.positionAt(symbol.start), end: document.positionAt(symbol.end) },
    selectionRange: {
      start: document.positionAt(symbol.selectionStart),
      end: document.positionAt(symbol.selectionEnd),
    },
    children: symbol.children.map((child) => toDocumentSymbol(document, child)),
  };
}
