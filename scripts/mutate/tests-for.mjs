// Which test files a source file of the pure core is mutated against: its own tests, not the whole suite
// (a mutant is judged by the tests that claim that behaviour, and the machine is shared). Used by the
// mutation runner (node-test-runner.mjs) in Stryker's sandbox and by `npm run mutate` to list the files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const RULE_TESTS = 'test/unit/rules/*.test.ts';
const METADATA_TEST = 'test/unit/rules/rule-metadata.test.ts';
/**
 * Stands for the tests of the rule modules that import the source file, directly or through the rule helpers
 * (rules/utils/), and the unit tests importing it: a helper's mutant can only show in the rules built on it.
 */
const RULES_USING = Symbol('rules using the source');

/**
 * Hand-picked test sets, first match wins; anything else: its rule test, else the unit tests importing it.
 * A row's files run in the row's order, so the focused tests come before slow sweeps: a mutant run stops
 * at its first failing test, and most mutants then never reach the sweep.
 */
const TABLE = [
  [/^server\/src\/card\/lint\/fixes\.ts$/, [RULE_TESTS, 'test/unit/fixes.test.ts']],
  // The engine as a whole: its steps and card detection first, then every rule through lintText.
  [
    /^server\/src\/card\/lint\/engine\.ts$/,
    [
      'test/unit/lint-steps.test.ts',
      'test/unit/card-detection.test.ts',
      'test/unit/validate.test.ts',
      RULE_TESTS,
    ],
  ],
  // The walk's own tests (which nodes reach which visitor) before the rules that ride on it.
  [
    /^server\/src\/card\/lint\/walk\.ts$/,
    ['test/unit/lint-walk.test.ts', 'test/unit/lint-steps.test.ts', RULE_TESTS],
  ],
  // Schema issues and the rule helpers: the tests of the rules that read them (RULES_USING, below).
  [/^server\/src\/card\/lint\/validate\.ts$/, ['test/unit/validate.test.ts', RULES_USING]],
  // The validator as the rules see it (through validate.ts), and the generated code that must agree with it.
  [
    /^server\/src\/card\/lint\/(schemaValidator|compileValidator)\.ts$/,
    [RULE_TESTS, 'test/unit/validate.test.ts', 'test/unit/precompiled-validators.test.ts'],
  ],
  [/^server\/src\/card\/lint\/rules\/index\.ts$/, [RULE_TESTS]],
  [/^server\/src\/card\/lint\/rules\/utils\//, [RULES_USING, 'test/unit/rules/fix-quality.test.ts']],
  [/^server\/src\/card\/interaction\//, ['test/unit/interaction/*.test.ts']],
  // Template variables: the variable rules and the template tests speak for them (the rules' tests reach
  // variables.ts and isTemplate.ts only through lintText, so importers alone would miss them).
  [
    /^server\/src\/card\/template\//,
    ['test/unit/variables.test.ts', 'test/unit/template/*.test.ts', 'test/unit/rules/variable-*.test.ts'],
  ],
  [
    /^server\/src\/card\/migrate\//,
    ['test/unit/migrate/toV2.test.ts', 'test/unit/migrate/i18n.test.ts', 'test/unit/migrate/*-*.test.ts'],
  ],
  // Completion and hover are the readers' users; their tests import the features, not the reader.
  [
    /^server\/src\/card\/catalog\/schemaReader\.ts$/,
    ['test/unit/complete.test.ts', 'test/unit/complete-v1.test.ts', 'test/unit/catalog/*.test.ts'],
  ],
  [/^server\/src\/card\/settings\.ts$/, ['test/unit/settings.test.ts']],
  // The value offsets and the component model have no unit test importing them (parse.ts does): the fuzz test
  // holds the offsets to the tree for every value, key and pair; the parse and locate tests read both
  // through parseCard and lintText. Without these rows they would run against the whole unit suite.
  [
    /^server\/src\/card\/parse\/jsonOffsets\.ts$/,
    ['test/fuzz/jsonOffsets.test.ts', 'test/unit/locate.test.ts', 'test/unit/parse/*.test.ts'],
  ],
  [
    /^server\/src\/card\/parse\/components\.ts$/,
    [
      'test/unit/parse/components.test.ts',
      'test/unit/parse/parseCard.test.ts',
      'test/unit/lint-walk.test.ts',
      'test/unit/lint-without-tree.test.ts',
    ],
  ],
  // compactJsonBytes is held to JSON.stringify by its fuzz test, which no unit test stands in for.
  [
    /^server\/src\/card\/parse\/jsonText\.ts$/,
    [
      'test/unit/parse/jsonText.test.ts',
      'test/unit/rules/card-too-large.test.ts',
      'test/fuzz/compactJsonBytes.test.ts',
    ],
  ],
  // The in-place re-parse after an edit: its unit tests, then the fuzz tests that hold every moved tree to a
  // fresh parse of the new text (offsets, lengths, colons, values), which is where a slip in a move shows.
  [
    /^server\/src\/card\/parse\/(stringEdit|treeEdit)\.ts$/,
    ['test/unit/parse/reparseEdit.test.ts', 'test/fuzz/stringEdit.test.ts', 'test/fuzz/treeEdit.test.ts'],
  ],
  // Card detection is read through parseCard as much as through its own functions.
  [
    /^server\/src\/card\/parse\/detect\.ts$/,
    [
      'test/unit/parse/detect.test.ts',
      'test/unit/card-detection.test.ts',
      'test/unit/parse/guessKind.test.ts',
      'test/unit/parse/parseCard.test.ts',
    ],
  ],
  [/^server\/src\/card\/i18n\.ts$/, ['test/unit/settings.test.ts', METADATA_TEST]],
  // The edit functions' own tests (setAt, formatting, minimal edits); the fix engine's tests reach them only
  // through every rule's fix and cost minutes per mutant on the shared machine.
  [
    /^server\/src\/card\/edit\//,
    ['test/unit/edit/*.test.ts', 'test/unit/editLog.test.ts', 'test/unit/rules/fix-quality.test.ts'],
  ],
  // The answer check is reached through its rules and through the console's interpretAnswer.
  [
    /^server\/src\/card\/callback\/answerCheck\.ts$/,
    [
      'test/unit/callback/*.test.ts',
      'test/unit/rules/callback-answer-*.test.ts',
      'test/unit/interaction/*answer.test.ts',
    ],
  ],
  [
    /^server\/src\/card\/callback\/requestCheck\.ts$/,
    ['test/unit/callback/*.test.ts', 'test/unit/rules/callback-request-*.test.ts'],
  ],
  // Completion, hover and outline are reached through complete()/hover()/documentSymbols(), which most
  // modules here are only imported by; the slowest file last.
  [
    /^server\/src\/card\/features\//,
    [
      'test/unit/features/*.test.ts',
      'test/unit/complete-v1.test.ts',
      'test/unit/location.test.ts',
      'test/unit/complete.test.ts',
    ],
  ],
];

/**
 * Tests that exercise another process (the built CLI in dist/, or a child `node --import tsx`) or the built
 * bundles: no mutant is active there, and the sandbox has no dist/. They could never kill a mutant, only fail
 * the dry run or cost time, so mutation runs leave them to `npm test`.
 */
function runsOutsideThisProcess(test, root) {
  const text = readFileSync(path.join(root, test), 'utf8');
  return /from '\.\.?\/(?:\.\.\/)*support\/cli'|spawnSync\(|readFileSync\(bundle/.test(text);
}

function expand(pattern, root) {
  if (!pattern.includes('*')) return existsSync(path.join(root, pattern)) ? [pattern] : [];
  const dir = path.posix.dirname(pattern);
  const re = new RegExp('^' + path.posix.basename(pattern).replace(/\./g, '\\.').replace(/\*/g, '.*') + '$');
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir))
    .filter((name) => re.test(name))
    .map((name) => `${dir}/${name}`)
    .sort();
}

function walk(dir, root, out = []) {
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) walk(rel, root, out);
    else if (name.endsWith('.test.ts')) out.push(rel);
  }
  return out;
}

