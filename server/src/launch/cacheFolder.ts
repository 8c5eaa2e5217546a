// Where the code cache (codeCache.ts) of a process lives. FEISHU_CARD_CODE_CACHE names the folder, or is `off`
// for none; the VS Code extension sets it to a folder in its own global storage, which VS Code removes with
// the extension. Otherwise the user's cache folder (~/.cache/feishu-card-tools on Linux,
// ~/Library/Caches/feishu-card-tools on macOS, %LOCALAPPDATA%\feishu-card-tools\Cache on Windows).
import envPaths from 'env-paths';

export const CODE_CACHE_ENV = 'FEISHU_CARD_CODE_CACHE';
/** Set to anything: each start reports on stderr what became of the cache (tests and support use it). */
export const CODE_CACHE_LOG_ENV = 'FEISHU_CARD_CODE_CACHE_LOG';

export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env[CODE_CACHE_ENV];
  if (setting === 'off') return undefined;
  if (setting) return setting;
  try {
    return envPaths('feishu-card-tools', { suffix: '' }).cache;
  } catch {
    return undefined;
  }
}

export function codeCacheLog(env: NodeJS.ProcessEnv = process.env): ((message: string) => void) | undefined {
  return env[CODE_CACHE_LOG_ENV] ? (message) => process.stderr.write(`feishu-card: ${message}\n`) : undefined;
}
