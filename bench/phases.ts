// Where one analysis of the 1 MB card spends its time, phase by phase, in this process (no protocol).
// `npm run bench:phases`. Medians after warm-up; the ratio column is against JSON.parse of the same text.
// Use it to find what to optimise when `npm run bench` misses the "work / JSON.parse" target.
import { parseTree } from 'jsonc-parser';
import { lintCard } from '../server/src/card/lint/engine';
import { sharedValueOf } from '../server/src/card/parse/json';
import { parseJsonTree } from '../server/src/card/parse/jsonTree';
import { parseCard } from '../server/src/card/parse/parse';
import { allRules } from '../server/src/card/lint/rules';
import type { SeveritySetting } from '../server/src/card/lint/types';
import { validateCard } from '../server/src/card/lint/validate';
import { largeCard } from './cards';

function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** Like `median`, but each run gets a freshly parsed card, so per-card caches start empty. */
function medianOnFreshCards(fn: (card: ReturnType<typeof parseCard>) => unknown, runs: number): number {
  const cards = Array.from({ length: runs + 3 }, () => parseCard(text));
  let next = 0;
  return median(() => fn(cards[next++]), runs);
}

const { text } = largeCard();
const jsonParse = median(() => JSON.parse(text), 20);
const row = (name: string, ms: number) =>
  console.log(
    `${name.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms ${(ms / jsonParse).toFixed(1).padStart(6)}×`,
  );

console.log(`1 MB card: ${text.length} characters\n`);
row('JSON.parse', jsonParse);
row(
  'jsonc-parser parseTree (the fallback)',
  median(() => parseTree(text), 10),
);
row(
  'parseJsonTree (strict fast path)',
  median(() => parseJsonTree(text), 20),
);
row(
  'parseCard (tree + card model)',
  median(() => parseCard(text), 10),
);
row(
  'card value (sharedValueOf)',
  medianOnFreshCards((c) => sharedValueOf(c.cardNode!, c.text), 5),
);
row(
  'schema validation (value ready)',
  medianOnFreshCards((c) => (sharedValueOf(c.cardNode!, c.text), validateCard(c)), 10) -
    medianOnFreshCards((c) => sharedValueOf(c.cardNode!, c.text), 5),
);
// Fresh cards for a whole lint would hold many 1 MB trees at once; parse + lint minus parse instead.
const parseOnly = median(() => parseCard(text), 10);
row('lintCard (all rules, validation included)', median(() => lintCard(parseCard(text)), 10) - parseOnly);

console.log('\nRules on their own (validation already cached), those over 1 ms:');
const card = parseCard(text);
validateCard(card);
for (const rule of allRules) {
  const onlyThis: Record<string, SeveritySetting> = {};
  for (const other of allRules) if (other !== rule) onlyThis[other.id] = 'off';
  const ms = median(() => lintCard(card, { severities: onlyThis }), 5);
  if (ms > 1) row(`  ${rule.id}`, ms);
}
