// Machine-readable output: the findings of each file with 1-based line/column ranges.
import type { Finding } from '../../card';
import { lineColumn, type FileResult } from './results';

export function formatJson(results: FileResult[]): string {
  const files = results.map((r) => ({
    file: r.file,
    findings: r.findings.map((f) => withPosition(r.text, f)),
  }));
  return JSON.stringify(files, null, 2) + '\n';
}

function withPosition(text: string, finding: Finding) {
  const start = lineColumn(text, finding.start);
  const end = lineColumn(text, finding.end);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    docsUrl: finding.docsUrl,
  };
}
