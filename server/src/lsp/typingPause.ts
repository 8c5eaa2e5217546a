// When the server analyses an edit. Kept apart from server.ts so the benchmark can read the same numbers.

/**
 * Edits to files above this size wait for a pause in typing before they are analysed: all rules on a 1 MB
 * card take ~100 ms, and run after every keystroke they would hold up the completion request that follows
 * it. Typical cards (a few KB) are analysed at once, with no delay; an opened file always is.
 */
export const LARGE_DOCUMENT = 256 * 1024;

export const TYPING_PAUSE_MS = 200;

/** How long to wait before analysing an edited document of this length. */
export function analysisDelay(length: number): number {
  return length > LARGE_DOCUMENT ? TYPING_PAUSE_MS : 0;
}
