// Prints every finding `lintText` gives on a fixed set of cards, one JSON line per card, so a change that
// must not change any finding (a speed-up of the rules or the parser) can be checked by diffing the output
// of the old and the new code: `node --import tsx scripts/findings-snapshot.ts [corpus.jsonl] > after.txt`.
// The cards: examples/, test/fixtures/, the bench cards, and optionally a corpus file whose lines are
// `{"text": "...", "options": {...}}` (e.g. every text the unit tests lint, recorded once).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { chartCard, emptyCard, largeCard, manyComponentsCard, typicalCard } from '../bench/cards';
import { lintText } from '../server/src/card/lint/engine';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? filesUnder(full) : entry.endsWith('.json') ? [full] : [];
    });
}

function print(name: string, text: string, options: Parameters<typeof lintText>[1] = {}): void {
  for (const locale of ['en', 'zh'] as const) {
    const { findings } = lintText(text, { ...options, locale: options.locale ?? locale });
    console.log(JSON.stringify({ name, locale, findings }));
    if (options.locale) break;
  }
}

for (const file of [...filesUnder('examples'), ...filesUnder('test/fixtures')])
  print(file, readFileSync(file, 'utf8'));
print('bench:empty', emptyCard);
print('bench:typical', typicalCard);
print('bench:chart', chartCard);
print('bench:large', largeCard().text);
print('bench:many-10000', manyComponentsCard(10_000));

const corpus = process.argv[2];
if (corpus) {
  const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
  lines.forEach((line, i) => {
    const { text, options } = JSON.parse(line) as { text: string; options: Parameters<typeof lintText>[1] };
    print(`corpus:${i}`, text, options);
  });
}
