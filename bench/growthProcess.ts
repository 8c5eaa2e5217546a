// One fresh process's measurement for bench/growth.ts: the whole analysis (lintText) of a small and a large
// card, alternated, printed as one JSON line. Run by growth.ts, a few times, in separate processes.
//
// Each figure is the mean of a block of consecutive analyses (the block's time over its length), the least
// such block of several rounds. Why a block's mean and not a median of single runs: a scavenge (about 10 ms
// here) falls in one analysis of the small card in several and in most analyses of the large one, so a
// median hides it from the small card and charges it to the large one, and a ratio of medians overstates
// the growth. A block charges each card its own share of the collector's work; the least block leaves out
// the moments the shared machine was busy elsewhere. The blocks hold the same amount of text (five times as
// many small analyses), so each lets the collector run about as often, and the first analysis of each block
// is not timed: it pays for the garbage the other card's block left.
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { lintText } from '../server/src/card/lint/engine';
import { parseCard } from '../server/src/card/parse/parse';
import { largeCard, manyComponentsCard } from './cards';

export interface GrowthPair {
  smallBytes: number;
  bigBytes: number;
  components?: { small: number; big: number };
  /** Milliseconds per analysis: the least block mean, with GC pauses and without them. */
  small: number;
  big: number;
  smallNoGc: number;
  bigNoGc: number;
}

export interface GrowthMeasurement {
  bySize: GrowthPair;
  byCount: GrowthPair;
}

interface Span {
  start: number;
  end: number;
}

const ROUNDS = 5;

/** GC pauses as V8 reports them; they arrive asynchronously, so read them after an await. */
function watchGc(): { pauses: Span[]; stop: () => void } {
  const pauses: Span[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return { pauses, stop: () => observer.disconnect() };
}

/** One untimed analysis, then `count` timed ones in a row: the span they took. */
function block(text: string, count: number): Span {
  lintText(text);
  const start = performance.now();
  for (let i = 0; i < count; i++) lintText(text);
  return { start, end: performance.now() };
}

async function pair(
  small: string,
  big: string,
  bigPerBlock: number,
): Promise<Omit<GrowthPair, 'smallBytes' | 'bigBytes'>> {
  const smallPerBlock = 5 * bigPerBlock;
  // Warm-up: both cards' code paths compiled, the heap grown to what the large card needs.
  for (let i = 0; i < 2; i++) {
    lintText(small);
    lintText(big);
  }
  const gc = watchGc();
  const smallBlocks: Span[] = [];
  const bigBlocks: Span[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    smallBlocks.push(block(small, smallPerBlock));
    bigBlocks.push(block(big, bigPerBlock));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc.stop();
  const gcIn = (span: Span) =>
    gc.pauses
      .filter((pause) => pause.start >= span.start && pause.start < span.end)
      .reduce((sum, pause) => sum + pause.end - pause.start, 0);
  const least = (blocks: Span[], count: number, withGc: boolean) =>
    Math.min(...blocks.map((span) => (span.end - span.start - (withGc ? 0 : gcIn(span))) / count));
  return {
    small: least(smallBlocks, smallPerBlock, true),
    big: least(bigBlocks, bigPerBlock, true),
    smallNoGc: least(smallBlocks, smallPerBlock, false),
    bigNoGc: least(bigBlocks, bigPerBlock, false),
  };
}

export async function measureGrowth(): Promise<GrowthMeasurement> {
  // Decimal sizes, so that the larger card is exactly five times the smaller and stays below the 5 MiB guard.
  const oneMb = largeCard(1_000_000).text;
  const fiveMb = largeCard(5_000_000).text;
  const bySize = { smallBytes: oneMb.length, bigBytes: fiveMb.length, ...(await pair(oneMb, fiveMb, 4)) };
  const few = manyComponentsCard(2_000);
  const many = manyComponentsCard(10_000);
  const byCount = {
    smallBytes: few.length,
    bigBytes: many.length,
    components: { small: parseCard(few).components.length, big: parseCard(many).components.length },
    ...(await pair(few, many, 4)),
  };
  return { bySize, byCount };
}

// Run as a script (by growth.ts): print the measurement.
if (process.argv.includes('--measure'))
  void measureGrowth().then((result) => process.stdout.write(JSON.stringify(result)));
