// Code actions: the rule's quick fixes for each diagnostic, "turn off this rule", and source.fixAll.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  allRules,
  type CardSettings,
  fixAll,
  fixesFor,
  isForcedCardFile,
  type Locale,
  migrateCard,
  type TextEdit,
} from '../card';
import { filePathOf, type Analysis } from './analysis';
import { DIAGNOSTIC_SOURCE } from './convert';

export const DISABLE_RULE_COMMAND = 'feishuCard.disableRule';

export function codeActions(
  params: CodeActionParams,
  document: TextDocument,
  analysis: Analysis,
  settings: CardSettings,
  locale: Locale,
  clientCommands: ReadonlySet<string> = new Set(),
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  const text = document.getText();

  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = analysis.findings.find((f) => matches(diagnostic, f.ruleId, f.start, f.end));
      if (finding) {
        const fixOptions = {
          locale,
          sender: settings.sender,
          templateData: analysis.templateData,
          maxSize: settings.maxFileSize,
        };
        for (const fix of fixesFor(finding, analysis.card, text, fixOptions)) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.safe,
            edit: { changes: { [document.uri]: fix.edits.map((e) => toLspEdit(document, e)) } },
          });
        }
      }
      const ruleId = String(diagnostic.code ?? '');
      // The setting lives in the client: offered only to a client that says it runs the command (VS Code's
      // does; elsewhere it would fail with "unhandled method" and change nothing).
      if (ruleId && ruleId !== 'json-syntax' && clientCommands.has(DISABLE_RULE_COMMAND)) {
        actions.push({
          title: disableTitle(ruleId, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Turn off rule', command: DISABLE_RULE_COMMAND, arguments: [ruleId] },
        });
      }
    }
  }

  // A 1.0 card can be rewritten as 2.0 (migrate/): offered as a refactoring wherever the cursor is.
  if (wants(CodeActionKind.RefactorRewrite) && analysis.card.kind === 'v1') {
    const migration = migrateCard(analysis.card);
    if (migration) {
      const left = migration.notes.map((n) => n.path[n.path.length - 1]).join(', ');
      const title =
        locale === 'zh'
          ? `转换为 JSON 2.0${left ? `（未转换：${left}）` : ''}`
          : `Convert to JSON 2.0${left ? ` (not converted: ${left})` : ''}`;
      actions.push({
        title,
        kind: CodeActionKind.RefactorRewrite,
        edit: { changes: { [document.uri]: [toLspEdit(document, migration.edit)] } },
      });
    }
  }

  // Fix-all re-lints the card several times: compute it only when the client asks for it explicitly
  // (codeActionsOnSave, the "Fix All" command), not on every cursor move's lightbulb request.
  const asksFixAll = only?.some(
    (o) => CodeActionKind.SourceFixAll.startsWith(o) || o.startsWith(CodeActionKind.SourceFixAll),
  );
  if (asksFixAll && analysis.card.kind !== 'not-card') {
    const edits = fixAll(text, {
      locale,
      sender: settings.sender,
      // The same severities and sample data as the diagnostics, so fix-all repairs what the user sees.
      severities: settings.rules,
      templateData: analysis.templateData,
      maxSize: settings.maxFileSize,
      // The decoded path, as the analysis uses: a raw URI (`my%20cards/…`) would miss the files patterns.
      forceCard: isForcedCardFile(filePathOf(document.uri), settings),
    });
    if (edits.length > 0) {
      actions.push({
        title: locale === 'zh' ? '修复卡片中所有可自动修复的问题' : 'Fix all auto-fixable card problems',
        kind: CodeActionKind.SourceFixAll + '.feishuCard',
        edit: { changes: { [document.uri]: edits.map((e) => toLspEdit(document, e)) } },
      });
    }
  }
  return actions;
}

/** A rule whose finding can be a deliberate choice says so in its own title (its `intended` message). */
function disableTitle(ruleId: string, locale: Locale): string {
  const intended = allRules.find((rule) => rule.id === ruleId)?.messages.intended;
  if (intended) return locale === 'zh' ? intended.zh : intended.en;
  return locale === 'zh' ? `在设置中关闭规则 ${ruleId}` : `Turn off ${ruleId} in settings`;
}

function matches(diagnostic: Diagnostic, ruleId: string, start: number, end: number): boolean {
  const data = diagnostic.data as { ruleId?: string; start?: number; end?: number } | undefined;
  return data?.ruleId === ruleId && data.start === start && data.end === end;
}

function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return {
    range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) },
    newText: edit.newText,
  };
}
