// A fast path for jsonc-parser's `parseTree` on strict JSON.
//
// Why: on a 1 MB card `parseTree` costs about ten times `JSON.parse` (its scanner builds a token value for
// every token, whitespace included, and every node goes through visitor callbacks). Almost every card is
// plain, valid JSON, so this parser builds the very same tree directly with `charCodeAt` scanning, and gives
// up (returns undefined) at the first thing that is not strict JSON: comments, trailing commas, bad strings
// or numbers, junk after the root, empty text. The caller then falls back to `parseTree`, which stays the
// reference: it recovers from errors and reports them. The two must agree on every valid document; the
// fuzz suite (test/fuzz/jsonTree.test.ts) checks that, including offsets, lengths and parent links.
//
// jsonc-parser details reproduced here (jsonc-parser 3.3, parser.js `parseTree` and scanner.js):
// - Node shapes and key order: object/array `{ type, offset, length, parent, children }`, property
//   `{ type, offset, length, parent, children, colonOffset }`, a property key `{ type: 'string', value,
//   offset, length, parent }`, any other value `{ type, offset, length, parent, value }`.
// - The root node has no `parent` property at all (`parseTree` deletes it), not `parent: undefined`.
// - Offsets and lengths are those of the tokens: a string's include its quotes, an object's or array's run
//   from the opening to the closing bracket. A property runs from its key's opening quote to the end of
//   its value; `colonOffset` is the offset of the `:`. Whitespace is never part of a node.
// - Whitespace is exactly space, tab, LF and CR (scanner `isWhiteSpace`/`isLineBreak`); anything else
//   outside a string (form feed, NBSP, a BOM...) is an error there, so we give up on it too.
// - Numbers are valued with `Number(text)` of the token, sign included: `-0` is -0, `1e400` is Infinity,
//   `1e-400` is 0. Strict JSON number syntax is all jsonc accepts without an error.
// - String values decode `\" \\ \/ \b \f \n \r \t` and `\uXXXX` (exactly four hex digits, either case)
//   with `String.fromCharCode`, so an escaped lone surrogate stays a lone surrogate. Any other escape, and
//   any raw character below U+0020 inside a string, is an error in jsonc. Raw lone surrogates are kept.
// - Duplicate keys stay separate property children, in document order.

import type { Node, NodeType } from 'jsonc-parser';

/**
 * Deepest bracket nesting we recurse into by default (about three stack frames a level); deeper text gives
 * up like any other unusual input. parseCard passes its own, lower limit (256).
 */
const MAX_DEPTH = 512;

/**
 * Strings up to this many characters are shared between nodes (scanShared). Kept under 13: V8 copies a
 * shorter slice, while a longer one points into the whole text, and an entry of the table below would then
 * keep a closed document's text alive.
 */
const MAX_SHARED_KEY = 12;
/**
 * The short strings seen last, by hash: one string per distinct spelling, shared by every key and value
 * that spells it, in this document and the next ones. A collision just replaces the entry. The size is a
 * power of two.
 */
const sharedKeys: (string | undefined)[] = new Array<string | undefined>(512).fill(undefined);

/** Thrown internally to abandon the fast path; never escapes `parseJsonTree`. */
const GIVE_UP = new Error('not strict JSON');

const enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperA = 65,
  UpperE = 69,
  UpperF = 70,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerA = 97,
  LowerB = 98,
  LowerE = 101,
  LowerF = 102,
  LowerN = 110,
  LowerR = 114,
  LowerT = 116,
  LowerU = 117,
  OpenBrace = 123,
  CloseBrace = 125,
}

/** jsonc-parser's `Node`, writable while we build it. */
interface TreeNode {
  type: NodeType;
  value?: unknown;
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: TreeNode;
  children?: TreeNode[];
}

/**
 * The tree `parseTree(text, errors, { allowTrailingComma: false, disallowComments: false })` returns, if
 * `text` is strict JSON (RFC 8259, whitespace around the value allowed). Undefined for anything else,
 * comments included although parseTree accepts them: then call `parseTree` itself. Never throws.
 */
