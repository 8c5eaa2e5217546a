// Extension entry: starts the language server and registers the commands. Everything card-specific
// lives in the server (diagnostics, fixes) and in the preview module.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CODE_CACHE_ENV } from '../../server/src/launch/cacheFolder';
import { DISABLE_RULE_COMMAND, registerRuleCommands } from './ruleCommands';
import { registerPreview } from './preview';
import { registerSampleDataCommand } from './sampleDataCommand';

let client: LanguageClient | undefined;
const JSON_FEATURES = 'vscode.json-language-features';

export function activate(context: vscode.ExtensionContext): void {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server's code cache (server/src/launch/) in this extension's own storage, which VS Code removes with
  // the extension; a folder or `off` the user set in the environment wins.
  const env = {
    ...process.env,
    [CODE_CACHE_ENV]: process.env[CODE_CACHE_ENV] ?? path.join(context.globalStorageUri.fsPath, 'code-cache'),
  };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options: { env } },
    debug: {
      module: serverModule,
      transport: TransportKind.stdio,
      options: { env, execArgv: ['--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'jsonc' },
      { scheme: 'untitled', language: 'json' },
      { scheme: 'untitled', language: 'jsonc' },
    ],
    synchronize: { configurationSection: 'feishuCard' },
    initializationOptions: {
      locale: vscode.env.language,
      // VS Code's built-in JSON support (unless disabled) already reports JSON syntax errors and draws the
      // outline of these files: the server leaves both to it, so each shows once.
      jsonLanguageFeatures: vscode.extensions.getExtension(JSON_FEATURES) !== undefined,
      // Client-side commands the server may put in code actions.
      commands: [DISABLE_RULE_COMMAND],
      // The settings now, so the server analyses the first card with them instead of first asking for
      // them (a round trip through a busy extension host at start-up); it still asks, and re-checks only
      // if the answer differs.
      settings: currentSettings(),
    },
  };
  client = new LanguageClient('feishuCard', 'Feishu Card Language Server', serverOptions, clientOptions);
  registerRuleCommands(context);
  registerPreview(context);
  registerSampleDataCommand(context);
  // Activation does not wait for the server's handshake: commands and the preview are usable at once, and
  // diagnostics follow as soon as the server is up.
  client.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Feishu Card language server failed to start: {0}', String(error)),
    );
  });
}

/** The `feishuCard` section as plain JSON (the configuration object carries methods too). */
function currentSettings(): unknown {
  const json = JSON.stringify(vscode.workspace.getConfiguration('feishuCard')) as string | undefined;
  return json === undefined ? undefined : JSON.parse(json);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
