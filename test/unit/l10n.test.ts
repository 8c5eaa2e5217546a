// Every string the extension shows exists in English and Simplified Chinese: the manifest's %keys%, and
// the client's vscode.l10n.t() messages.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const readJson = (file: string) =>
  JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test('every %key% of package.json has an English and a Chinese text', () => {
  const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 10, 'the manifest uses localized texts');
  const en = readJson('package.nls.json');
  const zh = readJson('package.nls.zh-cn.json');
  for (const key of keys) {
    assert.ok(en[key], `package.nls.json lacks ${key}`);
    assert.ok(zh[key], `package.nls.zh-cn.json lacks ${key}`);
  }
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
});

test('every vscode.l10n.t() message of the client has a Chinese translation', () => {
  const zh = readJson('l10n/bundle.l10n.zh-cn.json');
  const messages = sourceFiles(path.join(ROOT, 'client', 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'([^']+)'/g)].map((m) => m[1]),
  );
  assert.ok(messages.length >= 4, 'the client localizes its messages');
  for (const message of messages) assert.ok(zh[message], `no Chinese text for "${message}"`);
});
