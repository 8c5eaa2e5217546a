// Converts the pure findings (offsets) into LSP diagnostics (UTF-16 line/character positions).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../card';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'feishu-card';

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const length = document.getText().length;
  const start = Math.max(0, Math.min(finding.start, length));
  const end = Math.max(start, Math.min(finding.end, length));
  return {
    range: { start: document.positionAt(start), end: document.positionAt(end) },
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
