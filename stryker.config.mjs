// StrykerJS configuration for `npm run mutate` (scripts/mutate.mjs picks the files; this is the rest).
// Each mutant runs against the tests of its own source file (scripts/mutate/tests-for.mjs) through a small
// runner for Node's test runner (scripts/mutate/node-test-runner.mjs). Mutants that cannot be killed are
// marked in the source with a `// Stryker disable next-line <mutator>: <why>` comment, never dropped here.
export default {
  plugins: ['./scripts/mutate/node-test-runner.mjs'],
  testRunner: 'node-test',
  coverageAnalysis: 'perTest',
  // Two shared cores: one or two test processes at a time (`npm run mutate -- --concurrency 1`).
  concurrency: 2,
  // server/src/card/index.ts (the front door) only re-exports: Stryker finds no mutant in it, so it adds
  // nothing to the score; it stays in the glob so a statement added there would be measured.
  mutate: ['server/src/card/**/*.ts'],
  // bench/ stays in the sandbox: tests import its card generators (bench/cards.ts) and the code-map test
  // checks that every folder ARCHITECTURE.md names exists.
  ignorePatterns: ['/dist', '/test-artifacts', '/.e2e', '/.code-server', '/scratch', '*.vsix'],
  tempDirName: 'test-artifacts/.stryker-tmp',
  cleanTempDir: true,
  timeoutMS: 10000,
  // The dry run starts one process per test file (fixes.ts has 68); on the shared machine that can pass
  // Stryker's default of 5 minutes.
  dryRunTimeoutMinutes: 30,
  reporters: ['html', 'json', 'progress'],
  htmlReporter: { fileName: 'test-artifacts/mutation/index.html' },
  jsonReporter: { fileName: 'test-artifacts/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
};
