// Preloaded into every test process the mutation runner starts: switches the mutant on (and the hit limit
// that turns an endless loop into a failure) before any instrumented module loads, and on exit writes the
// mutants that this process reached, so the dry run learns which test files cover which mutants.
import { writeFileSync } from 'node:fs';

const env = process.env;
const ns = (globalThis.__stryker__ ??= {});
if (env.__STRYKER_ACTIVE_MUTANT__) ns.activeMutant = env.__STRYKER_ACTIVE_MUTANT__;
if (env.MUTATE_HIT_LIMIT) {
  ns.hitCount = 0;
  ns.hitLimit = Number(env.MUTATE_HIT_LIMIT);
}
if (env.MUTATE_COVERAGE_FILE) {
  const file = env.MUTATE_COVERAGE_FILE;
  process.on('exit', () => writeFileSync(file, JSON.stringify(ns.mutantCoverage?.static ?? {})));
}
