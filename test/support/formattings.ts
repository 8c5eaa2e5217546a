// The same text as an author's editor may save it: LF, CRLF, or tab-indented (from a two-space indent).
// Fixes must keep whichever the file uses.
export function formattingVariants(text: string): [name: string, text: string][] {
  return [
    ['LF', text],
    ['CRLF', text.replace(/\n/g, '\r\n')],
    ['tabs', text.replace(/^( {2})+/gm, (s) => '\t'.repeat(s.length / 2))],
  ];
}
