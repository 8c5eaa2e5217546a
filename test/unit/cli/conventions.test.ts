// CLI conventions through the real built CLI: --version, --help (also per command), distinct exit codes
// (0 clean, 1 findings, 2 usage or I/O error), and exit codes that survive a closed pipe or a full disk.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { version } from '../../../package.json';
import { cli, CLI, shell, tempDir } from '../../support/cli';

let tmp: ReturnType<typeof tempDir>;
let clean: string;
let failing: string;
let noisy: string;
before(() => {
  tmp = tempDir();
  clean = path.join(tmp.dir, 'clean.card.json');
  writeFileSync(clean, JSON.stringify({ schema: '2.0', body: { elements: [] } }));
  failing = path.join(tmp.dir, 'failing.card.json');
  writeFileSync(failing, JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'no_such_tag' }] } }));
  // Thousands of findings: far more output than a pipe holds, so a reader that stops early closes it mid-write.
  noisy = path.join(tmp.dir, 'noisy.card.json');
  const elements = Array.from({ length: 3000 }, (_, i) => ({ tag: `no_such_tag_${i}` }));
  writeFileSync(noisy, JSON.stringify({ schema: '2.0', body: { elements } }));
});
after(() => tmp.remove());

test('--version prints the package version', () => {
  for (const flag of ['--version', '-v']) {
    const result = cli([flag]);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, `${version}\n`);
  }
});

test('--help lists the commands and the exit codes; every command has its own help', () => {
  const top = cli(['--help']);
  assert.equal(top.code, 0);
  for (const command of ['lint', 'render', 'preview', 'simulate', 'rules'])
    assert.match(top.stdout, new RegExp(command));
  assert.match(top.stdout, /Exit codes: 0 .* 1 .* 2 /);
  for (const command of ['lint', 'render', 'preview', 'simulate', 'rules']) {
    for (const args of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
    ]) {
      const result = cli(args);
      assert.equal(result.code, 0, args.join(' '));
      assert.match(result.stdout, new RegExp(`^Usage: feishu-card ${command}`), args.join(' '));
      assert.match(result.stdout, /Exit codes/);
    }
  }
  assert.match(cli(['lint', '--help']).stdout, /--max-warnings/);
  assert.match(cli(['simulate', '--help']).stdout, /--target/);
});

test('exit codes are distinct: 0 clean, 1 findings, 2 usage or I/O error', () => {
  assert.equal(cli(['lint', clean]).code, 0);
  assert.equal(cli(['lint', failing]).code, 1);
  assert.equal(cli([]).code, 2);
  assert.equal(cli(['frobnicate']).code, 2);
  const unknownOption = cli(['lint', '--no-such-option', clean]);
  assert.equal(unknownOption.code, 2);
  assert.match(unknownOption.stderr, /feishu-card lint --help/);
  assert.equal(cli(['lint', '--format', 'xml', clean]).code, 2);
  assert.equal(cli(['lint', path.join(tmp.dir, 'missing.card.json')]).code, 2);
});

test('a pipe closed early keeps the real exit code (set -o pipefail sees the failing lint)', () => {
  const head = shell(`node ${CLI} lint ${noisy} --format json | head -c1`);
  assert.equal(head.stdout, '[');
  assert.equal(head.code, 1, head.stderr);
  assert.equal(shell(`node ${CLI} lint ${noisy} | true`).code, 1);
  assert.equal(shell(`node ${CLI} lint ${clean} | true`).code, 0);
  assert.equal(shell(`node ${CLI} rules | head -n1`).code, 0);
  assert.equal(head.stderr, '', 'a closed pipe is not worth a message');
});

test('a full disk on stdout is one clear line and exit 2, not a stack trace and the findings code', () => {
  for (const file of [clean, noisy]) {
    const result = shell(`node ${CLI} lint ${file} > /dev/full`);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'feishu-card: cannot write the output: no space left on device (ENOSPC)\n');
  }
});
