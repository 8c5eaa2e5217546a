// What the single-card commands (render, simulate, preview) check before they start: a callback URL that is
// really one, a card file that reads as text, and a card they can work with. One wording for all three, so
// `render`, `simulate` and `lint` say the same thing about the same file.
import { type CardDocument, type Locale, lintCard } from '../card';
import { readText } from '../host/readText';
import { UsageError } from './usage';

/** `--url` as given, checked: absent is fine, empty or not http(s) is a usage error, not silently ignored. */
export function checkCallbackUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === '') throw new UsageError('--url is empty: give your callback URL (http:// or https://)');
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UsageError(`--url "${raw}" is not a URL (expected http:// or https://…)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--url must be an http: or https: URL, not ${url.protocol}`);
  return raw.trim();
}

/** The file's text; an unreadable, non-text or huge file is an error with one clear sentence. */
export async function readCardText(file: string): Promise<string> {
  const read = await readText(file);
  if (read.ok) return read.text;
  throw new Error(read.kind === 'encoding' ? `${file} is ${read.message}` : read.message);
}

/** Why a parsed card cannot be rendered or clicked, or undefined when it can. */
export function unusableCard(card: CardDocument, file: string, locale: Locale = 'en'): string | undefined {
  // A must-be-card file that holds no object: lint's own finding (card-not-object), word for word.
  if (card.notObject) {
    const finding = lintCard(card, { locale }).find((f) => f.ruleId === 'card-not-object');
    return `${file}: ${finding?.message ?? 'not a JSON object'}`;
  }
  if (card.skipped?.reason === 'too-large')
    return `${file} is too large (${card.skipped.detail} characters; cards are read up to 5 MB, and a card message may be at most 30 KB)`;
  if (card.skipped?.reason === 'too-deep')
    return `${file} is nested too deeply (${card.skipped.detail} levels) to be read`;
  if (card.syntaxErrors.length > 0 || (card.fileSyntaxErrors?.length ?? 0) > 0)
    return `${file} is not valid JSON; \`feishu-card lint\` shows where`;
  if (card.root?.type !== 'object') return `${file} is not a JSON object (a card is a JSON object: {…})`;
  if (card.kind === 'not-card' || !card.cardNode) return `${file} is not a card`;
  return undefined;
}
