// Offsets → LSP positions for many offsets in one pass over the text, without the document's line index.
// Publishing a card's diagnostics needs a handful of positions; asking the document for them builds its
// index of every line start first (~40,000 on a 1 MB card, a character-by-character scan), which then
// nobody else may need before the next edit. This walks the line breaks (indexOf, so whole lines at a
// time) only as far as the last offset asked for. Positions are those TextDocument.positionAt gives.
import type { Position } from 'vscode-languageserver';

/** The position of each offset (clamped to the text), in the order given. */
export function positionsAt(text: string, offsets: readonly number[]): Position[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a] - offsets[b]);
  const positions = new Array<Position>(offsets.length);
  const breaks = new LineBreaks(text);
  let line = 0;
  let lineStart = 0;
  for (const i of order) {
    let offset = Math.max(0, Math.min(offsets[i], text.length));
    for (let next = breaks.nextLineStart(); next !== -1 && next <= offset; next = breaks.nextLineStart()) {
      line++;
      lineStart = next;
      breaks.passTo(next);
    }
    // Between the CR and the LF of one line break: TextDocument puts it before the break, so do we.
    while (offset > lineStart && isLineBreak(text.charCodeAt(offset - 1))) offset--;
    positions[i] = { line, character: offset - lineStart };
  }
  return positions;
}

const CR = 13;
const LF = 10;
const isLineBreak = (code: number) => code === CR || code === LF;

/** The line breaks of a text in order: LF, CR LF and a lone CR each end a line (as in TextDocument). */
class LineBreaks {
  private lf: number;
  private cr: number;

  constructor(private readonly text: string) {
    this.lf = text.indexOf('\n');
    this.cr = text.indexOf('\r');
  }

  /** Where the line after the next break starts; -1 when no break is left. */
  nextLineStart(): number {
    const { cr, lf } = this;
    if (cr !== -1 && (lf === -1 || cr < lf)) return this.text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
    return lf === -1 ? -1 : lf + 1;
  }

  /** Moves past the breaks before `lineStart`. */
  passTo(lineStart: number): void {
    if (this.lf !== -1 && this.lf < lineStart) this.lf = this.text.indexOf('\n', lineStart);
    if (this.cr !== -1 && this.cr < lineStart) this.cr = this.text.indexOf('\r', lineStart);
  }
}
