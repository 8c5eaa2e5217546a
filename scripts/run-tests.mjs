// Runs the test suites with Node's built-in test runner (TypeScript through tsx).
// `node scripts/run-tests.mjs unit protocol` runs only those folders; no argument runs them all.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

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
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
