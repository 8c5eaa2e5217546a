// `feishu-card migrate`: prints the 2.0 card, lists what was not converted, and --write replaces the file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';

const CARD = {
  config: { wide_screen_mode: true },
  header: { title: { tag: 'plain_text', content: 'Deploy' } },
  elements: [
    { tag: 'div', text: { tag: 'lark_md', content: '**v1.2** ready' } },
    {
      tag: 'action',
      actions: [
        { tag: 'button', text: { tag: 'plain_text', content: 'Ship' }, type: 'primary', value: { go: 1 } },
      ],
    },
  ],
};

function migrate(...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('server', 'src', 'cli', 'main.ts'), 'migrate', ...args],
    { encoding: 'utf8' },
  );
}

test('migrate prints a 2.0 card without lint errors and lists the dropped deprecated config', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'migrate-'));
  const file = path.join(dir, 'deploy.card.json');
  writeFileSync(file, JSON.stringify(CARD, null, 2) + '\n');
  const result = migrate(file);
  assert.equal(result.status, 0, result.stderr);
  const card = JSON.parse(result.stdout) as { schema: string };
  assert.equal(card.schema, '2.0');
  assert.deepEqual(
    lintText(result.stdout).findings.filter((f) => f.severity === 'error'),
    [],
  );
  assert.match(result.stderr, /wide_screen_mode/);
  assert.equal(readFileSync(file, 'utf8'), JSON.stringify(CARD, null, 2) + '\n', 'file untouched');

  assert.equal(migrate(file, '--write').status, 0);
  assert.equal(readFileSync(file, 'utf8'), result.stdout);
});
