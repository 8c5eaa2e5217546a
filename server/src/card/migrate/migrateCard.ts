// The migration applied to a document: the 2.0 card's text, indented where the 1.0 card stood, as one edit
// over the card object (a bare card, a message wrapper or a callback answer). Used by the "Convert to JSON
// 2.0" code action and `feishu-card migrate`; a card held in a JSON string is left to the author.
import { valueOf } from '../parse/json';
import type { CardDocument, TextEdit } from '../parse/model';
import { migrateToV2, type MigrationNote } from './toV2';

export interface CardMigration {
  edit: TextEdit;
  notes: MigrationNote[];
}

export function migrateCard(card: CardDocument): CardMigration | undefined {
  const node = card.cardNode;
  if (card.kind !== 'v1' || !node || card.wrapper === 'content-string') return undefined;
  if (card.syntaxErrors.length > 0) return undefined;
  // A 1.0 card is always an object node (parse.ts); a card too large or deep to parse has no node.
  const { card: migrated, notes } = migrateToV2(valueOf(node) as Record<string, unknown>);
  const text = card.text;
  const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const unit = /\n(\t+)\S/.test(text) ? '\t' : '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const newText = JSON.stringify(migrated, null, unit)
    .split('\n')
    .map((line, i) => (i === 0 ? line : indent + line))
    .join(eol);
  return { edit: { offset: node.offset, length: node.length, newText }, notes };
}
