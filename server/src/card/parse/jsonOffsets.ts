// Where each value of a strict-JSON text stands, in typed arrays instead of a tree of objects: what the lint
// needs to turn a finding's path into a range (lint/locate.ts), and the nesting depth for parse.ts's guard.
//
// Why not the jsonc-parser tree: on a 1 MB card that tree is about 75,000 objects (7.4 MB). Built while the
// lint runs, it outlives V8's young generation, so the scavenger copies all of it; on a 5 MB card, or one
// of 10,000 components, that copying is what makes the analysis grow faster than the text. Here a value is
// one slot in each of a few Int32Arrays, which the garbage collector never walks. Keys are not stored as
// strings: a path's key is compared with the text in place.
//
// The text must be valid JSON (`JSON.parse` accepted it): the scan checks nothing, it only records.

const enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Quote = 34,
  Comma = 44,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

/** No such node (no parent, child, sibling or key). */
const NONE = -1;

export interface OffsetRange {
  start: number;
  end: number;
}

export class JsonOffsets {
  /** Number of values; value 0 is the root. */
  private count = 0;
  /** Where each value starts; its first character also tells an object (`{`) and an array (`[`). */
  private start: Int32Array;
  /** Exclusive: just past the value's last character. */
  private end: Int32Array;
  private firstChild: Int32Array;
  private nextSibling: Int32Array;
  /** For a value in an object: its key's opening quote (the key ends at its closing quote); NONE otherwise. */
  private keyStart: Int32Array;

