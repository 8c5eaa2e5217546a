// Converts the pure findings (offsets) into LSP diagnostics (UTF-16 line/character positions).
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../card';
import { positionsAt } from './positions';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'feishu-card';

/** The diagnostics of a document's findings, their positions found in one pass (lsp/positions.ts). */
export function toDiagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  const text = document.getText();
  const offsets: number[] = [];
  for (const finding of findings) {
    const start = Math.max(0, Math.min(finding.start, text.length));
    offsets.push(start, Math.max(start, Math.min(finding.end, text.length)));
  }
  const positions = positionsAt(text, offsets);
  return findings.map((finding, i) =>
    toDiagnostic(finding, { start: positions[2 * i], end: positions[2 * i + 1] }),
  );
}

function toDiagnostic(finding: Finding, range: Range): Diagnostic {
  return {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { ruleId: finding.ruleId, start: finding.start, end: finding.end, data: finding.data },
  };
}

/**
 * Findings the client shows. Beside VS Code's JSON language features, the file's own JSON syntax errors are
 * theirs to report (once each); a card inside a JSON string is still ours, they cannot see into it.
 */
export function publishedFindings(findings: Finding[], jsonLanguageFeatures: boolean): Finding[] {
  if (!jsonLanguageFeatures) return findings;
  return findings.filter((f) => !(f.ruleId === 'json-syntax' && f.data?.scope === 'file'));
}
