// `npm run mutate [-- <source files>] [-- --concurrency 1]`: mutation testing of the pure core with StrykerJS
// (config: stryker.config.mjs). Without files it mutates all of server/src/card/**. Reports go to
// test-artifacts/mutation/ (index.html, mutation.json); the summary is one line per file and a total line.
// Not part of `npm test`: it takes minutes. `--survivors` also lists what survived (file:line mutator).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const REPORT = 'test-artifacts/mutation/mutation.json';
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('-') && /\.ts(:[\d:-]+)?$/.test(a));
const passOn = args.filter((a) => !files.includes(a) && a !== '--survivors' && a !== '--');
const listSurvivors = args.includes('--survivors');

if (!args.includes('--report-only')) {
  const stryker = ['stryker', 'run', ...passOn.filter((a) => a !== '--report-only')];
  if (files.length > 0) stryker.push('--mutate', files.join(','));
  const run = spawnSync('npx', stryker, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const total = { detected: 0, undetected: 0, ignored: 0 };
const rows = [];
const survivors = [];
for (const [file, { mutants }] of Object.entries(report.files).sort()) {
  const n = { detected: 0, undetected: 0, ignored: 0 };
  for (const m of mutants) {
    if (DETECTED.has(m.status)) n.detected++;
    else if (UNDETECTED.has(m.status)) {
      n.undetected++;
      const where = `${file}:${m.location.start.line}`;
      survivors.push(`${where} ${m.status} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? '')}`);
    } else n.ignored++;
  }
  for (const k of Object.keys(total)) total[k] += n[k];
  if (n.detected + n.undetected > 0) rows.push([file, n]);
}
const score = (n) => (n.detected + n.undetected ? (100 * n.detected) / (n.detected + n.undetected) : 100);
const line = (name, n) =>
  `${score(n).toFixed(1).padStart(5)} %  ${String(n.detected).padStart(4)} killed ${String(n.undetected).padStart(4)} left ${String(n.ignored).padStart(3)} ignored  ${name}`;
for (const [file, n] of rows) console.log(line(file, n));
if (listSurvivors) for (const s of survivors) console.log(`  ${s}`);
console.log(
  `mutate: ${line(`total over ${rows.length} file(s)`, total).trim()}  (report: ${REPORT.replace('.json', '')})`,
);
