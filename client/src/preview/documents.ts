// Which documents are cards (for the CodeLens, the editor-title button and the panel), and where a JSON
// path of the card lies in the file.
import * as vscode from 'vscode';
import { isForcedCardFile, nodeAt, parseCard, sanitizeSettings } from '../../../server/src/card';

export function isCardDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'json' && document.languageId !== 'jsonc') return false;
  const settings = sanitizeSettings(vscode.workspace.getConfiguration('feishuCard', document.uri));
  if (document.uri.scheme === 'file' && isForcedCardFile(document.uri.fsPath, settings)) return true;
  if (document.getText().length > settings.maxFileSize) return false;
  return parseCard(document.getText()).kind !== 'not-card';
}

/** The range of the component at `path` (relative to the card object), wrappers and string cards included. */
export function rangeOfPath(
  document: vscode.TextDocument,
  path: (string | number)[],
): vscode.Range | undefined {
  const card = parseCard(document.getText(), { forceCard: true });
  const node = nodeAt(card.cardNode, path);
  if (!node) return undefined;
  const start = card.toFileOffset(node.offset);
  const end = card.toFileOffset(node.offset + node.length);
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
