// `feishu-card render`: the substituted card on stdout, notes on stderr.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const TEMPLATES = path.join('test', 'fixtures', 'templates');

function render(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('server', 'src', 'cli', 'main.ts'), 'render', ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('render fills the card from its sidecar data file and expands loops', () => {
  const { code, stdout, stderr } = render(path.join(TEMPLATES, 'alarm.card.json'));
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  const card = JSON.parse(stdout);
  assert.doesNotMatch(stdout, /\$\{/);
  assert.equal(card.header.title.content, 'CPU alarm');
  assert.equal(card.body.elements[1].columns.length, 2);
  assert.deepEqual(card.body.elements[3].behaviors[0].value, { action: 'complete_alarm', alarm_id: 42 });
});

test('render takes --data (a send-request file) and names what is missing on stderr', () => {
  const ok = render(
    path.join(TEMPLATES, 'request.card.json'),
    '--data',
    path.join(TEMPLATES, 'request.card.data.json'),
  );
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).body.elements[0].content, 'Deploy v2.3.1 finished');
  const missing = render(
    path.join(TEMPLATES, 'alarm.card.json'),
    '--data',
    path.join(TEMPLATES, 'request.card.data.json'),
  );
  assert.equal(missing.code, 0);
  assert.match(missing.stderr, /no sample value for .*\$\{title\}/);
  assert.match(missing.stdout, /"\$\{title\}"/);
});

test('render fails clearly on a missing data file or a non-card', () => {
  const noData = render(path.join(TEMPLATES, 'alarm.card.json'), '--data', 'nope.json');
  assert.equal(noData.code, 2);
  assert.match(noData.stderr, /nope\.json/);
  const notCard = render(path.join(TEMPLATES, 'alarm.card.data.json'));
  assert.equal(notCard.code, 2);
  assert.match(notCard.stderr, /not a card/);
});

function simulate(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('server', 'src', 'cli', 'main.ts'), 'simulate', ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('simulate sends the object variable bound to a callback value, and names the variables it used', () => {
  const { code, stdout, stderr } = simulate(
    path.join(TEMPLATES, 'alarm.card.json'),
    '--target',
    '/body/elements/3',
  );
  assert.equal(code, 0, stderr);
  const output = JSON.parse(stdout);
  assert.deepEqual(output.request.event.action.value, { action: 'complete_alarm', alarm_id: 42 });
  assert.ok(output.variables.includes('complete_action'), JSON.stringify(output.variables));
});

test('simulate resolves a link variable: a link-only button does not call back and shows the filled URL', () => {
  const { code, stderr } = simulate(path.join(TEMPLATES, 'alarm.card.json'), '--target', '/body/elements/2');
  assert.equal(code, 1);
  assert.match(stderr, /only opens a link \(https:\/\/example\.com\/dash\?pc=1\)/);
});

test('a card without variables simulates exactly as before (no variables key)', () => {
  const { code, stdout, stderr } = simulate(
    path.join('examples', 'alarm.card.json'),
    '--target',
    'done_button',
  );
  assert.equal(code, 0, stderr);
  assert.equal(JSON.parse(stdout).variables, undefined);
});
