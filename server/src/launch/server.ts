// dist/server.js, what editors start: runs the language server's bundle (dist/server-main.js, built from
// server/src/server.ts) through the code cache. The cache is written a few seconds after start, once the
// first documents are analysed: an editor may kill its server rather than let it exit.
import * as path from 'node:path';
import { codeCacheFolder, codeCacheLog } from './cacheFolder';
import { runWithCodeCache } from './codeCache';

runWithCodeCache(path.join(__dirname, 'server-main.js'), {
  folder: codeCacheFolder(),
  saveAfter: 3000,
  log: codeCacheLog(),
});
