// The contract every rule module fulfils. One file per rule, ESLint style: stable id, default severity,
// localized messages, a check over the card model, and optional fixes computed from the finding's data.
import type { Node } from 'jsonc-parser';
import type { LocalizedText } from '../catalog/catalog';
import type { Locale } from '../i18n';
import type { CardDocument, CardKind, ComponentNode, TextEdit } from '../parse/model';
import type { TemplateData } from '../template/variables';
import type { JsonPath, JsonValue } from '../parse/values';
import type { Place } from './locate';

/**
 * What a rule checks: a card of a kind, a callback request or answer body (parse/detect.ts), or a
 * file that must be a card but is not a JSON object. An answer that carries a card is both
 * 'callback-answer' and that card's kind.
 */
export type RuleTarget = CardKind | 'callback-request' | 'callback-answer' | 'not-object';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Sender = 'app' | 'webhook';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Range in file offsets (UTF-16 code units, as LSP counts). */
  start: number;
  end: number;
  message: string;
  docsUrl: string;
  /** What a fix needs to repair the problem (paths, suggested values ...). JSON-serialisable. */
  data?: Record<string, unknown>;
}

export interface LintOptions {
  locale?: Locale;
  /** Who sends the card: an app bot (callbacks work) or a custom webhook bot (no callbacks). */
  sender?: Sender;
  /** Per-rule severity overrides. */
  severities?: Record<string, SeveritySetting>;
  /** Sample data for `${name}` variables, when the card is a template with a data file. */
  templateData?: TemplateData;
  /**
   * The card is (true) or is not (false) a Feishu template whatever its content (`feishuCard.variables.template`);
   * absent: decided from its sample data and builder marks (template/isTemplate.ts).
   */
  template?: boolean;
}

/** A `"key": value` of the card's value, and its path below the card root (the key is its last step). */
export interface PropertyEntry {
  key: string;
  value: JsonValue;
  path: JsonPath;
}

export interface RuleContext {
  card: CardDocument;
  locale: Locale;
  sender: Sender;
  templateData: TemplateData | undefined;
  /** The card is a Feishu template: its `${…}` are platform variables (the variable rules check only then). */
  isTemplate: boolean;
  /**
   * Reports a problem on a place named by its path in the card's value (lint/locate.ts), on a node, or on
   * an explicit range: card offsets, or file offsets with `inFile` (they differ only for a card held in a
   * `content` string).
   */
  report(
    at: Place | Node | { start: number; end: number; inFile?: boolean },
    messageId: string,
    args?: Record<string, string | number>,
    data?: Record<string, unknown>,
  ): void;
}

/** What a rule that checks a card's sample-data file sees: the data, and every card that uses it. */
export interface DataFileContext {
  data: TemplateData;
  cards: CardDocument[];
  locale: Locale;
  /** Reports a problem at a range of the data file. */
  report(
    at: { start: number; end: number },
    messageId: string,
    args?: Record<string, string | number>,
    data?: Record<string, unknown>,
  ): void;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe to apply unattended in "fix all" (no choice to make, no meaning changed beyond the repair). */
  safe: boolean;
}

export interface FixContext {
  card: CardDocument;
  /** Whole file text. */
  text: string;
  locale: Locale;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /**
   * A default that depends on what the card is checked with (e.g. a missing sample value only matters once
   * the card has sample data). The user's `feishuCard.rules` setting still wins over it.
   */
  defaultSeverityFor?(inputs: { templateData: TemplateData | undefined; kind: CardKind }): Severity;
  /** Card kinds (or other targets) it checks; most rules are about JSON 2.0 only. */
  appliesTo: RuleTarget[];
  /**
   * Also runs on a card that does not parse or was too large or deep to analyse (syntax errors, size and depth
   * guards). Every other rule waits for a healthy tree, where its findings are not noise.
   */
  checksBrokenCards?: boolean;
  /** Platform page that explains the underlying fact (full URL or a path below the docs base). */
  docs: string;
  description: LocalizedText;
  messages: Record<string, LocalizedText>;
  /**
   * The components `component` is called on, in the engine's one walk over the card (lint/walk.ts): those
   * with one of `tags`, and/or carrying one of `keys`; every component when both are absent.
   */
  components?: { tags?: readonly string[]; keys?: readonly string[] };
  /** Looks at one component (document order). Runs before `check`. */
  component?(component: ComponentNode, ctx: RuleContext): void;
  /** Property keys `property` is called on, wherever they stand in the card (header, body, config...). */
  properties?: readonly string[];
  /** Looks at one `"key": value` with a key in `properties`. Runs before `check`. */
  property?(entry: PropertyEntry, ctx: RuleContext): void;
  /** Looks at the card as a whole, after the walk. */
  check?(ctx: RuleContext): void;
  /** For rules about a template's sample-data file rather than the card: checks that file. */
  checkDataFile?(ctx: DataFileContext): void;
  /** Repairs for one finding of this rule, recomputed from the current text. */
  fixes?(finding: Finding, ctx: FixContext): Fix[];
}
