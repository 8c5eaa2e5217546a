// `feishu-card lint` on files that must be cards but hold no object: exit 1 with one clear finding.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

function lint(file: string) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('server', 'src', 'cli', 'main.ts'), 'lint', '--format', 'json', file],
    { encoding: 'utf8' },
  );
}

test('lint exits 1 on a *.card.json holding [], text or nothing, and 0 on a callback request', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'card-file-'));
  for (const [name, text] of [
    ['array.card.json', '[]'],
    ['text.card.json', 'hello'],
    ['empty.card.json', ''],
  ]) {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const result = lint(file);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    const [report] = JSON.parse(result.stdout) as { findings: { ruleId: string }[] }[];
    assert.deepEqual(
      report.findings.map((f) => f.ruleId),
      ['card-not-object'],
    );
  }
  const request = path.join(dir, 'request.card.json');
  writeFileSync(
    request,
    '{"action": {"tag": "button", "value": {"a": 1}}, "context": {"open_message_id": "om"}}',
  );
  assert.equal(lint(request).status, 0);
});
