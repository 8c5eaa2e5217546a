// Runs one of our bundles (dist/server-main.js, dist/cli-main.js) through V8's code cache, so that a
// process that starts often — the language server in every new editor window, `feishu-card lint` in a
// pre-commit hook — does not compile the same 1.4 MB of JavaScript each time. Measured on the server
// (spawn → first diagnostics of a typical card, 2 shared cores): compiling the bundle was about 40 ms of
// 175 ms, and compiling the functions the first analysis runs about 10 ms more.
//
// Why not a library: v8-compile-cache keeps only what V8 compiles up front (the first, eager pass), so it
// recovers about half of that; the cache here is taken after the first run, with the functions that run
// compiled into it. Node 22's module.enableCompileCache is the same idea built in, but Node 20, which
// VS Code 1.100's extension host and our CI run, does not have it.
//
// The cache is V8's own serialised code (vm.Script `cachedData`) in a per-user folder. Its file name holds a
// hash of the bundle and of the Node build, so a new version or another Node never reads a stale cache, and
// V8 rejects data that does not fit its version and flags (the bundle is then compiled as usual and the
// cache written again). Any failure — no folder, a read-only disk, a corrupt file — only means that this
// start compiles as it would without a cache.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

export interface CodeCacheOptions {
  /** Where the cache files live; undefined: no cache, the bundle is compiled as usual. */
  folder: string | undefined;
  /**
   * When to write a new cache: at process exit (the CLI), or this many milliseconds after start (the server,
   * which may be killed rather than exit: after its first analyses, so their functions are in the cache).
   */
  saveAfter: 'exit' | number;
  /** Reports what happened with the cache (FEISHU_CARD_CODE_CACHE_LOG), for tests and support. */
  log?: (message: string) => void;
}

/** What became of the cache on this start (logged). */
type CacheState = 'used' | 'rejected' | 'missing' | 'off';

/** Loads and runs `bundle` (a CommonJS file of ours that needs no exports) with the cache in `folder`. */
export function runWithCodeCache(bundle: string, options: CodeCacheOptions): void {
  const bytes = fs.readFileSync(bundle);
  const folder = options.folder !== undefined && usableFolder(options.folder) ? options.folder : undefined;
  const file = folder === undefined ? undefined : path.join(folder, cacheFileName(bundle, bytes));
  const cachedData = file === undefined ? undefined : readOrUndefined(file);
  const script = new vm.Script(wrapCommonJs(bytes.toString('utf8')), { filename: bundle, cachedData });
  const state: CacheState =
    file === undefined
      ? 'off'
      : cachedData === undefined
        ? 'missing'
        : script.cachedDataRejected
          ? 'rejected'
          : 'used';
  options.log?.(`code cache ${state}${file ? `: ${file}` : ''}`);
  if (file !== undefined && state !== 'used') {
    // Runs in an exit handler for the CLI: nothing in it may throw, or the command's exit code would be lost.
    const save = () => {
      let written = false;
      try {
        written = writeCache(file, script.createCachedData());
      } catch {
        // No cache this time; the next start compiles again.
      }
      options.log?.(written ? `code cache written: ${file}` : `code cache not written: ${file}`);
    };
    if (options.saveAfter === 'exit') process.once('exit', save);
    else setTimeout(save, options.saveAfter).unref();
  }
  const run = script.runInThisContext() as CommonJsWrapper;
  // The bundle's `require` resolves from its own folder, as if Node had loaded it (ws's optional addons).
  const bundleModule = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const bundleRequire = createRequire(bundle);
  run.call(
    bundleModule.exports,
    bundleModule.exports,
    bundleRequire,
    bundleModule,
    bundle,
    path.dirname(bundle),
  );
}

type CommonJsWrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: unknown,
  filename: string,
  dirname: string,
) => void;

/** The function Node compiles a CommonJS file to, the source on the wrapper's first line so lines stay true. */
function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

/** `<bundle>-<hash of the bundle and of this Node>.v8cache`: a new version or another Node reads no stale file. */
function cacheFileName(bundle: string, bytes: Buffer): string {
  // The file's bytes, as read: hashing them needs no second encoding of the text.
  const hash = createHash('sha256')
    .update(bytes)
    .update(`\0${process.version}\0${process.arch}\0${process.versions.v8}`)
    .digest('hex')
    .slice(0, 20);
  return `${path.basename(bundle, '.js')}-${hash}.v8cache`;
}

/**
 * The folder exists or can be made, and only this user can write to it: code read from a folder another
 * user can write to would run as this one (on Windows the per-user folders are private already).
 */
function usableFolder(folder: string): boolean {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stat = fs.statSync(folder);
    if (!stat.isDirectory()) return false;
    if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
    return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache through a temporary file and a rename, so a process starting meanwhile reads the old file
 * or the new one, never half of one; then removes this bundle's caches of other versions.
 */
function writeCache(file: string, data: Buffer): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, data, { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
    return false;
  }
  const folder = path.dirname(file);
  const prefix = path.basename(file).replace(/-[0-9a-f]+\.v8cache$/, '-');
  try {
    for (const entry of fs.readdirSync(folder))
      if (entry.startsWith(prefix) && entry.endsWith('.v8cache') && entry !== path.basename(file))
        fs.rmSync(path.join(folder, entry), { force: true });
  } catch {
    // Old caches left behind cost disk space only.
  }
  return true;
}