  private constructor(
    private readonly text: string,
    capacity: number,
  ) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity);
  }

  /**
   * The offsets of every value in `text`, valid JSON; undefined when its brackets nest deeper than
   * `maxDepth` (the caller's depth guard then takes over).
   */
  static scan(text: string, maxDepth: number): JsonOffsets | undefined {
    // About one value per 24 characters in a formatted card; grown by doubling when a card is denser.
    const offsets = new JsonOffsets(text, Math.max(16, text.length >> 4));
    return offsets.record(maxDepth) ? offsets : undefined;
  }

  /** The value at `path` below the root: its index, or NONE. A repeated key finds its last occurrence. */
  find(path: readonly (string | number)[]): number {
    let node = this.count > 0 ? 0 : NONE;
    for (let i = 0; i < path.length && node !== NONE; i++) {
      const step = path[i];
      node = typeof step === 'number' ? this.item(node, step) : this.member(node, step);
    }
    return node;
  }

  valueRange(node: number): OffsetRange {
    return { start: this.start[node], end: this.end[node] };
  }

  /** The quoted key of a value in an object; undefined for any other value. */
  keyRange(node: number): OffsetRange | undefined {
    const start = this.keyStart[node];
    return start === NONE ? undefined : { start, end: stringEnd(this.text, start) };
  }

  /** `"key": value` of a value in an object; undefined for any other value. */
  pairRange(node: number): OffsetRange | undefined {
    return this.keyStart[node] === NONE ? undefined : { start: this.keyStart[node], end: this.end[node] };
  }

  private item(node: number, index: number): number {
    if (this.text.charCodeAt(this.start[node]) !== Char.OpenBracket || index < 0) return NONE;
    let child = this.firstChild[node];
    for (let i = 0; i < index && child !== NONE; i++) child = this.nextSibling[child];
    return child;
  }

  private member(node: number, key: string): number {
    if (this.text.charCodeAt(this.start[node]) !== Char.OpenBrace) return NONE;
    let found = NONE;
    for (let child = this.firstChild[node]; child !== NONE; child = this.nextSibling[child]) {
      if (this.keyIs(child, key)) found = child;
    }
    return found;
  }

  /** Whether the key of `node` spells `key`: compared in the text, decoded only if it has escapes. */
  private keyIs(node: number, key: string): boolean {
    const from = this.keyStart[node] + 1;
    const to = stringEnd(this.text, from - 1) - 1;
    const raw = this.text;
    // Stryker disable next-line BooleanLiteral: the plain comparison is a shortcut; decoding a key without escapes gives the same answer
    let escaped = false;
    for (let i = from; i < to; i++) {
      if (raw.charCodeAt(i) === Char.Backslash) {
        escaped = true;
        break;
      }
    }
    if (!escaped) return to - from === key.length && raw.startsWith(key, from);
    return JSON.parse(raw.slice(from - 1, to + 1)) === key;
  }

  /** One pass over the text; false if it nests deeper than `maxDepth`. */
  private record(maxDepth: number): boolean {
    const text = this.text;
    // The open containers, innermost last (`depth` of them), and the last child seen in each.
    const open = new Int32Array(maxDepth + 1);
    const lastChild = new Int32Array(maxDepth + 1);
    let depth = 0;
    let pos = skipWhitespace(text, 0);
    let keyStart = NONE;
    for (;;) {
      // A value starts at `pos`: linked into its container.
      if (this.count === this.start.length) this.grow();
      const node = this.count++;
      this.start[node] = pos;
      this.firstChild[node] = NONE;
      this.nextSibling[node] = NONE;
      this.keyStart[node] = keyStart;
      if (depth > 0) {
        const previous = lastChild[depth - 1];
        if (previous === NONE) this.firstChild[open[depth - 1]] = node;
        else this.nextSibling[previous] = node;
        lastChild[depth - 1] = node;
      }
      const c = text.charCodeAt(pos);
      if (c === Char.OpenBrace || c === Char.OpenBracket) {
        if (depth >= maxDepth) return false;
        open[depth] = node;
        lastChild[depth++] = NONE;
        pos = skipWhitespace(text, pos + 1);
      } else {
        pos = c === Char.Quote ? stringEnd(text, pos) : scalarEnd(text, pos);
        this.end[node] = pos;
        pos = skipWhitespace(text, pos);
      }
      // Close what ends here, then find where the next value starts (or stop at the root's end).
      for (;;) {
        const d = text.charCodeAt(pos);
        if (d === Char.CloseBrace || d === Char.CloseBracket) {
          this.end[open[--depth]] = pos + 1;
          pos = skipWhitespace(text, pos + 1);
          continue;
        }
        if (depth === 0) return true;
        if (d === Char.Comma) pos = skipWhitespace(text, pos + 1);
        break;
      }
      keyStart = NONE;
      if (text.charCodeAt(this.start[open[depth - 1]]) === Char.OpenBrace) {
        keyStart = pos;
        pos = skipWhitespace(text, stringEnd(text, pos));
        pos = skipWhitespace(text, pos + 1); // the colon
      }
    }
  }

  private grow(): void {
    const size = this.start.length * 2;
    const grown = (array: Int32Array): Int32Array => {
      const bigger = new Int32Array(size);
      bigger.set(array);
      return bigger;
    };
    this.start = grown(this.start);
    this.end = grown(this.end);
    this.firstChild = grown(this.firstChild);
    this.nextSibling = grown(this.nextSibling);
    this.keyStart = grown(this.keyStart);
  }
}

function skipWhitespace(text: string, pos: number): number {
  let c = text.charCodeAt(pos);
  while (c === Char.Space || c === Char.LineFeed || c === Char.CarriageReturn || c === Char.Tab)
    c = text.charCodeAt(++pos);
  return pos;
}

/**
 * Just past the closing quote of the string whose opening quote is at `pos`: the first quote after it that
 * an even number of backslashes precedes. `indexOf` finds quotes much faster than a loop over every
 * character of a long text value.
 */
function stringEnd(text: string, pos: number): number {
  for (let from = pos + 1; ;) {
    const quote = text.indexOf('"', from);
    let before = quote - 1;
    // The opening quote is no backslash, so this stops inside the string.
    while (text.charCodeAt(before) === Char.Backslash) before--;
    if ((quote - 1 - before) % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** Just past a number, `true`, `false` or `null` starting at `pos`. */
function scalarEnd(text: string, pos: number): number {
  let i = pos + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (
      c === Char.Comma ||
      c === Char.CloseBrace ||
      c === Char.CloseBracket ||
      c === Char.Space ||
      c === Char.LineFeed ||
      c === Char.CarriageReturn ||
      c === Char.Tab ||
      Number.isNaN(c)
    )
      return i;
    i++;
  }
}
