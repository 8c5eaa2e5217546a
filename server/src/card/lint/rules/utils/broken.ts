// Whether a card's tree can be checked: it parsed without errors and passed the size and depth guards.
import type { CardDocument } from '../../../parse/model';

export function isBrokenCard(card: CardDocument): boolean {
  return (
    card.skipped !== undefined || card.syntaxErrors.length > 0 || (card.fileSyntaxErrors?.length ?? 0) > 0
  );
}
