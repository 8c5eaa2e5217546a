// Runs every rule over a parsed card and returns findings in file offsets, with severities applied.
import { printParseErrorCode } from 'jsonc-parser';
import { docsUrl } from '../catalog/catalog';
import { localize, normalizeLocale, type Locale } from '../i18n';
import type { CardDocument } from '../parse/model';
import { parseCard, type ParseOptions } from '../parse/parse';
import { visibleRange } from '../parse/jsonText';
import { allRules, ruleById } from './rules';
import type { Finding, LintOptions, Rule, RuleContext, Severity } from './types';

export interface LintResult {
  card: CardDocument;
  findings: Finding[];
}

/** Parse and lint in one go (the CLI and tests use this; the server keeps the parsed card per version). */
export function lintText(text: string, options: LintOptions & ParseOptions = {}): LintResult {
  const card = parseCard(text, options);
  return { card, findings: lintCard(card, options) };
}

export function lintCard(card: CardDocument, options: LintOptions = {}): Finding[] {
  if (card.kind === 'not-card') return [];
  const locale = normalizeLocale(options.locale);
  const findings: Finding[] = [...syntaxFindings(card, locale), ...skippedFindings(card, locale)];
  if (card.skipped || card.syntaxErrors.length > 0 || (card.fileSyntaxErrors?.length ?? 0) > 0) {
    // Rules on a broken tree would report noise: the author sees the syntax error first.
    return findings;
  }
  for (const rule of allRules) {
    if (!rule.appliesTo.includes(card.kind)) continue;
    const setting =
      options.severities?.[rule.id] ??
      rule.defaultSeverityFor?.({ templateData: options.templateData, kind: card.kind }) ??
      rule.defaultSeverity;
    if (setting === 'off') continue;
    runRule(rule, card, locale, options, setting, findings);
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function runRule(
  rule: Rule,
  card: CardDocument,
  locale: Locale,
  options: LintOptions,
  severity: Severity,
  out: Finding[],
): void {
  const ctx: RuleContext = {
    card,
    locale,
    sender: options.sender ?? 'app',
    templateData: options.templateData,
    report(at, messageId, args = {}, data) {
      const start = 'start' in at ? at.start : at.offset;
      const end = 'start' in at ? at.end : at.offset + at.length;
      const template = rule.messages[messageId];
      out.push({
        ruleId: rule.id,
        severity,
        start: card.toFileOffset(start),
        end: card.toFileOffset(end),
        message: template ? localize(template, locale, args) : messageId,
        docsUrl: docsUrl(rule.docs),
        data,
      });
    },
  };
  try {
    rule.check(ctx);
  } catch (error) {
    // A bug in one rule must not take the others (or the server) down with it.
    console.error(`feishu-card: rule ${rule.id} failed: ${(error as Error).stack ?? error}`);
  }
}

const SYNTAX_DOCS = 'card-json-v2-structure';

function syntaxFindings(card: CardDocument, locale: Locale): Finding[] {
  const toFinding = (offset: number, length: number, code: string): Finding => ({
    ruleId: 'json-syntax',
    severity: 'error',
    start: offset,
    end: offset + Math.max(length, 1),
    message:
      locale === 'zh'
        ? `JSON 语法错误（${code}）：平台无法解析此卡片。`
        : `JSON syntax error (${code}): the platform cannot parse this card.`,
    docsUrl: docsUrl(SYNTAX_DOCS),
  });
  return [
    ...(card.fileSyntaxErrors ?? []).map((e) => toFinding(e.offset, e.length, printParseErrorCode(e.error))),
    ...card.syntaxErrors.map((e) => {
      const range = visibleRange(e.offset, e.length, card.text.length);
      const start = card.toFileOffset(range.start);
      return toFinding(start, card.toFileOffset(range.end) - start, printParseErrorCode(e.error));
    }),
  ];
}

function skippedFindings(card: CardDocument, locale: Locale): Finding[] {
  if (!card.skipped) return [];
  const { reason, detail } = card.skipped;
  const message =
    reason === 'too-large'
      ? locale === 'zh'
        ? `文件过大（${detail} 个字符），已跳过深度检查。卡片消息体上限为 30 KB。`
        : `File too large (${detail} characters): deep checks skipped. A card message may be at most 30 KB.`
      : locale === 'zh'
        ? `嵌套过深（${detail} 层），已跳过深度检查。`
        : `Nested too deeply (${detail} levels): deep checks skipped.`;
  return [
    {
      ruleId: reason === 'too-large' ? 'card-too-large' : 'nesting-too-deep',
      severity: 'error',
      start: 0,
      end: Math.min(1, card.text.length),
      message,
      docsUrl: docsUrl(SYNTAX_DOCS),
    },
  ];
}

export { ruleById };