let importers;
/** Unit test files that import `source` directly. */
function importersOf(source, root) {
  if (!importers) {
    importers = new Map();
    for (const test of walk('test/unit', root)) {
      const text = readFileSync(path.join(root, test), 'utf8');
      for (const [, spec] of text.matchAll(/from '(\.[^']+)'/g)) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(test), spec));
        for (const candidate of [`${target}.ts`, `${target}/index.ts`]) {
          if (!importers.has(candidate)) importers.set(candidate, new Set());
          importers.get(candidate).add(test);
        }
      }
    }
  }
  return [...(importers.get(source) ?? [])];
}

/** Test files (repo-relative; sorted, or in a table row's order) for a repo-relative source file. */
/** Repo-relative .ts files a source file imports with relative specifiers. */
function importsOf(file, root) {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map(
    ([, spec]) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) + '.ts',
  );
}

/** Tests of the rules that reach `source` (itself or through rules/utils/), then its unit-test importers. */
function rulesUsing(source, root) {
  const RULES = 'server/src/card/lint/rules';
  const helpers = readdirSync(path.join(root, RULES, 'utils')).map((name) => `${RULES}/utils/${name}`);
  const reaching = new Set([source]);
  for (let grown = true; grown;) {
    grown = false;
    for (const helper of helpers) {
      if (reaching.has(helper) || !importsOf(helper, root).some((f) => reaching.has(f))) continue;
      reaching.add(helper);
      grown = true;
    }
  }
  const rules = readdirSync(path.join(root, RULES))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .filter((name) => importsOf(`${RULES}/${name}`, root).some((f) => reaching.has(f)));
  return [
    ...rules.flatMap((name) => expand(`test/unit/rules/${name.replace(/\.ts$/, '')}.test.ts`, root)),
    ...importersOf(source, root).sort(),
  ];
}

export function testsFor(source, root = process.cwd()) {
  const file = source.split(path.sep).join('/');
  let tests;
  const row = TABLE.find(([re]) => re.test(file));
  if (row)
    tests = row[1].flatMap((pattern) =>
      pattern === RULES_USING ? rulesUsing(file, root) : expand(pattern, root),
    );
  else {
    const rule = /^server\/src\/card\/lint\/rules\/([^/]+)\.ts$/.exec(file);
    tests = rule ? expand(`test/unit/rules/${rule[1]}.test.ts`, root) : importersOf(file, root);
    if (rule) tests.push(...expand(METADATA_TEST, root));
  }
  if (tests.length === 0) tests = walk('test/unit', root);
  const own = [...new Set(tests)].filter((test) => !runsOutsideThisProcess(test, root));
  return row ? own : own.sort();
}
