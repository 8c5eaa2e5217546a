// `npm start`: production build, feishu-card-tools.vsix, and a real VS Code (code-server) in the browser
// with the extension installed from that .vsix and examples/ open. Ctrl+C stops everything it started.
//
//   npm start                 # http://127.0.0.1:8080/ (or a free port when 8080 is taken)
//   PORT=9000 npm start
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import {
  ROOT,
  ensureCodeServer,
  freePort,
  freshProfile,
  installVsix,
  packageVsix,
  startCodeServer,
} from './e2e/codeServer';

async function portToUse(): Promise<number> {
  const wanted = Number(process.env.PORT ?? 8080);
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(wanted, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  return free ? wanted : freePort();
}

async function main(): Promise<void> {
  // The development build too, so `npx feishu-card` and `node dist/server.js` work alongside.
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  // The command line first: what `feishu-card lint` says about the example cards (they are clean).
  console.log('\n$ npx feishu-card lint "examples/*.json"');
  spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'lint', 'examples/*.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  ensureCodeServer();
  const vsix = path.join(ROOT, 'feishu-card-tools.vsix');
  packageVsix(vsix);

  // A fresh profile each time: the editor always runs exactly the .vsix that was just built.
  const profile = freshProfile(path.join(ROOT, '.e2e', 'start'));
  installVsix(profile, vsix);
  const workspace = path.join(ROOT, 'examples');
  const server = await startCodeServer({ profile, workspace, port: await portToUse() });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server …');
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));
  process.on('SIGHUP', () => void shutdown(129));
  server.process.once('exit', (code) => {
    if (stopping) return;
    console.error(`code-server exited (${code}):\n${server.output().slice(-4000)}`);
    void shutdown(code ?? 1);
  });

  console.log(`
  Feishu / Lark card tools are running in VS Code (code-server ${codeServerVersion()}):

      ${server.folderUrl}

  Workspace: ${path.relative(process.cwd(), workspace) || '.'} · profile: ${path.relative(ROOT, profile.dir)}/
  Press Ctrl+C to stop.
`);
}

function codeServerVersion(): string {
  const manifest = path.join(ROOT, '.code-server', 'node_modules', 'code-server', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
