// The two display languages. Every user-visible string exists in English and Simplified Chinese.
import type { LocalizedText } from './catalog/catalog';

export type Locale = 'en' | 'zh';

/** Maps an editor locale (`zh-cn`, `zh-CN`, `en-US` ...) to one we ship; anything Chinese gets Chinese. */
export function normalizeLocale(locale: string | undefined): Locale {
  return locale && locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Picks the language and fills `{name}` placeholders. */
export function localize(
  text: LocalizedText,
  locale: Locale,
  args: Record<string, string | number> = {},
): string {
  // Own keys only: `{toString}` is not filled from Object.prototype.
  return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole,
  );
}
