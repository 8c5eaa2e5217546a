// Turns the CLI's file arguments (files, directories, globs) into the list of files to check, the way ESLint
// does: a directory is searched for JSON files, skipping node_modules, .git and whatever the .gitignore files
// of the directory, its subfolders and its parents up to the repository root list. Nothing here throws for
// one bad argument: unreadable paths come back as problems, next to the files that were found.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob } from 'tinyglobby';
import { describeIoError } from './readText';

/** Searched in directories; explicitly named files are checked whatever their extension. */
const EXTENSIONS = ['.json', '.jsonc'];
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export interface Expanded {
  /** Files named on the command line or matched by a glob: always checked. */
  named: string[];
  /** Files found by walking a directory: checked when they are cards. */
  found: string[];
  /** Arguments that could not be read or matched nothing, one sentence each. */
  problems: string[];
}

export async function expandArguments(args: string[]): Promise<Expanded> {
  const named = new Set<string>();
  const found = new Set<string>();
  const problems: string[] = [];
  for (const arg of args) {
    if (/[*?{[]/.test(arg) && !existsSync(arg)) {
      const matches = await glob(arg, { ignore: ['**/node_modules/**'] });
      if (matches.length === 0) problems.push(`no files match ${arg}`);
      matches.forEach((file) => named.add(file));
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(arg)).isDirectory();
    } catch (error) {
      problems.push(`cannot read ${arg}: ${describeIoError(error)}`);
      continue;
    }
    if (!isDirectory) {
      named.add(arg);
      continue;
    }
    const rules = await ancestorRules(path.resolve(arg));
    await walk(arg, rules, found, problems);
  }
  for (const file of named) found.delete(file);
  return { named: [...named].sort(), found: [...found].sort(), problems };
}

/** A .gitignore and the directory its patterns are relative to. */
interface IgnoreRules {
  base: string;
  rules: Ignore;
}

async function walk(dir: string, inherited: IgnoreRules[], out: Set<string>, problems: string[]) {
  const rules = [...inherited];
  const own = await readGitignore(dir);
  if (own) rules.push({ base: path.resolve(dir), rules: own });
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push(`cannot read ${dir}: ${describeIoError(error)}`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const directory = entry.isDirectory();
    if (isIgnored(path.resolve(full), directory, rules)) continue;
    if (directory) await walk(full, rules, out, problems);
    else if (entry.isFile() && EXTENSIONS.some((ext) => entry.name.endsWith(ext))) out.add(full);
  }
}

function isIgnored(absolute: string, directory: boolean, rules: IgnoreRules[]): boolean {
  return rules.some(({ base, rules: ig }) => {
    const relative = path.relative(base, absolute).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) return false;
    return ig.ignores(directory ? `${relative}/` : relative);
  });
}

/** The .gitignore files above `dir`, up to the repository root (the folder with .git), outermost first. */
async function ancestorRules(dir: string): Promise<IgnoreRules[]> {
  const chain: string[] = [];
  let current = path.dirname(dir);
  if (!existsSync(path.join(dir, '.git'))) {
    while (true) {
      chain.unshift(current);
      if (existsSync(path.join(current, '.git'))) break;
      const parent = path.dirname(current);
      if (parent === current) return []; // not inside a repository: parents' .gitignore files do not apply
      current = parent;
    }
  }
  const rules: IgnoreRules[] = [];
  for (const folder of chain) {
    const own = await readGitignore(folder);
    if (own) rules.push({ base: folder, rules: own });
  }
  return rules;
}

async function readGitignore(dir: string): Promise<Ignore | undefined> {
  try {
    return ignore().add(await readFile(path.join(dir, '.gitignore'), 'utf8'));
  } catch {
    return undefined; // no .gitignore (or an unreadable one): nothing extra is skipped
  }
}
