// A `*.card.json` that holds no JSON object (nothing, text, an array, a number, binary bytes) through the
// real CLI: lint prints one finding and exits 1, and render and simulate say the same thing (issue 14, 3).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { cli, tempDir } from '../../support/cli';

let tmp: ReturnType<typeof tempDir>;
before(() => {
  tmp = tempDir();
});
after(() => tmp.remove());

const CASES: [string, string | Buffer, RegExp][] = [
  ['empty', '', /is empty/],
  ['blank', ' \n\t\n', /is empty/],
  ['text', 'hello world', /is not JSON/],
  ['array', '[]', /holds an array/],
  ['number', '42', /holds a number/],
  ['string', '"card"', /holds a string/],
  ['null', 'null', /holds null/],
];

test('lint reports a card file that is not a JSON object and exits 1, in every format', () => {
  for (const [name, content, message] of CASES) {
    const file = path.join(tmp.dir, `${name}.card.json`);
    writeFileSync(file, content);
    const stylish = cli(['lint', file]);
    assert.equal(stylish.code, 1, `${name}: ${stylish.stdout}${stylish.stderr}`);
    assert.match(stylish.stdout, message, name);
    assert.match(stylish.stdout, /card-not-object/);
    const json = JSON.parse(cli(['lint', '--format', 'json', file]).stdout);
    assert.deepEqual(
      json[0].findings.map((f: { ruleId: string }) => f.ruleId),
      ['card-not-object'],
      name,
    );
    const sarif = JSON.parse(cli(['lint', '--format', 'sarif', file]).stdout);
    assert.equal(sarif.runs[0].results[0].ruleId, 'card-not-object', name);
  }
});

test('render and simulate say what lint says about the same file', () => {
  for (const [name, , message] of CASES) {
    const file = path.join(tmp.dir, `${name}.card.json`);
    const lintMessage = JSON.parse(cli(['lint', '--format', 'json', file]).stdout)[0].findings[0].message;
    const render = cli(['render', file]);
    assert.equal(render.code, 2, name);
    assert.match(render.stderr, message, name);
    assert.ok(render.stderr.includes(lintMessage), `${name}: ${render.stderr}`);
    const simulate = cli(['simulate', file, '--target', 'x']);
    assert.equal(simulate.code, 1, name);
    assert.ok(simulate.stderr.includes(lintMessage), `${name}: ${simulate.stderr}`);
    assert.doesNotMatch(simulate.stderr, /syntax errors/);
  }
});

test('binary content is one encoding finding (exit 1), and render says the same', () => {
  const file = path.join(tmp.dir, 'binary.card.json');
  writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0x10]));
  const lint = cli(['lint', file]);
  assert.equal(lint.code, 1);
  assert.match(lint.stdout, /not valid UTF-8/);
  assert.equal(lint.stdout.split('\n').filter((l) => /^\s+\d+:\d+\s+error/.test(l)).length, 1, lint.stdout);
  const render = cli(['render', file]);
  assert.equal(render.code, 2);
  assert.match(render.stderr, /not valid UTF-8/);
});
