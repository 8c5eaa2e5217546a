// What every formatter takes: one file's text and its findings, plus the line/column arithmetic they share.
// Formatters depend on this and on the core only, never on a command, so a new output format or another front
// end can use them without pulling in the CLI.
import type { Finding } from '../../card';

export interface FileResult {
  file: string;
  text: string;
  findings: Finding[];
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
