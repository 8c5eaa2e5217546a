// Runs the rules over a parsed card (or a template's sample-data file) and returns findings in file offsets.
// Rules look at the card through one shared walk (walk.ts), then as a whole; `lintSteps` is the same lint in
// steps a host may pause between (the language server answers completion meanwhile). This is the one path
// from a rule to a finding: severities (default, data-dependent default, the user's setting) and localized
// messages are applied here and nowhere else, for every rule id the tools emit.
import { docsUrl } from '../catalog/catalog';
import { localize, normalizeLocale, type Locale } from '../i18n';
import type { CardDocument, CardKind } from '../parse/model';
import { parseCard, type ParseOptions } from '../parse/parse';
import { isTemplateCard } from '../template/isTemplate';
import type { TemplateData } from '../template/variables';
import { allRules, ruleById } from './rules';
import { isBrokenCard } from './rules/utils/broken';
import { placeRange } from './locate';
import { walkSteps, type Subscriber } from './walk';
import type {
  DataFileContext,
  Finding,
  LintOptions,
  Rule,
  RuleContext,
  RuleTarget,
  Severity,
  SeveritySetting,
} from './types';

export interface LintResult {
  card: CardDocument;
  findings: Finding[];
}

/** Parse and lint in one go (the CLI and tests use this; the server keeps the parsed card per version). */
export function lintText(text: string, options: LintOptions & ParseOptions = {}): LintResult {
  const card = parseCard(text, options);
  return { card, findings: lintCard(card, options) };
}

/** What the rules see this document as (see RuleTarget); empty for a JSON file that is none of them. */
export function targetsOf(card: CardDocument): RuleTarget[] {
  if (card.notObject) return ['not-object'];
  if (card.callback?.role === 'request') return ['callback-request'];
  const targets: RuleTarget[] = card.callback?.role === 'answer' ? ['callback-answer'] : [];
  if (card.kind !== 'not-card') targets.push(card.kind);
  return targets;
}

