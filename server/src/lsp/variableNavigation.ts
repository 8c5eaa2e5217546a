// Go to definition and find references between `${name}` in template cards and the keys of their sample-data
// files, in both directions. Reads files through TemplateDataService; the pure core finds the ranges.
import type { Connection, Location, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  keyRange,
  variableDefinition,
  type VariableKey,
  variableKeyInCard,
  variableKeyInData,
  variableUses,
} from '../card';
import type { AnalysisCache } from './analysis';
import { fsPath, type TemplateDataService } from './sampleData';
import { guarded } from './guarded';

/** Go to definition and find references between `${name}` in cards and keys in their data files. */
export function registerTemplateFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  analyses: AnalysisCache,
  templates: TemplateDataService,
): void {
  connection.onDefinition((params): Location[] | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return guarded(connection, 'definition', null, () => {
      const analysis = analyses.get(document);
      const data = analysis.templateData;
      const range = variableDefinition(analysis.card, document.offsetAt(params.position), data);
      if (!range || !data?.source) return null;
      return [location(templates.uriFor(data.source.path), data.source.text, range)];
    });
  });

  connection.onReferences((params): Location[] | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return guarded(connection, 'references', null, () => {
      const offset = document.offsetAt(params.position);
      const analysis = analyses.get(document);
      let key: VariableKey | undefined;
      let dataPath: string | undefined;
      if (analysis.dataFile) {
        key = variableKeyInData(analysis.dataFile.data, offset);
        dataPath = fsPath(document.uri);
      }
      if (!key && analysis.card.kind !== 'not-card') {
        key = variableKeyInCard(analysis.card, offset);
        dataPath = templates.dataPathFor(document.uri);
      }
      if (!key || !dataPath) return null;
      const data = templates.readData(dataPath)?.value;
      const result: Location[] = [];
      if (params.context.includeDeclaration && data?.source) {
        const declaration = keyRange(data, key.name, key.list);
        if (declaration) result.push(location(templates.uriFor(dataPath), data.source.text, declaration));
      }
      const cards = templates.cardsFor(dataPath);
      // The card asked from is always included, even before its data file exists.
      if (!cards.some((c) => c.uri === document.uri) && analysis.card.kind !== 'not-card')
        cards.unshift({ uri: document.uri, card: analysis.card, stamp: '' });
      for (const { uri, card } of cards) {
        const text = documents.get(uri)?.getText() ?? card.text;
        for (const range of variableUses(card, key, data)) result.push(location(uri, text, range));
      }
      return result;
    });
  });
}

function location(uri: string, text: string, range: { start: number; end: number }): Location {
  const document = TextDocument.create(uri, 'json', 0, text);
  return { uri, range: { start: document.positionAt(range.start), end: document.positionAt(range.end) } };
}
