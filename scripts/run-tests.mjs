// Runs the test suites with Node's built-in test runner (TypeScript through tsx).
// `node scripts/run-tests.mjs unit protocol` runs only those folders; no argument runs them all.
// It says what it runs before it starts, and ends with one line: "N passed, N failed, N skipped in S s".
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ALL = ['unit', 'protocol', 'fuzz', 'browser', 'e2e'];
const suites = process.argv.slice(2).length ? process.argv.slice(2) : ALL;

function testFiles(dir) {
  let files = [];
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return files;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) files = files.concat(testFiles(full));
    else if (entry.endsWith('.test.ts')) files.push(full);
  }
  return files;
}

const files = suites.flatMap((suite) => testFiles(path.join('test', suite))).sort();
if (files.length === 0) {
  console.error(`no test files found in ${suites.join(', ')}`);
  process.exit(1);
}
const counts = suites
  .map(
    (suite) => `${suite} (${files.filter((f) => f.startsWith(path.join('test', suite) + path.sep)).length})`,
  )
  .join(', ');
console.log(`Running ${files.length} test files: ${counts}.`);
if (suites.includes('browser') || suites.includes('e2e'))
  console.log(
    'The browser and e2e suites start Chromium and VS Code: the whole run takes minutes on two cores.',
  );
const summary = pathToFileURL(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-summary.mjs'),
).href;
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${summary}`,
    '--test-reporter-destination=stdout',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
