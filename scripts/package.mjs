// `npm run package`: a production build packaged as feishu-card-tools.vsix with @vscode/vsce, offline.
// The build runs in a throwaway stage folder (sources linked in, dist/ its own), so packaging never
// rewrites the dist/ that a running test suite or a watching developer is using.
//
//   node scripts/package.mjs [--out <file.vsix>]
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// VChart (the chart bundle) is about half of it.
const LIMIT = 2 * 1024 * 1024;

const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(ROOT, 'feishu-card-tools.vsix'));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status})`);
  }
  return result.stdout;
}

mkdirSync(path.join(ROOT, '.e2e'), { recursive: true });
const stage = mkdtempSync(path.join(ROOT, '.e2e', 'package-'));
try {
  // Only what the build reads is linked; the links are removed again before vsce looks at the folder.
  const linked = ['client', 'server', 'schemas', 'node_modules', 'scripts'];
  for (const name of linked) symlinkSync(path.join(ROOT, name), path.join(stage, name));
  run(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--production'], stage);
  for (const name of linked) rmSync(path.join(stage, name));

  const shipped = readdirSync(ROOT).filter(
    (name) =>
      /^(package\.json|package\.nls(\..+)?\.json|README\.md|CHANGELOG\.md|LICENSE(\..+)?|\.vscodeignore)$/.test(
        name,
      ) ||
      (name === 'schemas' && statSync(path.join(ROOT, name)).isDirectory()),
  );
  for (const name of shipped) {
    const from = path.join(ROOT, name);
    if (statSync(from).isDirectory()) {
      mkdirSync(path.join(stage, name));
      for (const file of readdirSync(from).filter((f) => f.endsWith('.json'))) {
        copyFileSync(path.join(from, file), path.join(stage, name, file));
      }
    } else {
      copyFileSync(from, path.join(stage, name));
    }
  }
  for (const extra of ['l10n']) {
    if (existsSync(path.join(ROOT, extra))) {
      mkdirSync(path.join(stage, extra));
      for (const file of readdirSync(path.join(ROOT, extra))) {
        copyFileSync(path.join(ROOT, extra, file), path.join(stage, extra, file));
      }
    }
  }

  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const hasLicense = shipped.some((name) => name.startsWith('LICENSE'));
  const args = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out];
  // Without a LICENSE file vsce stops to ask a question; the license is declared in package.json.
  if (!hasLicense) args.push('--skip-license');
  run(process.execPath, [vsce, ...args], stage);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

const size = statSync(out).size;
const kb = (size / 1024).toFixed(1);
const shown = path.relative(process.cwd(), out);
console.log(`packaged ${shown.startsWith('..') ? out : shown} (${kb} KB, limit 2048 KB)`);
if (size > LIMIT) {
  console.error(`the .vsix is larger than 2 MB: check .vscodeignore`);
  process.exit(1);
}
