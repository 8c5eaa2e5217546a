// `feishu-card migrate FILE [--write]`: print the JSON 2.0 version of a 1.0 card (or replace the file), and
// list on stderr what had no 2.0 equivalent.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { applyEdits, migrateCard, normalizeLocale, parseCard } from '../card';

export async function runMigrate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { write: { type: 'boolean', default: false }, locale: { type: 'string', default: 'en' } },
  });
  if (positionals.length !== 1) throw new Error('migrate needs exactly one file');
  const file = positionals[0];
  const text = await readFile(file, 'utf8');
  const card = parseCard(text, { forceCard: true });
  if (card.kind === 'v2') {
    process.stderr.write(`feishu-card: ${file} is already JSON 2.0\n`);
    return 0;
  }
  const migration = migrateCard(card);
  if (!migration)
    throw new Error(
      `${file} is not a JSON 1.0 card that can be converted (syntax errors, or a card in a string)`,
    );
  const result = applyEdits(text, [migration.edit]);
  const locale = normalizeLocale(values.locale);
  for (const note of migration.notes)
    process.stderr.write(`feishu-card: not converted (${note.path.join('.')}): ${note.message[locale]}\n`);
  if (values.write)
    await writeFile(file, result.endsWith('\n') || !text.endsWith('\n') ? result : result + '\n');
  else process.stdout.write(result.endsWith('\n') ? result : result + '\n');
  return 0;
}