export function lintCard(card: CardDocument, options: LintOptions = {}): Finding[] {
  const steps = lintSteps(card, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same lint as `lintCard`, as steps: it pauses (yields) after each rule's part of the walk and after each
 * whole-card check, so a host can let other work run between steps (the
 * language server answers completion meanwhile) or drop a run whose document has changed. The findings are
 * the generator's return value; they do not depend on where or whether the host paused.
 */
export function* lintSteps(card: CardDocument, options: LintOptions = {}): Generator<void, Finding[], void> {
  const targets = targetsOf(card);
  // Stryker disable next-line ConditionalExpression: a shortcut; with no target no rule applies and nothing is found
  if (targets.length === 0) return [];
  const locale = normalizeLocale(options.locale);
  // On a broken tree only the rules that say so run: the author sees the syntax error (or the guard) first.
  const broken = isBrokenCard(card);
  const isTemplate = isTemplateCard(card, {
    hasSampleData: options.templateData !== undefined,
    setting: options.template,
  });
  // Each rule reports into its own list; the lists are joined in registry order and sorted stably, so the
  // order of findings does not depend on how the walk interleaves the rules.
  const reported = new Map<Rule, Finding[]>();
  const subscribers: Subscriber[] = [];
  for (const rule of allRules) {
    if (!rule.appliesTo.some((target) => targets.includes(target))) continue;
    if (broken && !rule.checksBrokenCards) continue;
    const severity = severityOf(rule, options, card.kind);
    if (severity === 'off') continue;
    const own: Finding[] = [];
    reported.set(rule, own);
    const ctx: RuleContext = {
      card,
      locale,
      // Stryker disable next-line StringLiteral: the rules only ask whether the sender is 'webhook'
      sender: options.sender ?? 'app',
      templateData: options.templateData,
      isTemplate,
      report(at, messageId, args, data) {
        // A path that names no place in the card is a rule's bug: reported on the card as a whole.
        const range =
          'path' in at ? (placeRange(card, at) ?? wholeCard(card)) : 'start' in at ? at : nodeRange(at);
        const { start, end } = range;
        const inFile = 'inFile' in range && range.inFile === true;
        own.push(
          finding(rule, severity, locale, messageId, args, data, {
            start: inFile ? start : card.toFileOffset(start),
            end: inFile ? end : card.toFileOffset(end),
          }),
        );
      },
    };
    subscribers.push({ rule, ctx });
  }
  // A rule that fails stops there for this card, as if its one loop had thrown: what it reported stays.
  const failed = new Set<Rule>();
  // No rule in the registry has more than one step (component, property or check visitor), so what a failed
  // rule's later steps would do shows in no finding yet; the walk's own tests pin the stop (lint-walk.test.ts).
  const run = ({ rule }: Subscriber, visit: () => void) => {
    // Stryker disable next-line ConditionalExpression: no rule has a later step to skip (above)
    if (failed.has(rule)) return;
    // Stryker disable next-line BooleanLiteral: no rule has a later step to skip (above)
    if (!guarded(rule, visit)) failed.add(rule);
  };
  // The walk pauses after each rule's run over its components or properties (walk.ts), then the checks.
  yield* walkSteps(card, subscribers, run);
  for (const subscriber of subscribers) {
    const { rule, ctx } = subscriber;
    if (!rule.check) continue;
    run(subscriber, () => rule.check!(ctx));
    yield;
  }
  const findings: Finding[] = [];
  for (const own of reported.values()) for (const f of own) findings.push(f);
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Findings in a template's sample-data file (offsets of that file), from the rules that check such files. */
export function lintDataFile(
  cards: CardDocument[],
  data: TemplateData,
  options: LintOptions = {},
): Finding[] {
  const locale = normalizeLocale(options.locale);
  const findings: Finding[] = [];
  for (const rule of allRules) {
    if (!rule.checkDataFile) continue;
    // Stryker disable next-line LogicalOperator,StringLiteral: the one data-file rule's severity is the same for every kind
    const severity = severityOf(rule, { ...options, templateData: data }, cards[0]?.kind ?? 'v2');
    if (severity === 'off') continue;
    const ctx: DataFileContext = {
      data,
      cards,
      locale,
      report(range, messageId, args, extra) {
        findings.push(finding(rule, severity, locale, messageId, args, extra, range));
      },
    };
    guarded(rule, () => rule.checkDataFile!(ctx));
  }
  // Stryker disable next-line all: the one data-file rule (variable-unused) reports in offset order already
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The user's setting, else the rule's default for these inputs, else its plain default. */
export function severityOf(rule: Rule, options: LintOptions, kind: CardKind): SeveritySetting {
  return (
    options.severities?.[rule.id] ??
    rule.defaultSeverityFor?.({ templateData: options.templateData, kind }) ??
    rule.defaultSeverity
  );
}

function finding(
  rule: Rule,
  severity: Severity,
  locale: Locale,
  messageId: string,
  args: Record<string, string | number> = {},
  data: Record<string, unknown> | undefined,
  range: { start: number; end: number },
): Finding {
  const template = rule.messages[messageId];
  return {
    ruleId: rule.id,
    severity,
    start: range.start,
    end: range.end,
    message: template ? localize(template, locale, args) : messageId,
    docsUrl: docsUrl(rule.docs),
    data,
  };
}

function nodeRange(node: { offset: number; length: number }): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}

function wholeCard(card: CardDocument): { start: number; end: number } {
  return card.cardNode ? nodeRange(card.cardNode) : { start: 0, end: 0 };
}

/** Runs one step of a rule; false if it threw. */
function guarded(rule: Rule, run: () => void): boolean {
  try {
    run();
    // Stryker disable next-line BooleanLiteral: no rule has a later step to skip (see lintSteps)
    return true;
  } catch (error) {
    // A bug in one rule must not take the others (or the server) down with it.
    console.error(`feishu-card: rule ${rule.id} failed: ${(error as Error).stack ?? error}`);
    return false;
  }
}

export { ruleById };
