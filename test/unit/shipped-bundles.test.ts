// What `npm run build` ships: the server, CLI and extension bundles carry the standalone validators generated
// at build time and none of ajv's compiler (which would cost start-up time and size). Needs `npm run build`
// first, as the CLI and protocol tests do; the mutation runner leaves it out (it reads built files only).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('the shipped bundles carry the generated validators and none of ajv’s compiler', () => {
  // `npm run build` first, as for the CLI and protocol tests. The compiler is only reachable from source.
  for (const bundle of ['dist/server-main.js', 'dist/cli-main.js', 'dist/extension.js']) {
    const code = readFileSync(bundle, 'utf8');
    assert.ok(!code.includes('node_modules/ajv/'), `${bundle} bundles ajv`);
    assert.ok(!code.includes('schema must be object or boolean'), `${bundle} holds ajv's compiler`);
    assert.ok(code.includes('card-2.0.schema.json'), `${bundle} holds the generated 2.0 validator`);
  }
});

test('dist/server.js and dist/cli.js only launch their bundles: no card code to compile before the cache is read', () => {
  for (const [launcher, bundle] of [
    ['dist/server.js', 'server-main.js'],
    ['dist/cli.js', 'cli-main.js'],
  ]) {
    const code = readFileSync(launcher, 'utf8');
    assert.ok(code.includes(bundle), `${launcher} does not launch ${bundle}`);
    assert.ok(!code.includes('card-2.0.schema.json'), `${launcher} holds the validators itself`);
    assert.ok(code.length < 64 * 1024, `${launcher} is ${code.length} bytes`);
  }
});
