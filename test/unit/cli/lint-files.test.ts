// `feishu-card lint` over real files: directories walked like ESLint (.gitignore honoured, node_modules
// skipped), one unreadable argument not losing the others' results, and file encodings read or reported.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { cli, tempDir } from '../../support/cli';

const good = JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'hi' }] } });
const bad = JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'no_such_tag' }] } });

let tmp: ReturnType<typeof tempDir>;
before(() => {
  tmp = tempDir();
});
after(() => tmp.remove());

function write(relative: string, content: string | Buffer): string {
  const file = path.join(tmp.dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function lintJson(args: string[], cwd?: string) {
  const result = cli(['lint', '--format', 'json', ...args], { cwd });
  const files = result.stdout
    ? (JSON.parse(result.stdout) as { file: string; findings: { ruleId: string }[] }[])
    : [];
  return { ...result, files };
}

test('a directory is walked: cards found, node_modules, .git and .gitignore entries skipped', () => {
  const root = path.join(tmp.dir, 'walk');
  write('walk/.git/HEAD', 'ref: refs/heads/main\n');
  write('walk/.gitignore', 'generated/\n*.tmp.json\n');
  write('walk/cards/a.card.json', bad);
  write('walk/cards/deeper/b.json', good); // not named like a card, but it is one: checked
  write('walk/cards/c.tmp.json', bad);
  write('walk/generated/d.card.json', bad);
  write('walk/node_modules/pkg/e.card.json', bad);
  write('walk/package.json', JSON.stringify({ name: 'x' })); // not a card: left alone
  write('walk/cards/.gitignore', 'local.card.json\n');
  write('walk/cards/local.card.json', bad);
  const result = lintJson(['.'], root);
  assert.equal(result.code, 1, result.stderr);
  assert.deepEqual(
    result.files.map((f) => f.file),
    [path.join('cards', 'a.card.json'), path.join('cards', 'deeper', 'b.json')],
  );
  assert.equal(result.files[0].findings[0].ruleId, 'unknown-tag');
  // A subfolder named on its own still honours the .gitignore of the repository above it.
  const sub = lintJson(['generated', 'cards'], root);
  assert.deepEqual(
    sub.files.map((f) => f.file),
    [path.join('cards', 'a.card.json'), path.join('cards', 'deeper', 'b.json')],
  );
  // A file named explicitly is checked even where a walk would skip it.
  assert.deepEqual(lintJson(['generated/d.card.json'], root).files.length, 1);
});

test('one unreadable argument does not drop the other files: their results print, exit 2', () => {
  const ok = write('mixed/ok.card.json', bad);
  const dangling = path.join(tmp.dir, 'mixed', 'dangling.card.json');
  symlinkSync(path.join(tmp.dir, 'mixed', 'gone.json'), dangling);
  const missing = path.join(tmp.dir, 'mixed', 'missing.card.json');
  const result = lintJson([dangling, ok, missing]);
  assert.equal(result.code, 2);
  assert.deepEqual(
    result.files.map((f) => f.file),
    [ok],
  );
  assert.equal(result.files[0].findings.length, 1);
  assert.match(result.stderr, /cannot read .*dangling\.card\.json: no such file or directory \(ENOENT\)/);
  assert.match(result.stderr, /cannot read .*missing\.card\.json/);
  assert.equal(result.stderr.split('\n').filter(Boolean).length, 2, result.stderr);
  // A directory among files is walked, not an EISDIR that ends the run.
  const withDir = lintJson([ok, path.join(tmp.dir, 'walk', 'cards')]);
  assert.doesNotMatch(withDir.stderr, /EISDIR/);
  assert.equal(withDir.files.length, 3);
});

test('UTF-16 files with a byte-order mark are decoded and checked like their UTF-8 text', () => {
  const utf8 = write('enc/utf8.card.json', bad);
  const le = write('enc/le.card.json', Buffer.from('\ufeff' + bad, 'utf16le'));
  const be = write('enc/be.card.json', Buffer.from('\ufeff' + bad, 'utf16le').swap16());
  const expected = lintJson([utf8]).files[0].findings;
  assert.equal(expected.length, 1);
  for (const file of [le, be]) {
    const result = lintJson([file]);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(result.files[0].findings, expected, file);
  }
  assert.equal(
    cli(['lint', write('enc/le-good.card.json', Buffer.from('\ufeff' + good, 'utf16le'))]).code,
    0,
  );
});

test('invalid UTF-8 and UTF-16 without a BOM are one clear finding, not silent replacement or syntax noise', () => {
  const invalid = write(
    'enc/invalid.card.json',
    Buffer.concat([Buffer.from('{"schema":"2.0","x":"'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('"}')]),
  );
  const result = lintJson([invalid]);
  assert.equal(result.code, 1);
  assert.deepEqual(
    result.files[0].findings.map((f) => f.ruleId),
    ['file-encoding'],
  );
  const stylish = cli(['lint', invalid]);
  assert.match(stylish.stdout, /not valid UTF-8 \(first invalid byte at offset 21\)/);
  const noBom = write('enc/nobom.card.json', Buffer.from(good, 'utf16le'));
  const utf16 = cli(['lint', noBom]);
  assert.equal(utf16.code, 1);
  assert.match(utf16.stdout, /looks like UTF-16 without a byte-order mark/);
  assert.ok(utf16.stdout.length < 1000, utf16.stdout);
});
