// The settings every front end (VS Code, other editors, CLI) shares, with their defaults.
import picomatch from 'picomatch';
import type { Sender, SeveritySetting } from './lint/types';
import { DEFAULT_MAX_SIZE } from './parse/parse';

export interface CardSettings {
  /** Per-rule severity: `{"<rule-id>": "error" | "warning" | "info" | "hint" | "off"}`. */
  rules: Record<string, SeveritySetting>;
  /** Who sends the cards: an app bot or a custom (webhook) bot. */
  sender: Sender;
  /** Extra glob patterns of files that are always treated as cards (besides `*.card.json`). */
  files: string[];
  /** Above this size in bytes a card gets one diagnostic and no deep checks. */
  maxFileSize: number;
  /**
   * Whether `${…}` are Feishu template variables (`variables.template`): 'auto' decides per card (sample data,
   * builder marks), 'always' / 'never' decide for every card.
   */
  template: 'auto' | 'always' | 'never';
}

export const defaultSettings: CardSettings = {
  rules: {},
  sender: 'app',
  files: [],
  maxFileSize: DEFAULT_MAX_SIZE,
  template: 'auto',
};

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Accepts whatever a client sent and keeps only well-formed values, so a typo in settings cannot crash us. */
export function sanitizeSettings(raw: unknown): CardSettings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (input.rules && typeof input.rules === 'object') {
    for (const [id, value] of Object.entries(input.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as SeveritySetting;
    }
  }
  return {
    rules,
    sender: input.sender === 'webhook' ? 'webhook' : 'app',
    files: Array.isArray(input.files) ? input.files.filter((f): f is string => typeof f === 'string') : [],
    maxFileSize:
      typeof input.maxFileSize === 'number' && input.maxFileSize > 0 ? input.maxFileSize : DEFAULT_MAX_SIZE,
    template: templateSetting(input.variables),
  };
}

/** Is this file always a card, whatever its content (`*.card.json` or a `feishuCard.files` pattern)? */
export function isForcedCardFile(filePath: string, settings: CardSettings): boolean {
  const normalized = filePath.replace(/\\/g, '/');
  if (/\.card\.jsonc?$/i.test(normalized)) return true;
  // Relative patterns match anywhere below the workspace, as VS Code's `files.associations` do.
  return settings.files.some((pattern) =>
    picomatch.isMatch(normalized, /^(\/|\*\*)/.test(pattern) ? pattern : `**/${pattern}`, { dot: true }),
  );
}

/** `feishuCard.variables.template`, as a lint option: undefined lets each card decide. */
export function templateOption(settings: CardSettings): boolean | undefined {
  return settings.template === 'auto' ? undefined : settings.template === 'always';
}

function templateSetting(variables: unknown): CardSettings['template'] {
  const value =
    variables && typeof variables === 'object' ? (variables as Record<string, unknown>).template : undefined;
  return value === 'always' || value === 'never' ? value : 'auto';
}
