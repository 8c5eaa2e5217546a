// `npm run mutate [-- <source files>] [-- --concurrency 1]`: mutation testing of the pure core with StrykerJS
// (config: stryker.config.mjs). Without files it mutates all of server/src/card/**. Reports go to
// test-artifacts/mutation/ (index.html, mutation.json); the summary is one line per file and a total line.
// Not part of `npm test`: it takes minutes. `--survivors` also lists what survived (file:line mutator).
// `--merge <report.json>…` runs nothing: it joins reports of runs over different files (the newest report
// wins for a file in several) into test-artifacts/mutation/merged.json and prints the same summary, so the
// whole core can be measured in parts on a shared machine. A report keeps the text it mutated (`source`);
// where that is no longer the file's text here, the figure measures old code: such a file is marked "stale"
// (a current report of it wins over a newer stale one) and counted apart, so one knows what to re-run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const REPORT = 'test-artifacts/mutation/mutation.json';
const MERGED = 'test-artifacts/mutation/merged.json';
const args = process.argv.slice(2);
const merging = args.includes('--merge');
const files = args.filter((a) => !a.startsWith('-') && /\.(ts(:[\d:-]+)?|json)$/.test(a));
const passOn = args.filter(
  (a) => !files.includes(a) && !['--survivors', '--', '--merge', '--report-only'].includes(a),
);
const listSurvivors = args.includes('--survivors');

/** Why a report of `file` no longer measures it ('changed', 'removed'), or undefined while it does. */
function staleness(file, { source }) {
  if (!existsSync(file)) return 'removed';
  return source === undefined || source === readFileSync(file, 'utf8') ? undefined : 'changed';
}

const stale = new Map();
function mergedReport(reports) {
  const byAge = reports
    .map((file) => ({ file, mtime: statSync(file).mtimeMs }))
    .sort((a, b) => a.mtime - b.mtime);
  const merged = { files: {} };
  for (const { file } of byAge) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    merged.schemaVersion ??= report.schemaVersion;
    merged.thresholds ??= report.thresholds;
    for (const [source, result] of Object.entries(report.files)) {
      const why = staleness(source, result);
      if (why && source in merged.files && !stale.has(source)) continue;
      merged.files[source] = result;
      if (why) stale.set(source, `${why} since ${file}`);
      else stale.delete(source);
    }
  }
  mkdirSync('test-artifacts/mutation', { recursive: true });
  writeFileSync(MERGED, JSON.stringify(merged));
  return merged;
}

let report;
let reportName = REPORT;
if (merging) {
  report = mergedReport(files);
  reportName = MERGED;
} else {
  if (!args.includes('--report-only')) {
    const stryker = ['stryker', 'run', ...passOn];
    if (files.length > 0) stryker.push('--mutate', files.join(','));
    const run = spawnSync('npx', stryker, { stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  report = JSON.parse(readFileSync(REPORT, 'utf8'));
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const total = { detected: 0, undetected: 0, ignored: 0 };
const staleTotal = { detected: 0, undetected: 0, ignored: 0 };
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
  if (stale.has(file)) for (const k of Object.keys(total)) staleTotal[k] += n[k];
  if (n.detected + n.undetected > 0) rows.push([file, n]);
}
const score = (n) => (n.detected + n.undetected ? (100 * n.detected) / (n.detected + n.undetected) : 100);
const line = (name, n) =>
  `${score(n).toFixed(1).padStart(5)} %  ${String(n.detected).padStart(4)} killed ${String(n.undetected).padStart(4)} left ${String(n.ignored).padStart(3)} ignored  ${name}`;
for (const [file, n] of rows)
  console.log(line(stale.has(file) ? `${file}  STALE (${stale.get(file)})` : file, n));
if (listSurvivors) for (const s of survivors) console.log(`  ${s}`);
const below = rows.filter(([, n]) => score(n) < 80).length;
const staleRows = rows.filter(([file]) => stale.has(file)).length;
if (staleRows > 0)
  console.log(
    `mutate: ${line(`of these, ${staleRows} stale file(s): measured before their source changed, re-run them`, staleTotal).trim()}`,
  );
const staleNote = staleRows > 0 ? `, ${staleRows} stale (included)` : '';
console.log(
  `mutate: ${line(`total over ${rows.length} file(s), ${below} below 80 %${staleNote}`, total).trim()}  (report: ${reportName.replace('.json', '')})`,
);
