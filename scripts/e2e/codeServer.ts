// Runs the packaged extension in a real VS Code: code-server from .code-server/ (see setup.sh) with a
// throwaway profile — its own user-data, extensions and XDG folders — so nothing is read from or written
// to the user's home. Shared by `npm start`, the editor tests and the benchmarks.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CODE_SERVER_BIN = path.join(ROOT, '.code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = '/usr/bin/chromium';

/** Settings every profile starts with: no welcome page, trust prompt, telemetry, update or gallery calls. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'json.schemaDownload.enable': false,
  'git.enabled': false,
};

export interface Profile {
  dir: string;
  userData: string;
  extensions: string;
  config: string;
  env: NodeJS.ProcessEnv;
}

/** Runs scripts/e2e/setup.sh: installs code-server and the Debian packages when missing, else returns at once. */
export function ensureCodeServer(): void {
  const result = spawnSync('bash', [path.join(ROOT, 'scripts', 'e2e', 'setup.sh')], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(CODE_SERVER_BIN)) {
    throw new Error('code-server is not installed; run `bash scripts/e2e/setup.sh` and read its output');
  }
}

/** Production build + vsce package into `out` (scripts/package.mjs). */
export function packageVsix(out: string): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package.mjs'), '--out', out], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`packaging ${out} failed`);
}

/** Empties `dir` and lays out a fresh profile in it. */
export function freshProfile(dir: string, settings: Record<string, unknown> = {}): Profile {
  rmSync(dir, { recursive: true, force: true });
  const profile: Profile = {
    dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    config: path.join(dir, 'config.yaml'),
    env: {
      ...process.env,
      // code-server writes config.yaml and coder-logs under these even for --version.
      XDG_CONFIG_HOME: path.join(dir, 'xdg', 'config'),
      XDG_DATA_HOME: path.join(dir, 'xdg', 'data'),
      XDG_CACHE_HOME: path.join(dir, 'xdg', 'cache'),
    },
  };
  // --install-extension fails with "Unable to read file …/extensions.json" unless the folder exists.
  for (const folder of [path.join(profile.userData, 'User'), profile.extensions]) {
    mkdirSync(folder, { recursive: true });
  }
  writeFileSync(
    path.join(profile.userData, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2),
  );
  writeFileSync(profile.config, 'auth: none\ncert: false\n');
  return profile;
}

function codeServerArgs(profile: Profile): string[] {
  return [
    '--config',
    profile.config,
    '--user-data-dir',
    profile.userData,
    '--extensions-dir',
    profile.extensions,
  ];
}

export function installVsix(profile: Profile, vsix: string): void {
  const result = spawnSync(CODE_SERVER_BIN, [...codeServerArgs(profile), '--install-extension', vsix], {
    env: profile.env,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !/successfully installed/i.test(result.stdout + result.stderr)) {
    throw new Error(`installing ${vsix} failed:\n${result.stdout}${result.stderr}`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningCodeServer {
  url: string;
  /** The URL that opens `workspace` directly. */
  folderUrl: string;
  port: number;
  process: ChildProcess;
  /** Everything code-server printed so far, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startCodeServer(options: {
  profile: Profile;
  workspace: string;
  port?: number;
  timeoutMs?: number;
}): Promise<RunningCodeServer> {
  const { profile, workspace } = options;
  const port = options.port ?? (await freePort());
  const args = [
    ...codeServerArgs(profile),
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    workspace,
  ];
  // Its own process group, so stop() can end code-server together with its extension host, file watcher
  // and language server, and a Ctrl+C in the terminal is handled by us rather than half-delivered.
  const child = spawn(CODE_SERVER_BIN, args, {
    env: profile.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));

  // Safety net: whatever way our process ends (a crash, process.exit in a test runner), the editor goes too.
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    process.removeListener('exit', onExit);
    stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(killGroup(child, 'SIGKILL'));
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        // Helpers that outlive the main process (a language server mid-shutdown) go too.
        killGroup(child, 'SIGKILL');
        resolve();
      });
      killGroup(child, 'SIGTERM');
    });
    return stopped;
  };

  const timeoutMs = options.timeoutMs ?? 60_000;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`code-server did not start within ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    const check = () => {
      if (/HTTP server listening on/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${log}`));
    });
  });

  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    folderUrl: `${url}?folder=${encodeURIComponent(workspace)}`,
    port,
    process: child,
    output: () => log,
    stop,
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}
