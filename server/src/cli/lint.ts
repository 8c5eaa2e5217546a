// `feishu-card lint`: lint files and directories and print stylish, JSON or SARIF output.
// Exit 1 on errors (or too many warnings), 2 when an argument or a file could not be read: the other files'
// results are still printed, so one bad path never hides the findings of the good ones.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSettings, docsUrl, type Finding, isForcedCardFile, lintText, normalizeLocale } from '../card';
import { readText } from '../host/readText';
import { loadTemplateData } from '../host/sampleDataFile';
import { expandArguments } from '../host/walk';
import { formatters, type FileResult } from './formatters';
import { EXIT, UsageError } from './usage';

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
  if (positionals.length === 0) throw new UsageError('lint needs at least one file, directory or glob');
  if (!Object.hasOwn(formatters, values.format!))
    throw new UsageError(`unknown format "${values.format}" (stylish, json or sarif)`);
  const format = formatters[values.format!];
  if (!['app', 'webhook'].includes(values.sender!)) throw new UsageError(`--sender must be app or webhook`);
  if (!['auto', 'always', 'never'].includes(values.template!))
    throw new UsageError('--template must be auto, always or never');
  const template = values.template === 'auto' ? undefined : values.template === 'always';
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity)
    throw new UsageError('--max-warnings takes a whole number');

  const { named, found, problems } = await expandArguments(positionals);
  const locale = normalizeLocale(values.locale);
  const results: FileResult[] = [];
  const check = async (file: string, onlyCards: boolean) => {
    const read = await readText(file);
    if (!read.ok && read.kind !== 'encoding') {
      problems.push(read.message);
      return;
    }
    const forceCard = isForcedCardFile(path.resolve(file), defaultSettings);
    if (!read.ok) {
      // Bytes that are not text: one finding that says so, in every output format, instead of the
      // syntax errors of the garbled text. A JSON file found in a folder is only reported if it is a card.
      if (onlyCards && !forceCard) return;
      results.push({ file, text: '', findings: [encodingFinding(read.message, locale)] });
      return;
    }
    // Template cards are checked with their sidecar sample data, as in the editor.
    const templateData = await loadTemplateData(file).catch((error: Error) => {
      process.stderr.write(`feishu-card: ignoring sample data for ${file}: ${error.message}\n`);
      return undefined;
    });
    const { card, findings } = lintText(read.text, {
      locale,
      sender: values.sender as 'app' | 'webhook',
      forceCard,
      templateData,
      template,
    });
    // Found in a folder: reported when it is a card, or named like one (`*.card.json`) whatever it holds.
    if (onlyCards && !forceCard && card.kind === 'not-card') return;
    results.push({ file, text: read.text, findings });
  };
  for (const file of named) await check(file, false);
  for (const file of found) await check(file, true);

  if (results.length > 0 || problems.length === 0) process.stdout.write(format(results));
  for (const problem of problems) process.stderr.write(`feishu-card lint: ${problem}\n`);
  if (problems.length > 0) return EXIT.error;

  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || warnings > maxWarnings ? EXIT.findings : EXIT.ok;
}

function encodingFinding(message: string, locale: 'en' | 'zh'): Finding {
  return {
    ruleId: 'file-encoding',
    severity: 'error',
    start: 0,
    end: 0,
    message:
      locale === 'zh'
        ? `文件编码无法读取：${message}（平台只接受 UTF-8 JSON）。`
        : `The file cannot be read as text: ${message}.`,
    docsUrl: docsUrl('card-json-v2-structure'),
  };
}
