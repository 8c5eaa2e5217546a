// Growth with size (issue 15: "no quadratic work anywhere"): the whole analysis (parse, model, validation,
// every rule) of a 1 MB and a 5 MB card, and of a card of 2,000 and of 10,000 components.
// Linear work grows 5× for 5× the input; the target allows 6× for noise, GC and caches.
//
// Measured in three fresh processes (growthProcess.ts says how each measures), and each figure is the
// median of the three: on this shared machine one process can run a third slower or faster than the next
// throughout (where V8 placed the heap, which code it optimised), and a ratio from a single process moved
// by ±1 between runs of the same code. The range of the three ratios is shown beside the median.
//
// Each growth is also shown without the garbage collector's pauses. A tree larger than V8's young
// generation (16 MB, about a 2 MB card) is copied by the scavenger and promoted, one a smaller tree often
// escapes: that step in GC cost, not the code, is what can push the wall-time ratio past 5. The GC-free
// ratio shows whether our own work is linear; the target stays on wall time, which is what users wait for.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { GrowthMeasurement, GrowthPair } from './growthProcess';
import type { Report } from './report';

const PROCESSES = 3;

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measureInFreshProcess(): GrowthMeasurement {
  const script = path.join(__dirname, 'growthProcess.ts');
  const result = spawnSync(process.execPath, [...process.execArgv, script, '--measure'], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`growth measurement failed: ${result.stderr.split('\n').slice(0, 5).join(' ')}`);
  return JSON.parse(result.stdout) as GrowthMeasurement;
}

/** Median figures of one pair over the processes, and the ratios' median and range. */
function summarise(pairs: GrowthPair[]) {
  const ratios = pairs.map((p) => p.big / p.small);
  return {
    small: median(pairs.map((p) => p.small)),
    big: median(pairs.map((p) => p.big)),
    ratio: median(ratios),
    range: `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`,
    noGcRatio: median(pairs.map((p) => p.bigNoGc / p.smallNoGc)),
  };
}

export async function benchGrowth(report: Report): Promise<void> {
  const runs: GrowthMeasurement[] = [];
  for (let i = 0; i < PROCESSES; i++) runs.push(measureInFreshProcess());

  const [first] = runs;
  const bySize = summarise(runs.map((run) => run.bySize));
  report(`analysis (lintText), ${(first.bySize.smallBytes / 1e6).toFixed(1)} MB card`, ms(bySize.small));
  report(`analysis (lintText), ${(first.bySize.bigBytes / 1e6).toFixed(1)} MB card`, ms(bySize.big));
  report(
    `growth 1 MB → 5 MB (time ratio; ${PROCESSES} processes: ${bySize.range})`,
    `${bySize.ratio.toFixed(2)}×`,
    '≤ 6×',
    bySize.ratio <= 6,
  );
  report('growth 1 MB → 5 MB without GC pauses', `${bySize.noGcRatio.toFixed(2)}×`);

  const byCount = summarise(runs.map((run) => run.byCount));
  const { components, smallBytes, bigBytes } = first.byCount;
  const label = (count: number, bytes: number) =>
    `${count.toLocaleString('en')}-component card (${(bytes / 1e6).toFixed(2)} MB)`;
  report(`analysis, ${label(components!.small, smallBytes)}`, ms(byCount.small));
  report(`analysis, ${label(components!.big, bigBytes)}`, ms(byCount.big));
  report(
    `growth 2,000 → 10,000 components (time ratio; ${PROCESSES} processes: ${byCount.range})`,
    `${byCount.ratio.toFixed(2)}×`,
    '≤ 6×',
    byCount.ratio <= 6,
  );
  report('growth 2,000 → 10,000 components without GC pauses', `${byCount.noGcRatio.toFixed(2)}×`);
}
