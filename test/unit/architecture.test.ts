// ARCHITECTURE.md's code map must match the source folders: every folder of the product is described (by a
// row of its own, or by name in its parent's row), and every folder a row names exists.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOTS = ['server/src', 'client/src'];
const map = readFileSync('ARCHITECTURE.md', 'utf8');
/** Entries of the code map: `- `folder/` — what it owns … _Invariant:_ …`, continued on indented lines. */
const rows = map
  .split(/\n(?=- `|\n)/)
  .filter((entry) => entry.startsWith('- `'))
  .map((entry) => {
    const [head, ...rest] = entry.split(' — ');
    const folders = [...head.matchAll(/`([^`]+\/)`/g)].map((m) => expand(m[1]));
    return { folders, text: rest.join(' — ') };
  });

/** Rows may abbreviate `server/src/card/x/` as `card/x/`. */
function expand(folder: string): string {
  return folder.startsWith('card/') ? `server/src/${folder}` : folder;
}

function folders(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((full) => statSync(full).isDirectory())
    .flatMap((full) => [full + '/', ...folders(full)]);
}

test('every source folder is on the code map', () => {
  const named = rows.flatMap((row) => row.folders);
  for (const folder of ROOTS.flatMap(folders)) {
    if (named.includes(folder)) continue;
    const parent = path.dirname(folder.slice(0, -1)) + '/';
    const parentRow = rows.find((row) => row.folders.includes(parent));
    assert.ok(
      parentRow?.text.includes('`' + path.basename(folder) + '/'),
      `${folder} is neither a row of ARCHITECTURE.md's code map nor named in its parent's row`,
    );
  }
});

test('every folder the code map names exists', () => {
  for (const folder of rows.flatMap((row) => row.folders)) {
    assert.ok(existsSync(folder), `ARCHITECTURE.md names ${folder}, which does not exist`);
  }
});
