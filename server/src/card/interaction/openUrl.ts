// Which URL a jump opens on each platform: the platform's own URL, else the default one;
// `lark://msgcard/unsupported_action` switches the jump off on that platform.

export type Platform = 'desktop' | 'android' | 'ios';
export const PLATFORMS: Platform[] = ['desktop', 'android', 'ios'];

export const UNSUPPORTED_ACTION = 'lark://msgcard/unsupported_action';

export interface UrlTarget {
  /** The URL that opens, or undefined when none is configured for this platform. */
  url: string | undefined;
  /** The platform was told not to jump. */
  blocked: boolean;
  /** We may offer to open it in a browser (http or https only). */
  openable: boolean;
}

export type OpenUrlTargets = Record<Platform, UrlTarget>;

export interface LinkSpec {
  default_url?: unknown;
  pc_url?: unknown;
  android_url?: unknown;
  ios_url?: unknown;
}

export function isOpenableUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function resolveOpenUrl(link: LinkSpec): OpenUrlTargets {
  const fallback = text(link.default_url);
  const own: Record<Platform, unknown> = {
    desktop: link.pc_url,
    android: link.android_url,
    ios: link.ios_url,
  };
  const result = {} as OpenUrlTargets;
  for (const platform of PLATFORMS) {
    const url = text(own[platform]) ?? fallback;
    const blocked = url === UNSUPPORTED_ACTION;
    result[platform] = { url: blocked ? undefined : url, blocked, openable: !blocked && isOpenableUrl(url) };
  }
  return result;
}

/** 1.0 `multi_url` / column `action.multi_url` / `card_link`: `url` plays the part of `default_url`. */
export function fromMultiUrl(multi: unknown): LinkSpec | undefined {
  if (!multi || typeof multi !== 'object' || Array.isArray(multi)) return undefined;
  const m = multi as Record<string, unknown>;
  return { default_url: m.url, pc_url: m.pc_url, android_url: m.android_url, ios_url: m.ios_url };
}
