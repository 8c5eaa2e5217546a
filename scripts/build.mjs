// Bundles the three entry points with esbuild: client (VS Code extension host), language server, CLI;
// plus the preview's browser bundle and its chart bundle.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};
// Some dependencies ship ESM that reads import.meta.url; our Node bundles are CommonJS, so provide it.
const nodeCommon = {
  ...common,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // jsonc-parser's UMD build hides its requires from bundlers; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// The card schemas' validators, generated as standalone code by scripts/gen-validators.ts (run just before this
// script in `npm run build`), take the place of the empty placeholder module, so no bundle compiles a schema.
const generatedValidators = fileURLToPath(new URL('../dist/generated/cardValidators.mjs', import.meta.url));
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(build) {
    build.onLoad({ filter: /[\\/]lint[\\/]precompiledValidators\.ts$/ }, () => {
      if (!existsSync(generatedValidators))
        throw new Error(`${generatedValidators} is missing: run \`tsx scripts/gen-validators.ts\` first`);
      return {
        contents: `export { precompiledValidators } from ${JSON.stringify(generatedValidators)};`,
        loader: 'js',
      };
    });
    // ajv's compiler is only needed where no generated validator exists (run from source): left out of the
    // bundles with it, the catalog-to-schema step and ajv itself (the generated code needs no ajv runtime).
    build.onLoad({ filter: /[\\/]lint[\\/]compileValidator\.ts$/ }, () => ({
      contents:
        'export function compileValidator(version) { throw new Error(`feishu-card: no generated validator for ${version}`); }',
      loader: 'js',
    }));
  },
};
nodeCommon.plugins = [precompiledValidators];

const builds = [
  {
    ...nodeCommon,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  },
  // The preview panel, loaded by the extension when a preview is first opened (client/src/preview/index.ts).
  {
    ...nodeCommon,
    entryPoints: ['client/src/preview/panel.ts'],
    outfile: 'dist/previewPanel.js',
    external: ['vscode'],
  },
  // The server and the CLI each as a bundle and a small launcher that runs it through V8's code cache
  // (server/src/launch/): dist/server.js and dist/cli.js are what editors and `feishu-card` start.
  { ...nodeCommon, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js' },
  { ...nodeCommon, entryPoints: ['server/src/launch/server.ts'], outfile: 'dist/server.js' },
  { ...nodeCommon, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js' },
  {
    ...nodeCommon,
    entryPoints: ['server/src/launch/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node\n' + nodeCommon.banner.js },
  },
];
if (existsSync('client/src/webview/main.ts')) {
  builds.push({
    ...common,
    entryPoints: ['client/src/webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome110',
    // jsonc-parser's UMD build hides its requires from bundlers; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
  });
  // The chart bundle (VChart), loaded by the page only when a card has a chart.
  builds.push({
    ...common,
    entryPoints: ['client/src/webview/chart/bundle.ts'],
    outfile: 'dist/webview-chart.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome110',
  });
}
await Promise.all(builds.map((options) => esbuild.build(options)));
