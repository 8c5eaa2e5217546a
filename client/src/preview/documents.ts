// Which documents are cards (for the CodeLens, the editor-title button and the panel), and where a JSON
// path of the card lies in the file.
import * as vscode from 'vscode';
import { isForcedCardFile, nodeAt, parseCard, sanitizeSettings } from '../../../server/src/card';

export function isCardDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'json' && document.languageId !== 'jsonc') return false;
  const settings = sanitizeSettings(vscode.workspace.getConfiguration('feishuCard', document.uri));
  const forced = document.uri.scheme === 'file' && isForcedCardFile(document.uri.fsPath, settings);
  if (document.getText().length > settings.maxFileSize) return forced;
  const card = parseCard(document.getText(), { forceCard: forced });
  // A callback request, or an answer without a raw card, has nothing to preview, whatever its file name.
  if (card.callback && card.kind === 'not-card') return false;
  return forced || card.kind !== 'not-card';
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
