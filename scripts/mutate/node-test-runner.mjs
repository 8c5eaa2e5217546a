// A StrykerJS test runner for Node's built-in test runner: each mutant runs in a fresh process over the
// test files of ITS source file (tests-for.mjs) that reached it in the dry run. Fresh processes make
// module-level mutants safe; coverage from the dry run marks mutants their own tests never reach. The
// processes run plain-JS bundles of the tests (bundles.mjs), not tsx; MUTATE_TSX=1 goes back to tsx.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { commonTokens, declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';
import { DryRunStatus, MutantRunStatus, TestStatus } from '@stryker-mutator/api/test-runner';
import { Bundles } from './bundles.mjs';
import { testsFor } from './tests-for.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Runs test files in one process (bundled JS as they are, TypeScript through tsx); resolves with the exit
 * code, the TAP output and whether it timed out. MUTATE_BAIL in `env`: bundled tests stop at the first
 * failure (bail-test.mjs).
 */
function runTests(files, env, timeout) {
  return new Promise((resolve) => {
    const tsx = files.some((f) => f.endsWith('.ts')) ? ['--import', 'tsx'] : [];
    const child = spawn(
      process.execPath,
      [
        '--import',
        path.join(here, 'hook.mjs'),
        ...tsx,
        '--test-reporter=tap',
        path.join(here, 'run-files.mjs'),
        ...files,
      ],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

/** The first failing test's name and error, from TAP. */
function failure(output) {
  const name = /^\s*not ok \d+ - (.*)$/m.exec(output)?.[1];
  const error = /^\s*error: (.*)$/m.exec(output)?.[1];
  if (name) return `${name}${error ? `: ${error}` : ''}`;
  return output.trim().split('\n').slice(-5).join('\n') || 'test process failed';
}

class NodeTestRunner {
  static inject = [commonTokens.logger];
  constructor(logger) {
    this.logger = logger;
    this.root = process.cwd();
    this.scratch = mkdtempSync(path.join(tmpdir(), 'mutate-'));
    this.bundles = process.env.MUTATE_TSX ? undefined : new Bundles(this.root, (line) => logger.info(line));
  }

  /**
   * What to start for `tests` (repo-relative): their bundles, or the files themselves when not bundling.
   * `own` is the whole set they belong to (one build per set); `source` the mutated file, if any.
   */
  async runnable(tests, own, source) {
    if (!this.bundles) return tests;
    const precompiledValidators = source !== undefined && (await this.bundles.canPrecompile(source));
    const check = async (files) => (await runTests(files, { MUTATE_BAIL: '1' }, 60000)).code === 0;
    const out = await this.bundles.bundle(own, {
      precompiledValidators,
      check: source !== undefined && check,
    });
    return out ? tests.map((t) => out.get(t)) : tests;
  }

  capabilities() {
    return { reloadEnvironment: true };
  }

  relative(file) {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  /** Which instrumented source file each mutant id lives in. */
  mutantFiles(files) {
    const owner = new Map();
    for (const file of files) {
      const text = readFileSync(path.join(this.root, file), 'utf8');
      for (const [, id] of text.matchAll(/stryMutAct_9fa48\("(\d+)"\)/g)) owner.set(id, file);
    }
    return owner;
  }

  async dryRun(options) {
    const sources = (options.files ?? []).map((f) => this.relative(f));
    const owner = this.mutantFiles(sources);
    const testsOf = new Map(sources.map((s) => [s, new Set(testsFor(s, this.root))]));
    const testFiles = [...new Set([...testsOf.values()].flatMap((set) => [...set]))].sort();
    const tests = [];
    const perTest = {};
    // The dry run compiles the schema at run time, so coverage includes what the generated validators skip.
    const bundled = await this.runnable(testFiles, testFiles);
    for (const test of testFiles) {
      const coverageFile = path.join(this.scratch, 'coverage.json');
      const started = Date.now();
      const env = { MUTATE_COVERAGE_FILE: coverageFile };
      let run = await runTests([bundled[testFiles.indexOf(test)]], env, options.timeout);
      // A bundle can fail where the source does not (a package whose ESM interop differs from tsx's, a
      // directory import); the mutant runs then fall back to tsx for that set (bundles.mjs), so judge the
      // test file through tsx here too before calling it broken.
      if (run.code !== 0 && !run.timedOut && bundled[testFiles.indexOf(test)] !== test) {
        this.logger.info(`${test} fails as a bundle, running it through tsx`);
        run = await runTests([test], env, options.timeout);
      }
      if (run.timedOut) return { status: DryRunStatus.Timeout, reason: test };
      if (run.code !== 0)
        return { status: DryRunStatus.Error, errorMessage: `${test} fails without mutants:\n${run.output}` };
      tests.push({
        id: test,
        name: test,
        fileName: test,
        status: TestStatus.Success,
        timeSpentMs: Date.now() - started,
      });
      const hits = JSON.parse(readFileSync(coverageFile, 'utf8'));
      rmSync(coverageFile);
      // A test file counts only for the mutants of the source files it is listed for.
      perTest[test] = Object.fromEntries(
        Object.entries(hits).filter(([id]) => owner.has(id) && testsOf.get(owner.get(id))?.has(test)),
      );
    }
    this.logger.info(`dry run: ${testFiles.length} test file(s) for ${sources.length} source file(s)`);
    return { status: DryRunStatus.Complete, tests, mutantCoverage: { static: {}, perTest } };
  }

  async mutantRun(options) {
    const source = this.relative(options.sandboxFileName);
    const own = testsFor(source, this.root);
    const files = options.testFilter ? own.filter((t) => options.testFilter.includes(t)) : own;
    const runnable = await this.runnable(files, own, source);
    const env = { __STRYKER_ACTIVE_MUTANT__: options.activeMutant.id, MUTATE_BAIL: '1' };
    if (options.hitLimit !== undefined) env.MUTATE_HIT_LIMIT = String(options.hitLimit);
    const started = Date.now();
    const run = await runTests(runnable, env, options.timeout);
    const duration = Date.now() - started;
    if (run.timedOut || run.output.includes('Hit count limit reached'))
      return { status: MutantRunStatus.Timeout, duration };
    if (run.code === 0) return { status: MutantRunStatus.Survived, nrOfTests: files.length, duration };
    const culprit = runnable.findIndex((f) => run.output.includes(f));
    const killedBy = [files[Math.max(culprit, 0)]];
    return {
      status: MutantRunStatus.Killed,
      killedBy,
      failureMessage: failure(run.output),
      nrOfTests: files.length,
      duration,
    };
  }

  async dispose() {
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, 'node-test', NodeTestRunner)];
