// `feishu-card rules`: lists every rule id with its default severity and what it checks, so authors can
// configure `feishuCard.rules` / `--max-warnings` without reading the source.
import { parseArgs } from 'node:util';
import { allRules, normalizeLocale } from '../card';

export async function runRules(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { locale: { type: 'string', default: 'en' } } });
  const locale = normalizeLocale(values.locale);
  const width = Math.max(...allRules.map((rule) => rule.id.length));
  for (const rule of [...allRules].sort((a, b) => a.id.localeCompare(b.id))) {
    process.stdout.write(
      `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description[locale]}\n`,
    );
  }
  return 0;
}
