// Growth with size (issue 15: "no quadratic work anywhere"): the whole analysis (parse, model, validation,
// every rule) of a 1 MB and a 5 MB card, and of a card of 2,000 and of 10,000 components, in this process.
// Linear work grows 5× for 5× the input; the target allows 6× for noise, GC and caches.
import { performance } from 'node:perf_hooks';
import { lintText } from '../server/src/card/lint/engine';
import { parseCard } from '../server/src/card/parse/parse';
import { largeCard, manyComponentsCard } from './cards';
import type { Report } from './report';

/** Median milliseconds of `runs` analyses of `text`, after one to warm up. */
function analysis(text: string, runs: number): number {
  lintText(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lintText(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

export function benchGrowth(report: Report): void {
  // Decimal sizes, so that the larger card is exactly five times the smaller and stays below the 5 MiB guard.
  const small = largeCard(1_000_000).text;
  const big = largeCard(5_000_000).text;
  // Alternated, so a busy moment on the machine hits both alike.
  const smallTimes: number[] = [];
  const bigTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    smallTimes.push(analysis(small, 3));
    bigTimes.push(analysis(big, 1));
  }
  const t1 = Math.min(...smallTimes);
  const t5 = Math.min(...bigTimes);
  report(`analysis (lintText), ${(small.length / 1e6).toFixed(1)} MB card`, ms(t1));
  report(`analysis (lintText), ${(big.length / 1e6).toFixed(1)} MB card`, ms(t5));
  report('growth 1 MB → 5 MB (time ratio)', `${(t5 / t1).toFixed(2)}×`, '≤ 6×', t5 / t1 <= 6);

  const few = manyComponentsCard(2_000);
  const many = manyComponentsCard(10_000);
  const count = parseCard(many).components.length;
  const fewTimes: number[] = [];
  const manyTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    fewTimes.push(analysis(few, 5));
    manyTimes.push(analysis(many, 3));
  }
  const c2 = Math.min(...fewTimes);
  const c10 = Math.min(...manyTimes);
  report(`analysis, 2,000-component card (${(few.length / 1e6).toFixed(2)} MB)`, ms(c2));
  report(
    `analysis, ${count.toLocaleString('en')}-component card (${(many.length / 1e6).toFixed(2)} MB)`,
    ms(c10),
  );
  report('growth 2,000 → 10,000 components (time ratio)', `${(c10 / c2).toFixed(2)}×`, '≤ 6×', c10 / c2 <= 6);
}
