// The borders between the parts of the product are enforced by the project's lint, not by convention:
// a file placed in the pure core that imports Node, VS Code or LSP fails, and so does a webview or host file
// that reaches past the core's front door. Runs the repo's own ESLint config on probe sources.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('the pure core may not import Node built-ins, VS Code or the LSP libraries', async () => {
  const probe = 'server/src/card/probe.ts';
  for (const module of [
    'node:fs',
    'fs',
    'path',
    'vscode',
    'vscode-languageserver',
    'vscode-languageserver/node',
  ]) {
    const messages = await restrictedImports(probe, `import * as m from '${module}';\nexport const x = m;\n`);
    assert.equal(messages.length, 1, module);
    assert.match(messages[0], /server\/src\/card is the pure core/, module);
  }
  const host = await restrictedImports(
    probe,
    "import { sendCallback } from '../host/send';\nexport const x = sendCallback;\n",
  );
  assert.equal(host.length, 1, 'the core may not import host code');
});

test('a module of the core named like a built-in is still allowed', async () => {
  const messages = await restrictedImports(
    'server/src/card/lint/probe.ts',
    "import { lintCard } from './engine';\nimport * as c from './console';\nexport const x = [lintCard, c];\n",
  );
  assert.deepEqual(messages, []);
});

test('the webview and the host sides import the core only through its front door', async () => {
  const deep = await restrictedImports(
    'client/src/webview/probe.ts',
    "import { parseCard } from '../../../server/src/card/parse/parse';\nexport const x = parseCard;\n",
  );
  assert.equal(deep.length, 1);
  assert.match(deep[0], /front door/);
  const front = await restrictedImports(
    'client/src/webview/probe.ts',
    "import { parseCard } from '../../../server/src/card';\nexport const x = parseCard;\n",
  );
  assert.deepEqual(front, []);
  const lsp = await restrictedImports(
    'server/src/lsp/probe.ts',
    "import { lintCard } from '../card/lint/engine';\nexport const x = lintCard;\n",
  );
  assert.equal(lsp.length, 1);
});

test('the webview may not import Node or host code', async () => {
  for (const code of [
    "import * as fs from 'node:fs';\nexport const x = fs;\n",
    "import { sendCallback } from '../../../server/src/host/send';\nexport const x = sendCallback;\n",
  ]) {
    const messages = await restrictedImports('client/src/webview/probe.ts', code);
    assert.equal(messages.length, 1, code);
    assert.match(messages[0], /runs in the browser/);
  }
});
