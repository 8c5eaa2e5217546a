// What package.json promises VS Code about the preview keybinding and the sample-data command: it binds only
// where a card has the focus, so markdown's own Ctrl+Shift+V (when editorLangId == markdown) never collides.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    keybindings?: { command: string; key: string; mac?: string; when?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
  };
}
const manifest = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'),
) as Manifest;

test('Ctrl+Shift+V / Cmd+Shift+V opens the preview, only when a card editor has the focus', () => {
  const binding = manifest.contributes.keybindings?.find((k) => k.command === 'feishuCard.openPreview');
  assert.ok(binding, 'no keybinding for feishuCard.openPreview');
  assert.equal(binding.key, 'ctrl+shift+v');
  assert.equal(binding.mac, 'cmd+shift+v');
  // The context key is set only for card documents, which are JSON: never true in a markdown editor.
  assert.match(binding.when ?? '', /\bfeishuCard\.isCardDocument\b/);
  assert.match(binding.when ?? '', /\beditorTextFocus\b/);
});

test('the sample-data command is contributed and offered on cards', () => {
  assert.ok(manifest.contributes.commands.some((c) => c.command === 'feishuCard.createSampleData'));
  const palette = manifest.contributes.menus.commandPalette.find(
    (m) => m.command === 'feishuCard.createSampleData',
  );
  assert.equal(palette?.when, 'feishuCard.isCardDocument');
});
