// Runs several test files in ONE process with Node's test runner (`node:test` runs in-process when the
// file is not started with `--test`): one process start per mutant instead of one per test file.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

for (const file of process.argv.slice(2)) await import(pathToFileURL(path.resolve(file)).href);
