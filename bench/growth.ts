// Growth with size (issue 15: "no quadratic work anywhere"): the whole analysis (parse, model, validation,
// every rule) of a 1 MB and a 5 MB card, and of a card of 2,000 and of 10,000 components, in this process.
// Linear work grows 5× for 5× the input; the target allows 6× for noise, GC and caches.
//
// Each growth is also shown without the garbage collector's pauses (V8's `gc` performance entries inside each
// timed run, subtracted). A tree larger than V8's young generation (16 MB, about a 2 MB card) is copied by
// the scavenger and promoted, one a smaller tree often escapes: that step in GC cost, not the code, is what
// pushes the wall-time ratio past 5 when the small card fits and the large one does not. The GC-free ratio
// is what shows whether our own work is linear; the target stays on wall time, which is what users wait for.
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { lintText } from '../server/src/card/lint/engine';
import { parseCard } from '../server/src/card/parse/parse';
import { largeCard, manyComponentsCard } from './cards';
import type { Report } from './report';

interface Run {
  start: number;
  end: number;
}

/** `runs` timed analyses of `text`, after one to warm up. */
function analysis(text: string, runs: number): Run[] {
  lintText(text);
  const timed: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lintText(text);
    timed.push({ start, end: performance.now() });
  }
  return timed;
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const duration = (run: Run) => run.end - run.start;

/** GC pauses, as V8 reports them (delivered asynchronously: read them after an await). */
function watchGc(): { pauses: Run[]; stop: () => void } {
  const pauses: Run[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return { pauses, stop: () => observer.disconnect() };
}

/** A run's time minus the GC pauses that began inside it. */
function withoutGc(run: Run, pauses: readonly Run[]): number {
  let gc = 0;
  for (const pause of pauses) if (pause.start >= run.start && pause.start < run.end) gc += duration(pause);
  return duration(run) - gc;
}

/**
 * Alternated rounds of a small and a large card (so a busy moment on the machine hits both alike): the least
 * of the small card's per-round medians and of the large card's, and the median of each without GC pauses.
 */
async function grow(
  small: string,
  smallRuns: number,
  big: string,
  bigRuns: number,
): Promise<{ small: number; big: number; smallNoGc: number; bigNoGc: number }> {
  const gc = watchGc();
  const smallRounds: Run[][] = [];
  const bigRounds: Run[][] = [];
  for (let i = 0; i < 3; i++) {
    smallRounds.push(analysis(small, smallRuns));
    bigRounds.push(analysis(big, bigRuns));
  }
  // Let the observer receive the last entries.
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc.stop();
  const least = (rounds: Run[][]) => Math.min(...rounds.map((runs) => median(runs.map(duration))));
  const noGc = (rounds: Run[][]) => median(rounds.flat().map((run) => withoutGc(run, gc.pauses)));
  return {
    small: least(smallRounds),
    big: least(bigRounds),
    smallNoGc: noGc(smallRounds),
    bigNoGc: noGc(bigRounds),
  };
}

export async function benchGrowth(report: Report): Promise<void> {
  // Decimal sizes, so that the larger card is exactly five times the smaller and stays below the 5 MiB guard.
  const small = largeCard(1_000_000).text;
  const big = largeCard(5_000_000).text;
  const bySize = await grow(small, 3, big, 1);
  report(`analysis (lintText), ${(small.length / 1e6).toFixed(1)} MB card`, ms(bySize.small));
  report(`analysis (lintText), ${(big.length / 1e6).toFixed(1)} MB card`, ms(bySize.big));
  const sizeRatio = bySize.big / bySize.small;
  report('growth 1 MB → 5 MB (time ratio)', `${sizeRatio.toFixed(2)}×`, '≤ 6×', sizeRatio <= 6);
  report(
    'growth 1 MB → 5 MB without GC pauses (median ratio)',
    `${(bySize.bigNoGc / bySize.smallNoGc).toFixed(2)}×`,
  );

  const few = manyComponentsCard(2_000);
  const many = manyComponentsCard(10_000);
  const count = parseCard(many).components.length;
  const byCount = await grow(few, 5, many, 3);
  report(`analysis, 2,000-component card (${(few.length / 1e6).toFixed(2)} MB)`, ms(byCount.small));
  report(
    `analysis, ${count.toLocaleString('en')}-component card (${(many.length / 1e6).toFixed(2)} MB)`,
    ms(byCount.big),
  );
  const countRatio = byCount.big / byCount.small;
  report(
    'growth 2,000 → 10,000 components (time ratio)',
    `${countRatio.toFixed(2)}×`,
    '≤ 6×',
    countRatio <= 6,
  );
  report(
    'growth 2,000 → 10,000 components without GC pauses (median ratio)',
    `${(byCount.bigNoGc / byCount.smallNoGc).toFixed(2)}×`,
  );
}
