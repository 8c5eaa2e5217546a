// One lint config for the whole repo: recommended JS + TypeScript rules, plus the borders between the parts of
// the product (ARCHITECTURE.md): what may import what is checked here, not left to convention.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Bare built-in names (`fs`, `console`) are matched exactly: as patterns they would also catch `./console`.
const nodeBuiltinNames = builtinModules.filter((name) => !name.startsWith('_'));
const nodePatterns = ['node:*', ...nodeBuiltinNames.filter((name) => name.includes('/'))];
const editorAndProtocol = [
  'vscode',
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageserver-*',
];
const editorClient = ['vscode-languageclient', 'vscode-languageclient/*'];

/** A `no-restricted-imports` pattern entry whose message names the border that an import crosses. */
const border = (group, message) => ({ group, message });
/** The same border for exact module names. */
const exactly = (names, message) => names.map((name) => ({ name, message }));

const CORE_MESSAGE =
  'server/src/card is the pure core: no Node built-ins, VS Code or LSP imports. Put host code in server/src/host.';
const FRONT_DOOR_MESSAGE =
  'Import the pure core through its front door (server/src/card/index.ts), not from its inner modules.';
const WEBVIEW_MESSAGE =
  'client/src/webview runs in the browser: no Node built-ins, VS Code, LSP or host code (server/src/host).';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-artifacts/**',
      '.e2e/**',
      '.code-server/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/card/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: exactly(nodeBuiltinNames, CORE_MESSAGE),
          patterns: [
            border([...nodePatterns, ...editorAndProtocol, ...editorClient], CORE_MESSAGE),
            border(
              ['**/host', '**/host/**', '**/lsp/**', '**/cli/**', '**/client/**', '**/server'],
              CORE_MESSAGE,
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: exactly(nodeBuiltinNames, WEBVIEW_MESSAGE),
          patterns: [
            border(
              [...nodePatterns, ...editorAndProtocol, ...editorClient, '**/server/src/host/**'],
              WEBVIEW_MESSAGE,
            ),
            border(['**/server/src/card/**'], FRONT_DOOR_MESSAGE),
          ],
        },
      ],
    },
  },
  {
    files: [
      'server/src/lsp/**/*.ts',
      'server/src/cli/**/*.ts',
      'server/src/host/**/*.ts',
      'server/src/server.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [border(['**/card/**'], FRONT_DOOR_MESSAGE)] }] },
  },
  {
    files: ['client/src/*.ts', 'client/src/preview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [border(['**/server/src/card/**'], FRONT_DOOR_MESSAGE)] },
      ],
    },
  },
);
