// The launchers (server/src/launch/) run the CLI and server bundles through V8's code cache: a start with no
// cache writes one, the next start uses it, and whatever is wrong with the cache or its folder, the command
// does exactly what it does without one. Drives the built dist/cli.js (`npm run build` first).
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { cli, tempDir, type CliResult } from '../../support/cli';

const CARD = path.join('examples', 'alarm.card.json');
// A card with a finding, so the output to compare is more than "no problems".
const FINDING = JSON.stringify({
  schema: '2.0',
  body: { elements: [{ tag: 'checker', behaviors: [{ type: 'open_url', default_url: 'https://e.com' }] }] },
});

function lint(folder: string, file: string): CliResult {
  return cli(['lint', file], {
    env: { FEISHU_CARD_CODE_CACHE: folder, FEISHU_CARD_CODE_CACHE_LOG: '1' },
  });
}

/** What the cache log lines on stderr say, without the file name. */
const cacheLog = (result: CliResult) =>
  result.stderr
    .split('\n')
    .filter((line) => line.startsWith('feishu-card: code cache'))
    .map((line) => line.replace(/:\s\/.*$/, '').replace('feishu-card: ', ''));

/** Runs `check` with a fresh temporary folder, removed afterwards. */
function inTempDir(check: (dir: string) => void): void {
  const { dir, remove } = tempDir();
  try {
    check(dir);
  } finally {
    remove();
  }
}

const cacheFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.v8cache'));

test('the first run writes a cache the next run uses, and both give what a run without a cache gives', () =>
  inTempDir((dir) => {
    const file = path.join(dir, 'finding.card.json');
    writeFileSync(file, FINDING);
    const folder = path.join(dir, 'cache');
    const without = cli(['lint', file], { env: { FEISHU_CARD_CODE_CACHE: 'off' } });
    assert.equal(without.code, 1);
    assert.match(without.stdout, /checker-open-url/);

    const first = lint(folder, file);
    assert.deepEqual(cacheLog(first), ['code cache missing', 'code cache written']);
    const [written] = cacheFiles(folder);
    assert.match(written, /^cli-main-[0-9a-f]{20}\.v8cache$/);
    // Only this user may read or replace what this user's processes will run.
    assert.equal(statSync(path.join(folder, written)).mode & 0o077, 0);
    assert.equal(statSync(folder).mode & 0o077, 0);

    const second = lint(folder, file);
    assert.deepEqual(cacheLog(second), ['code cache used']);
    for (const run of [first, second]) {
      assert.equal(run.code, without.code);
      assert.equal(run.stdout, without.stdout);
    }
  }));

test('a corrupt cache is rejected by V8, the run is unchanged and the cache is written anew', () =>
  inTempDir((dir) => {
    const folder = path.join(dir, 'cache');
    const clean = lint(folder, CARD);
    const [name] = cacheFiles(folder);
    const cacheFile = path.join(folder, name);
    const garbage = Buffer.from('not V8 code at all '.repeat(1000));
    writeFileSync(cacheFile, garbage);
    const run = lint(folder, CARD);
    assert.deepEqual(cacheLog(run), ['code cache rejected', 'code cache written']);
    assert.equal(run.code, clean.code);
    assert.equal(run.stdout, clean.stdout);
    assert.notDeepEqual(readFileSync(cacheFile), garbage);
    // A truncated cache, as a full disk might leave: rejected the same way.
    writeFileSync(cacheFile, readFileSync(cacheFile).subarray(0, 4096));
    assert.deepEqual(cacheLog(lint(folder, CARD)), ['code cache rejected', 'code cache written']);
    assert.deepEqual(cacheLog(lint(folder, CARD)), ['code cache used']);
  }));

test('a cache of another build of the bundle is not read, and is removed once the new one is written', () =>
  inTempDir((dir) => {
    const folder = path.join(dir, 'cache');
    lint(folder, CARD);
    const [current] = cacheFiles(folder);
    const stale = 'cli-main-0123456789abcdef0123.v8cache';
    writeFileSync(path.join(folder, stale), readFileSync(path.join(folder, current)));
    // The other launcher's cache is not this bundle's to remove.
    writeFileSync(path.join(folder, 'server-main-0123456789abcdef0123.v8cache'), 'x');
    writeFileSync(path.join(folder, current), 'stale');
    const run = lint(folder, CARD);
    assert.deepEqual(cacheLog(run), ['code cache rejected', 'code cache written']);
    assert.deepEqual(cacheFiles(folder).sort(), [current, 'server-main-0123456789abcdef0123.v8cache']);
  }));

test('a folder others may write to, one that cannot be made, or `off`: no cache, and the same result', () =>
  inTempDir((dir) => {
    const clean = cli(['lint', CARD], { env: { FEISHU_CARD_CODE_CACHE: 'off' } });
    const shared = path.join(dir, 'shared');
    lint(shared, CARD);
    chmodSync(shared, 0o777);
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, '');
    for (const folder of [shared, path.join(blocker, 'cache'), 'off']) {
      const run = lint(folder, CARD);
      assert.deepEqual(cacheLog(run), ['code cache off'], folder);
      assert.equal(run.code, clean.code);
      assert.equal(run.stdout, clean.stdout);
    }
    // Nothing was read from or written to the shared folder after it was opened to others.
    assert.equal(cacheFiles(shared).length, 1);
  }));

test('a cache that cannot be written leaves the command its own output and exit code', () =>
  inTempDir((dir) => {
    const file = path.join(dir, 'finding.card.json');
    writeFileSync(file, FINDING);
    const first = path.join(dir, 'first');
    lint(first, file);
    const [name] = cacheFiles(first);
    // A folder where the cache file should be: it reads as no cache, and the rename onto it fails.
    const blocked = path.join(dir, 'blocked');
    mkdirSync(path.join(blocked, name, 'inside'), { recursive: true });
    const run = lint(blocked, file);
    assert.deepEqual(cacheLog(run), ['code cache missing', 'code cache not written']);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /checker-open-url/);
    // No temporary file is left behind.
    assert.deepEqual(readdirSync(blocked), [name]);
  }));
