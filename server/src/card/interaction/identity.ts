// Well-formed fake identifiers for the callback body. One set per preview session, so that consecutive
// callbacks look like they come from the same user, chat and message; settings may pin any of them.

export interface Identity {
  openId: string;
  unionId: string;
  userId: string;
  tenantKey: string;
  appId: string;
  openMessageId: string;
  openChatId: string;
  /** Goes into header.token; the app's Verification Token when configured. */
  verificationToken: string;
  /** IANA zone of the simulated user (pickers and form submits report it). */
  timezone: string;
}

export type IdentityOverrides = Partial<Record<keyof Identity, unknown>>;

/** Source of random bytes; tests pass a seeded one. */
export type RandomBytes = (count: number) => Uint8Array;

export const cryptoRandom: RandomBytes = (count) => globalThis.crypto.getRandomValues(new Uint8Array(count));

export function randomHex(length: number, random: RandomBytes = cryptoRandom): string {
  const bytes = random(Math.ceil(length / 2));
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out.slice(0, length);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomAlnum(length: number, random: RandomBytes): string {
  return Array.from(random(length), (byte) => ALNUM[byte % ALNUM.length]).join('');
}

/** The zone of the machine running the preview, or Asia/Shanghai where Intl cannot tell. */
export function localTimezone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai';
  } catch {
    return 'Asia/Shanghai';
  }
}

/** Prefixes and lengths match what the platform hands out (ou_/on_/oc_/om_ + 32 hex, cli_ + 16 hex). */
export function createIdentity(
  overrides: IdentityOverrides = {},
  random: RandomBytes = cryptoRandom,
): Identity {
  const pick = (key: keyof Identity, fallback: () => string): string => {
    const value = overrides[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback();
  };
  return {
    openId: pick('openId', () => 'ou_' + randomHex(32, random)),
    unionId: pick('unionId', () => 'on_' + randomHex(32, random)),
    userId: pick('userId', () => randomHex(8, random)),
    tenantKey: pick('tenantKey', () => randomHex(16, random)),
    appId: pick('appId', () => 'cli_' + randomHex(16, random)),
    openMessageId: pick('openMessageId', () => 'om_' + randomHex(32, random)),
    openChatId: pick('openChatId', () => 'oc_' + randomHex(32, random)),
    verificationToken: pick('verificationToken', () => randomAlnum(32, random)),
    timezone: pick('timezone', localTimezone),
  };
}
