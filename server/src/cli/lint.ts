// `feishu-card lint`: lint files and print stylish, JSON or SARIF output. Exit 1 on errors (or too many warnings).
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { defaultSettings, isForcedCardFile, lintText, normalizeLocale } from '../card';
import { loadTemplateData } from '../host/sampleDataFile';
import { formatters, type FileResult } from './formatters';

export async function runLint(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      sender: { type: 'string', default: 'app' },
      'max-warnings': { type: 'string' },
      locale: { type: 'string', default: 'en' },
      template: { type: 'string', default: 'auto' },
    },
  });
  if (positionals.length === 0) throw new Error('lint needs at least one file or glob');
  const format = formatters[values.format!];
  if (!Object.hasOwn(formatters, values.format!)) throw new Error(`unknown format "${values.format}"`);
  if (!['app', 'webhook'].includes(values.sender!)) throw new Error(`--sender must be app or webhook`);
  if (!['auto', 'always', 'never'].includes(values.template!))
    throw new Error('--template must be auto, always or never');
  const template = values.template === 'auto' ? undefined : values.template === 'always';
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (Number.isNaN(maxWarnings)) throw new Error('--max-warnings takes a number');

  const files = await expand(positionals);
  if (files.length === 0) throw new Error(`no files match ${positionals.join(' ')}`);
  const locale = normalizeLocale(values.locale);
  const results: FileResult[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    // Template cards are checked with their sidecar sample data, as in the editor.
    const templateData = await loadTemplateData(file).catch((error: Error) => {
      process.stderr.write(`feishu-card: ignoring sample data for ${file}: ${error.message}\n`);
      return undefined;
    });
    const { findings } = lintText(text, {
      locale,
      sender: values.sender as 'app' | 'webhook',
      forceCard: isForcedCardFile(path.resolve(file), defaultSettings),
      templateData,
      template,
    });
    results.push({ file, text, findings });
  }

  const output = format(results);
  process.stdout.write(output);

  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

async function expand(patterns: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    if (/[*?{[]/.test(pattern)) {
      for (const file of await glob(pattern, { ignore: ['**/node_modules/**'] })) found.add(file);
    } else {
      found.add(pattern);
    }
  }
  return [...found].sort();
}
