// ESLint-like "stylish" text output: one block per file, a summary line at the end.
import { lineColumn, type FileResult } from './results';

export function formatStylish(results: FileResult[]): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const { file, text, findings } of results) {
    if (findings.length === 0) continue;
    out += `\n${file}\n`;
    for (const f of findings) {
      const { line, column } = lineColumn(text, f.start);
      out += `  ${`${line}:${column}`.padEnd(8)} ${f.severity.padEnd(8)} ${f.message}  ${f.ruleId}\n`;
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else others++;
    }
  }
  const total = errors + warnings + others;
  out +=
    total === 0
      ? `✔ ${results.length} file(s) checked, no problems\n`
      : `\n✖ ${total} problem(s) (${errors} error(s), ${warnings} warning(s), ${others} info/hint) in ${results.length} file(s)\n`;
  return out;
}
