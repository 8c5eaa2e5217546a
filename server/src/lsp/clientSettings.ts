// Where the server's `feishuCard` settings come from, whatever the client. VS Code answers
// workspace/configuration; Neovim 0.7 does not advertise that request and can only push the settings
// (init_options, or a didChangeConfiguration sent from on_init); Helix and Neovim 0.11 push and answer.
// The latest section that arrived wins; a pull that fails or answers nothing keeps the pushed one.
import type { InitializeParams } from 'vscode-languageserver';

export type RawSection = Record<string, unknown>;

/** Which a client shape carries: `{feishuCard: {...}}` (settings objects) or the bare section. */
export function sectionOf(raw: unknown): RawSection | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const nested = (raw as { feishuCard?: unknown }).feishuCard;
  if (nested !== undefined) return nested && typeof nested === 'object' ? (nested as RawSection) : undefined;
  return raw as RawSection;
}

/** A section as text with its keys in order: two sections with the same key are the same settings. */
export function sectionKey(section: RawSection): string {
  return JSON.stringify(section, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** What the client told us in `initialize` about itself (initializationOptions and capabilities). */
export interface ClientInfo {
  locale?: string;
  /** The section pushed in initializationOptions (`settings` or `feishuCard`), if any. */
  settings?: RawSection;
  /** The client answers workspace/configuration. */
  pullConfiguration: boolean;
  /** VS Code's JSON language features run beside us: they report JSON syntax errors and the outline. */
  jsonLanguageFeatures: boolean;
  /** Client-side commands the client says it runs (only those are offered in code actions). */
  commands: Set<string>;
}

export function clientInfoOf(params: InitializeParams): ClientInfo {
  const raw = params.initializationOptions;
  const options = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings =
    sectionOf(options.settings) ?? (options.feishuCard !== undefined ? sectionOf(options) : undefined);
  const commands = Array.isArray(options.commands)
    ? options.commands.filter((c): c is string => typeof c === 'string')
    : [];
  return {
    locale: typeof options.locale === 'string' ? options.locale : params.locale,
    settings,
    pullConfiguration: Boolean(params.capabilities.workspace?.configuration),
    jsonLanguageFeatures: options.jsonLanguageFeatures === true,
    commands: new Set(commands),
  };
}

/** The settings section in force: pulled when the client answers, else the latest pushed one. */
export class SettingsSource {
  private pushed: RawSection | undefined;

  constructor(
    initial: RawSection | undefined,
    private readonly pull: (() => Promise<unknown>) | undefined,
  ) {
    this.pushed = initial;
  }

  /**
   * A didChangeConfiguration: remembers the `feishuCard` section it carried. Its `settings` are the whole
   * settings object (other servers' sections too); VS Code sends `null` there and expects a pull.
   */
  push(settings: unknown): void {
    const section = (settings as { feishuCard?: unknown } | null | undefined)?.feishuCard;
    if (section && typeof section === 'object' && !Array.isArray(section))
      this.pushed = section as RawSection;
  }

  async current(): Promise<RawSection> {
    if (this.pull) {
      try {
        const pulled = await this.pull();
        // A client that has nothing for the section answers null: that is no answer, not "all defaults".
        if (pulled && typeof pulled === 'object' && !Array.isArray(pulled)) return pulled as RawSection;
      } catch {
        // The client advertised the request but failed it: keep what it pushed.
      }
    }
    return this.pushed ?? {};
  }
}
