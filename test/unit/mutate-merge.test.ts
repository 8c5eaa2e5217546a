// `npm run mutate -- --merge`: a report taken before its source file changed no longer measures the file; the
// merged summary must say so (per file and in the total) and prefer a report of the current text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const SCRIPT = path.resolve('scripts', 'mutate.mjs');

function mutant(id: number, status: string) {
  return {
    id: String(id),
    mutatorName: 'BooleanLiteral',
    replacement: 'false',
    status,
    location: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } },
  };
}

/** Writes a report of `files` (source text and statuses) as `name` in `dir`, `age` seconds old. */
function report(dir: string, name: string, age: number, files: Record<string, [string, string[]]>) {
  const json: Record<string, unknown> = {};
  for (const [file, [source, statuses]] of Object.entries(files))
    json[file] = { language: 'typescript', source, mutants: statuses.map((s, i) => mutant(i, s)) };
  const at = path.join(dir, name);
  writeFileSync(at, JSON.stringify({ schemaVersion: '1.0', thresholds: {}, files: json }));
  const when = Date.now() / 1000 - age;
  utimesSync(at, when, when);
  return name;
}

function merge(dir: string, reports: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, '--merge', ...reports], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  return run.stdout.trim().split('\n');
}

function setUp() {
  const dir = mkdtempSync(path.join(tmpdir(), 'mutate-merge-'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src', 'same.ts'), 'export const same = true;\n');
  writeFileSync(path.join(dir, 'src', 'edited.ts'), 'export const edited = 2;\n');
  return dir;
}

test('a file whose text differs from the report source is marked stale and counted apart', () => {
  const dir = setUp();
  const a = report(dir, 'a.json', 20, {
    'src/same.ts': ['export const same = true;\n', ['Killed', 'Survived']],
  });
  const b = report(dir, 'b.json', 10, {
    'src/edited.ts': ['export const edited = 1;\n', ['Killed', 'Killed', 'Killed', 'Survived']],
    'src/gone.ts': ['export {};\n', ['Killed']],
  });
  const lines = merge(dir, [a, b]);
  const row = (file: string) => lines.find((l) => l.endsWith(file) || l.includes(`${file}  `)) ?? '';
  assert.doesNotMatch(row('src/same.ts'), /STALE/);
  assert.match(row('src/edited.ts'), /STALE \(changed since b\.json\)/);
  assert.match(row('src/gone.ts'), /STALE \(removed since b\.json\)/);
  const staleLine = lines.find((l) => l.includes('stale file(s)')) ?? '';
  assert.match(staleLine, /80\.0 % +4 killed +1 left .* 2 stale file\(s\)/);
  assert.match(lines.at(-1) ?? '', /total over 3 file\(s\), 2 below 80 %, 2 stale \(included\)/);
  const merged = JSON.parse(readFileSync(path.join(dir, 'test-artifacts/mutation/merged.json'), 'utf8')) as {
    files: Record<string, unknown>;
  };
  assert.deepEqual(Object.keys(merged.files).sort(), ['src/edited.ts', 'src/gone.ts', 'src/same.ts']);
});

test('a report of the current text wins over a newer stale one; without stale files no stale line', () => {
  const dir = setUp();
  const current = report(dir, 'current.json', 20, {
    'src/edited.ts': ['export const edited = 2;\n', ['Killed']],
  });
  const older = report(dir, 'older-text.json', 10, {
    'src/edited.ts': ['export const edited = 1;\n', ['Survived']],
  });
  const lines = merge(dir, [older, current]);
  assert.match(lines[0], /100\.0 % +1 killed +0 left .*src\/edited\.ts$/);
  assert.ok(!lines.some((l) => /stale/i.test(l)), lines.join('\n'));
  assert.match(lines.at(-1) ?? '', /total over 1 file\(s\), 0 below 80 % /);

  // Among current reports (or among stale ones) the newest still wins.
  const newer = report(dir, 'newer.json', 5, {
    'src/edited.ts': ['export const edited = 2;\n', ['Survived']],
  });
  assert.match(merge(dir, [current, newer])[0], /0\.0 % +0 killed +1 left/);
});
