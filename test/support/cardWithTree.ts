// A card as the editor holds it once a feature (completion, hover) has read its tree. Only such a tree is
// moved in place by an edit (parse/stringEdit.ts, treeEdit.ts): the lint alone never builds one, since
// parse.ts builds the tree of strict JSON on first read.
import { parseCard, type ParseOptions } from '../../server/src/card/parse/parse';
import type { CardDocument } from '../../server/src/card/parse/model';

export function withTree(text: string, options?: ParseOptions): CardDocument {
  const card = parseCard(text, options);
  void card.root; // a card stopped by a guard has none
  return card;
}
