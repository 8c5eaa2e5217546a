// `feishu-card render <card> [--data file]`: prints the card with its sample data substituted and loops
// expanded — what the platform would send to the client — so template cards can be linted in CI.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSettings, isForcedCardFile, parseCard, sidecarDataPath, substituteCard } from '../card';
import { loadTemplateData } from '../host/sampleDataFile';
import { readCardText, unusableCard } from './inputs';
import { UsageError } from './usage';

export async function runRender(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { data: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('render takes exactly one card file');
  const file = positionals[0];
  const card = parseCard(await readCardText(file), {
    forceCard: isForcedCardFile(path.resolve(file), defaultSettings),
  });
  // Too large, not JSON, not an object, not a card: the same words as simulate uses.
  const unusable = unusableCard(card, file);
  if (unusable) throw new Error(unusable);
  const data = await loadTemplateData(file, values.data);
  const result = substituteCard(card, data);
  process.stdout.write(JSON.stringify(result.card, null, 2) + '\n');
  // The card goes to stdout untouched by notes, so it can be piped; what is worth knowing goes to stderr.
  if (values.data === undefined && !data && result.missing.length > 0)
    process.stderr.write(`feishu-card: no sample data (looked for ${sidecarDataPath(file)})\n`);
  if (result.missing.length > 0)
    process.stderr.write(
      `feishu-card: no sample value for ${result.missing.map((n) => '${' + n + '}').join(', ')}\n`,
    );
  return 0;
}
