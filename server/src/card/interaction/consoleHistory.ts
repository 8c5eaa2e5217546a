// The preview console's history, kept by the host per card file for as long as the window lives, so that
// closing and reopening the preview (or a settings change that restarts the page) does not lose what the
// author clicked through. It lives in memory only, never on disk, and it is bounded (entries and characters
// per file, number of files). Nothing secret is kept: the Verification Token in a callback's header and the
// app-secret-like fields of local-platform calls are masked; the page puts its current Verification Token
// back into a restored request, so a replay from it is still a valid delivery.
import { asRecord } from './record';

/** What a masked value reads as (the local platform masks the app secret the same way). */
export const HISTORY_MASK = '••••••';

export const HISTORY_LIMITS = {
  /** The newest entries of a file are kept. */
  entries: 200,
  /** The JSON size of one file's entries; the oldest go first. */
  chars: 1_000_000,
  /** Files whose history is kept; the least recently used goes first. */
  files: 20,
} as const;

/** Keys whose values are credentials wherever they appear (local-platform calls carry some of them). */
const SECRET_KEYS = new Set([
  'app_secret',
  'AppSecret',
  'ClientAssertion',
  'encrypt_key',
  'tenant_access_token',
  'app_access_token',
  'user_access_token',
]);
const MAX_DEPTH = 64;

export class ConsoleHistory {
  /** Map order is use order: the last key is the most recently used file. */
  private readonly files = new Map<string, unknown[]>();

  constructor(private readonly limits: { entries: number; chars: number; files: number } = HISTORY_LIMITS) {}

  /** Replaces the history of `file` with (a masked, bounded copy of) `entries`. */
  put(file: string, entries: readonly unknown[]): void {
    const kept = bounded(entries.slice(-this.limits.entries).map(withoutSecrets), this.limits.chars);
    this.files.delete(file);
    if (kept.length === 0) return;
    this.files.set(file, kept);
    while (this.files.size > this.limits.files) this.files.delete(this.files.keys().next().value!);
  }

  /** The kept entries of `file` (empty when there are none). */
  get(file: string): unknown[] {
    const entries = this.files.get(file);
    if (!entries) return [];
    this.files.delete(file);
    this.files.set(file, entries);
    return entries;
  }
}

/**
 * A copy of a console entry without credentials: `request.header.token` (the Verification Token of the
 * developer console, when one is configured) and any SECRET_KEYS value at any depth are masked.
 */
export function withoutSecrets(entry: unknown): unknown {
  const copy = masked(entry, 0);
  const request = field(copy, 'request');
  const header = field(request, 'header');
  if (header && typeof header.token === 'string') header.token = HISTORY_MASK;
  return copy;
}

/** Puts `token` back where withoutSecrets masked the header token of a restored request. */
export function restoreToken(request: unknown, token: string): unknown {
  const header = field(request, 'header');
  if (header && header.token === HISTORY_MASK) header.token = token;
  return request;
}

function masked(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Deeper than any entry the page makes: dropped rather than walked (and never a stack overflow).
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((item) => masked(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    out[key] = SECRET_KEYS.has(key) && item !== undefined ? HISTORY_MASK : masked(item, depth + 1);
  return out;
}

function field(value: unknown, key: string): Record<string, unknown> | undefined {
  return asRecord(asRecord(value)?.[key]);
}

/** The newest entries whose JSON fits in `chars`; an entry that cannot be serialised is dropped. */
function bounded(entries: unknown[], chars: number): unknown[] {
  const kept: unknown[] = [];
  // The list's JSON: its two brackets, each entry, and a comma between two entries (one for each entry but
  // the first, counted as one for every entry and one fewer for the brackets).
  let total = 1;
  for (let i = entries.length - 1; i >= 0; i--) {
    let size: number;
    try {
      size = (JSON.stringify(entries[i]) ?? '').length + 1;
    } catch {
      continue;
    }
    if (total + size > chars) break;
    total += size;
    kept.unshift(entries[i]);
  }
  return kept;
}
