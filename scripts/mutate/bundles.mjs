// Plain-JS bundles of test files for the mutation runner: a mutant's process then starts on `node` alone
// instead of tsx compiling the whole module graph again (the instrumented sources hold every mutant, the one
// that runs is picked at run time), and, unless the mutated file feeds the card schema, the schema validator
// is the standalone code generated from the sandbox's own (unmutated) catalog instead of an ajv compile.
// Both were most of each mutant's CPU time. Bundles live in the sandbox, so packages resolve from its
// node_modules; one directory per runner process, one esbuild build per set of test files.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Replaces `import.meta.url` and `__dirname` by the file's own URL and folder: a bundle runs from another folder,
 * and tests that read files next to them (examples/, fixtures, package.json) must still find them.
 */
const keepFileUrls = {
  name: 'keep-file-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url') && !text.includes('__dirname')) return undefined;
      return {
        contents: text
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
          .replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path))),
        loader: 'ts',
      };
    });
  },
};

/** Puts the generated validators in place of the empty placeholder module, as scripts/build.mjs does. */
function precompiled(file) {
  return {
    name: 'precompiled-validators',
    setup(b) {
      b.onLoad({ filter: /[\\/]lint[\\/]precompiledValidators\.ts$/ }, () => ({
        contents: `export { precompiledValidators } from ${JSON.stringify(file)};`,
        loader: 'ts',
      }));
    },
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'silent',
  plugins: [keepFileUrls],
};

export class Bundles {
  /** @param root the sandbox; @param log a function for one info line */
  constructor(root, log) {
    this.root = root;
    this.dir = path.join(root, '.mutate-bundles', String(process.pid));
    this.log = log;
    this.builds = new Map();
    this.schemaInputs = undefined;
    this.validators = undefined;
  }

  /** Repo-relative source files the generated schema validators depend on (scripts/gen-validators.ts's graph). */
  async schemaSources() {
    if (!this.schemaInputs) {
      const result = await build({
        ...common,
        entryPoints: [path.join(this.root, 'scripts/gen-validators.ts')],
        write: false,
        outfile: path.join(this.dir, 'gen.mjs'),
        metafile: true,
      });
      this.schemaInputs = new Set(
        Object.keys(result.metafile.inputs).map((f) => f.split(path.sep).join('/')),
      );
    }
    return this.schemaInputs;
  }

  /** Whether a mutant of `source` can run against the pre-generated validators (it cannot change them). */
  async canPrecompile(source) {
    const inputs = await this.schemaSources();
    return !inputs.has(path.relative(process.cwd(), path.join(this.root, source)).split(path.sep).join('/'));
  }

  /** The sandbox's validators as standalone code, generated once with no mutant active; undefined on failure. */
  async validatorsFile() {
    this.validators ??= this.generateValidators().catch((error) => {
      this.log(`generating the schema validators failed, compiling them at run time: ${error.message}`);
      return undefined;
    });
    return this.validators;
  }

  async generateValidators() {
    mkdirSync(this.dir, { recursive: true });
    // CommonJS, so that ajv's extensionless deep imports (ajv/dist/standalone) resolve.
    const gen = path.join(this.dir, 'gen-validators.cjs');
    await build({
      ...common,
      format: 'cjs',
      stdin: {
        contents: `import { validatorsSource } from './scripts/gen-validators.ts';\nprocess.stdout.write(validatorsSource());\n`,
        resolveDir: this.root,
        sourcefile: 'gen-entry.ts',
        loader: 'ts',
      },
      outfile: gen,
    });
    const env = { ...process.env };
    delete env.__STRYKER_ACTIVE_MUTANT__;
    const run = spawnSync(process.execPath, [gen], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(run.stderr);
    const file = path.join(this.dir, 'cardValidators.mjs');
    writeFileSync(file, run.stdout);
    return file;
  }

  /**
   * The bundle of each of the repo-relative `tests` (a map to absolute paths), built once per set; shared
   * code goes into chunks, so any subset runs in one process over one copy of the core. `check` runs a fresh
   * build once with no mutant active and resolves false when it fails; then (or when esbuild cannot bundle
   * the set) the result is undefined and the caller runs the sources through tsx.
   */
  async bundle(tests, { precompiledValidators, check }) {
    const key = createHash('sha1')
      .update(JSON.stringify([[...tests].sort(), precompiledValidators]))
      .digest('hex')
      .slice(0, 12);
    if (!this.builds.has(key))
      this.builds.set(
        key,
        this.build(tests, key, precompiledValidators).then(async (out) => {
          if (out && check && !(await check([...out.values()]))) {
            this.log(`bundle of ${tests.join(' ')} fails without a mutant, running them through tsx`);
            return undefined;
          }
          return out;
        }),
      );
    return this.builds.get(key);
  }

  async build(tests, key, precompiledValidators) {
    const outdir = path.join(this.dir, key);
    const plugins = [...common.plugins];
    const validators = precompiledValidators && (await this.validatorsFile());
    if (validators) plugins.unshift(precompiled(validators));
    const started = Date.now();
    try {
      await build({
        ...common,
        plugins,
        entryPoints: tests.map((t) => path.join(this.root, t)),
        outbase: this.root,
        outdir,
        splitting: true,
        alias: { 'node:test': path.join(here, 'bail-test.mjs') },
        outExtension: { '.js': '.mjs' },
        chunkNames: 'chunks/[name]-[hash]',
      });
    } catch (error) {
      this.log(`bundling ${tests.join(' ')} failed, running them through tsx: ${error.message}`);
      return undefined;
    }
    const out = new Map(tests.map((t) => [t, path.join(outdir, t.replace(/\.[cm]?ts$/, '.mjs'))]));
    for (const file of out.values()) if (!existsSync(file)) throw new Error(`esbuild did not write ${file}`);
    this.log(
      `bundled ${tests.length} test file(s)${validators ? ' with generated validators' : ''} in ${Date.now() - started} ms`,
    );
    return out;
  }
}
