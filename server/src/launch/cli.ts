// dist/cli.js, what `feishu-card` runs: the CLI's bundle (dist/cli-main.js, built from server/src/cli/main.ts)
// through the code cache, written when the process exits, after the command has run.
import * as path from 'node:path';
import { codeCacheFolder, codeCacheLog } from './cacheFolder';
import { runWithCodeCache } from './codeCache';

runWithCodeCache(path.join(__dirname, 'cli-main.js'), {
  folder: codeCacheFolder(),
  saveAfter: 'exit',
  log: codeCacheLog(),
});