export function parseJsonTree(text: string, maxDepth = MAX_DEPTH): Node | undefined {
  try {
    return new StrictJsonParser(text, Math.min(maxDepth, MAX_DEPTH)).parseDocument();
  } catch {
    // GIVE_UP, or a RangeError should the stack run out anyway: either way jsonc-parser takes over.
    return undefined;
  }
}

function giveUp(): never {
  throw GIVE_UP;
}

function isDigit(c: number): boolean {
  return c >= Char.Zero && c <= Char.Nine;
}

class StrictJsonParser {
  private pos = 0;
  private depth = 0;
  /**
   * The children of every open object and array, innermost last. Collected here and copied out when the
   * container closes, so each `children` array has exactly its size: V8 gives an array pushed onto from
   * `[]` room for 17, which on a big card adds up to about a tenth of the tree's memory.
   */
  private readonly pending: TreeNode[] = [];
  private pendingLength = 0;

  constructor(
    private readonly text: string,
    /** Bracket nesting beyond which the fast path gives up. */
    private readonly maxDepth: number,
  ) {}

  parseDocument(): Node {
    this.skipWhitespace();
    const root = this.parseValue(undefined); // also gives up on empty text: NaN matches no value
    this.skipWhitespace();
    if (this.pos !== this.text.length) giveUp();
    // parseTree hangs the root on an artificial array and deletes the link afterwards.
    delete root.parent;
    return root;
  }

  /** Advances past space, tab, LF and CR: all jsonc-parser (and JSON) count as whitespace. */
  private skipWhitespace(): void {
    const text = this.text;
    let pos = this.pos;
    let c = text.charCodeAt(pos);
    while (
      c <= Char.Space &&
      (c === Char.Space || c === Char.LineFeed || c === Char.CarriageReturn || c === Char.Tab)
    ) {
      c = text.charCodeAt(++pos);
    }
    this.pos = pos;
  }

  /** One value at `pos` (no whitespace before or after); `pos` ends just past it. */
  private parseValue(parent: TreeNode | undefined): TreeNode {
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case Char.OpenBrace:
        return this.parseObject(parent);
      case Char.OpenBracket:
        return this.parseArray(parent);
      case Char.Quote: {
        const offset = this.pos;
        const value = this.scanShared();
        return { type: 'string', offset, length: this.pos - offset, parent, value };
      }
      case Char.LowerT:
        return this.parseKeyword('true', true, parent);
      case Char.LowerF:
        return this.parseKeyword('false', false, parent);
      case Char.LowerN:
        return this.parseKeyword('null', null, parent);
      default:
        if (c === Char.Minus || isDigit(c)) return this.parseNumber(parent);
        return giveUp();
    }
  }

  private parseObject(parent: TreeNode | undefined): TreeNode {
    const node: TreeNode = { type: 'object', offset: this.pos, length: -1, parent, children: undefined };
    const first = this.enter();
    this.pos++; // {
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) !== Char.CloseBrace) {
      for (;;) {
        // Also where a trailing comma (`{"a": 1,}`) gives up: a key must follow every comma.
        if (this.text.charCodeAt(this.pos) !== Char.Quote) giveUp();
        // Parsed first, then stored: a nested container uses `pending` above our length while it is open.
        const property = this.parseProperty(node);
        this.pending[this.pendingLength++] = property;
        this.skipWhitespace();
        const c = this.text.charCodeAt(this.pos);
        if (c === Char.CloseBrace) break;
        if (c !== Char.Comma) giveUp();
        this.pos++;
        this.skipWhitespace();
      }
    }
    this.pos++; // }
    node.length = this.pos - node.offset;
    node.children = this.leave(first);
    return node;
  }

  /** `"key": value` at `pos`, which is on the key's opening quote. */
  private parseProperty(parent: TreeNode): TreeNode {
    const offset = this.pos;
    const key = this.scanShared();
    const keyLength = this.pos - offset;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) !== Char.Colon) giveUp();
    const colonOffset = this.pos++;
    this.skipWhitespace();
    // `children` is filled once the value exists; the key node needs its parent first. parseTree builds the
    // same fields in the same order (`colonOffset` last), so the node has the same shape as jsonc's.
    const property: TreeNode = {
      type: 'property',
      offset,
      length: -1,
      parent,
      children: undefined,
      colonOffset,
    };
    const keyNode: TreeNode = { type: 'string', value: key, offset, length: keyLength, parent: property };
    const valueNode = this.parseValue(property);
    property.children = [keyNode, valueNode];
    // From the key's opening quote to the end of the value, whitespace after it excluded.
    property.length = this.pos - offset;
    return property;
  }

  private parseArray(parent: TreeNode | undefined): TreeNode {
    const node: TreeNode = { type: 'array', offset: this.pos, length: -1, parent, children: undefined };
    const first = this.enter();
    this.pos++; // [
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) !== Char.CloseBracket) {
      for (;;) {
        // After a comma this gives up on `]` (a trailing comma) like on any other non-value.
        const item = this.parseValue(node);
        this.pending[this.pendingLength++] = item;
        this.skipWhitespace();
        const c = this.text.charCodeAt(this.pos);
        if (c === Char.CloseBracket) break;
        if (c !== Char.Comma) giveUp();
        this.pos++;
        this.skipWhitespace();
      }
    }
    this.pos++; // ]
    node.length = this.pos - node.offset;
    node.children = this.leave(first);
    return node;
  }

  /** Starts an object or array: returns where its children will start in `pending`. */
  private enter(): number {
    if (++this.depth > this.maxDepth) giveUp();
    return this.pendingLength;
  }

  /** Ends an object or array: its children, from `pending[first]` on, as an array of their own. */
  private leave(first: number): TreeNode[] {
    this.depth--;
    const children = this.pending.slice(first, this.pendingLength);
    this.pendingLength = first;
    return children;
  }

  /**
   * `true`, `false` or `null`. Whatever follows is checked by the caller, which accepts only whitespace, a
   * separator, a closing bracket or the end: so `truex` gives up, as jsonc reports it as an unknown symbol.
   */
  private parseKeyword(word: string, value: boolean | null, parent: TreeNode | undefined): TreeNode {
    const offset = this.pos;
    if (!this.text.startsWith(word, offset)) giveUp();
    this.pos += word.length;
    return { type: value === null ? 'null' : 'boolean', offset, length: word.length, parent, value };
  }

  /**
   * A number in strict JSON syntax: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. jsonc scans the
   * same way; a leading zero followed by digits, `1.`, `1e` or `-` alone are errors there too (`+1` and
   * `.5` never start a value). Whatever follows the number is checked by the caller.
   */
  private parseNumber(parent: TreeNode | undefined): TreeNode {
    const text = this.text;
    const offset = this.pos;
    let pos = offset;
    const negative = text.charCodeAt(pos) === Char.Minus;
    if (negative) pos++;
    let c = text.charCodeAt(pos);
    if (!isDigit(c)) giveUp();
    // The integer part, summed digit by digit. Up to 15 digits the sum is exact, so it is what Number()
    // gives; longer integers (17 digits summed one by one can round differently), fractions and exponents
    // go through Number() itself.
    let integer = c - Char.Zero;
    c = text.charCodeAt(++pos);
    if (integer !== 0) {
      while (isDigit(c)) {
        integer = integer * 10 + (c - Char.Zero);
        c = text.charCodeAt(++pos);
      }
    }
    const integerDigits = pos - offset - (negative ? 1 : 0);
    let simple = integerDigits <= 15;
    if (c === Char.Dot) {
      simple = false;
      pos = skipDigits(text, pos + 1);
      c = text.charCodeAt(pos);
    }
    if (c === Char.LowerE || c === Char.UpperE) {
      simple = false;
      c = text.charCodeAt(++pos);
      if (c === Char.Plus || c === Char.Minus) pos++;
      pos = skipDigits(text, pos);
    }
    this.pos = pos;
    // parseTree values the token with Number(), sign included: `-0` is -0, `1e400` Infinity.
    const value = simple ? (negative ? -integer : integer) : Number(text.slice(offset, pos));
    return { type: 'number', offset, length: pos - offset, parent, value };
  }

  /**
   * A string literal at `pos` (on its opening quote), like `scanString`, but a short one without escapes is
   * looked up among the strings seen before instead of being sliced again: a card repeats a few dozen keys
   * (`tag`, `content`, `elements`...) and values (`button`, `callback`...) tens of thousands of times, and
   * one string each saves that many allocations and lets the engine hash each of them once (catalog
   * lookups by tag, key comparisons).
   */
  private scanShared(): string {
    const text = this.text;
    const start = this.pos + 1;
    const end = Math.min(start + MAX_SHARED_KEY + 1, text.length);
    let hash = 0;
    for (let pos = start; pos < end; pos++) {
      const c = text.charCodeAt(pos);
      if (c === Char.Quote) {
        const length = pos - start;
        const slot = (hash + length) & (sharedKeys.length - 1);
        const seen = sharedKeys[slot];
        this.pos = pos + 1;
        if (seen !== undefined && seen.length === length && text.startsWith(seen, start)) return seen;
        return (sharedKeys[slot] = text.slice(start, pos));
      }
      // Escapes and control characters (to give up on) are scanString's job.
      if (c === Char.Backslash || c < Char.Space) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    return this.scanString();
  }

  /**
   * The string literal at `pos` (on its opening quote), decoded; `pos` ends past the closing quote. Most
   * strings have no escape: they are one slice of the text.
   */
  private scanString(): string {
    const text = this.text;
    const start = this.pos + 1;
    let pos = start;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === Char.Quote) {
        this.pos = pos + 1;
        return text.slice(start, pos);
      }
      if (c === Char.Backslash) return this.scanEscapedString(start, pos);
      // A raw control character (jsonc: InvalidCharacter, or UnexpectedEndOfString for CR and LF), or the
      // end of the text (charCodeAt gives NaN, which fails the comparison).
      if (!(c >= Char.Space)) giveUp();
      pos++;
    }
  }

  /** The rest of a string literal from its first backslash, at `pos`; `start` is past its opening quote. */
  private scanEscapedString(start: number, pos: number): string {
    const text = this.text;
    let result = '';
    let segment = start;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === Char.Quote) {
        this.pos = pos + 1;
        return result + text.slice(segment, pos);
      }
      if (c === Char.Backslash) {
        result += text.slice(segment, pos) + this.escape(pos + 1);
        pos += text.charCodeAt(pos + 1) === Char.LowerU ? 6 : 2; // `\uXXXX` or `\n` and the like
        segment = pos;
        continue;
      }
      if (!(c >= Char.Space)) giveUp();
      pos++;
    }
  }

  /** The character an escape stands for; `pos` is just past the backslash. */
  private escape(pos: number): string {
    switch (this.text.charCodeAt(pos)) {
      case Char.Quote:
        return '"';
      case Char.Backslash:
        return '\\';
      case Char.Slash:
        return '/';
      case Char.LowerB:
        return '\b';
      case Char.LowerF:
        return '\f';
      case Char.LowerN:
        return '\n';
      case Char.LowerR:
        return '\r';
      case Char.LowerT:
        return '\t';
      case Char.LowerU:
        // Exactly four hex digits; the unit as it is, so `\ud800` alone stays a lone surrogate.
        return String.fromCharCode(this.hex4(pos + 1));
      default:
        // `\a`, `\x41`, `\'`... (jsonc: InvalidEscapeCharacter), or the end of the text.
        return giveUp();
    }
  }

  /** The four hex digits at `pos` as a number; gives up unless all four are there. */
  private hex4(pos: number): number {
    let code = 0;
    for (let i = pos; i < pos + 4; i++) code = code * 16 + hexValue(this.text.charCodeAt(i));
    return code;
  }
}

/** The digits at `pos`, at least one; returns the position after them. */
function skipDigits(text: string, pos: number): number {
  if (!isDigit(text.charCodeAt(pos))) giveUp();
  do pos++;
  while (isDigit(text.charCodeAt(pos)));
  return pos;
}

function hexValue(c: number): number {
  if (c >= Char.Zero && c <= Char.Nine) return c - Char.Zero;
  if (c >= Char.LowerA && c <= Char.LowerF) return c - Char.LowerA + 10;
  if (c >= Char.UpperA && c <= Char.UpperF) return c - Char.UpperA + 10;
  return giveUp();
}
