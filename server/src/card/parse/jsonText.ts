// Text-level helpers that need no JSON tree: depth scanning and JSON string decoding with offset maps.

/**
 * Deepest bracket nesting in a JSON text, counted without recursion so that 10,000 levels cannot overflow
 * the stack. Stops early once `limit` is passed.
 */
export function maxNestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  // Stryker disable next-line EqualityOperator: one step past the end reads NaN, which is no bracket or quote
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      // Stryker disable next-line EqualityOperator: at depth === max, setting max to depth changes nothing
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 || c === 93) depth = Math.max(0, depth - 1);
  }
  return max;
}

/** JSON's two-character escapes and what they stand for. */
const SHORT_ESCAPES = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

/**
 * Decodes the raw text of a JSON string literal (quotes included) and records, for every decoded UTF-16
 * unit, the offset of the raw text it came from. Used to report problems inside a card that is itself a
 * JSON string (`"content": "{\"schema\":\"2.0\"...}"`) at the right place in the file.
 */
export function decodeJsonString(raw: string): { value: string; offsets: number[] } {
  let value = '';
  const offsets: number[] = [];
  const end = raw.endsWith('"') && raw.length > 1 ? raw.length - 1 : raw.length;
  for (let i = 1; i < end; i++) {
    const c = raw[i];
    if (c !== '\\') {
      value += c;
      offsets.push(i);
      continue;
    }
    const e = raw[i + 1];
    const short = SHORT_ESCAPES.get(e);
    if (short !== undefined) {
      value += short;
      offsets.push(i);
      i++;
    } else if (e === 'u' && /[0-9a-fA-F]{4}/.test(raw.slice(i + 2, i + 6))) {
      value += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      offsets.push(i);
      i += 5;
    } else {
      value += c;
      offsets.push(i);
    }
  }
  offsets.push(end);
  return { value, offsets };
}

/**
 * Fits a reported range into a text of `textLength`: at least one character wide when the text has any, and
 * never past its end. Parsers report "expected `}`" at the very end of the file with length 0, which would
 * otherwise become a range one past the last character (outside the document for SARIF and the CLI).
 */
export function visibleRange(
  offset: number,
  length: number,
  textLength: number,
): { start: number; end: number } {
  // An empty text gives { start: 0, end: 0 }: the start clamps to 0 and the end to the length.
  const start = Math.max(0, Math.min(offset, textLength - 1));
  return { start, end: Math.min(textLength, Math.max(start + 1, offset + length)) };
}

/** Levenshtein distance, for did-you-mean suggestions. */
export function editDistance(a: string, b: string): number {
  // Stryker disable next-line ConditionalExpression: a shortcut; the table gives 0 for equal words too
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The closest candidate within a distance that scales with the word's length, or undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * UTF-8 size of a string without encoding it (a 1 MB card would allocate a 1 MB buffer just to count).
 * Counted by hand rather than with Buffer: the rules also run in the preview's browser bundle.
 * A lone surrogate counts 3 bytes, as the encoder writes U+FFFD for it.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // Past the end charCodeAt is NaN, which is no trailing surrogate.
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Characters that make JSON.stringify write a string other than as itself in quotes, or that UTF-8 widens. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON.stringify escapes
const WRITTEN_OTHERWISE = /["\\\u0000-\u001f\u0080-\uffff]/;

/**
 * The UTF-8 size of `JSON.stringify(value)`, without building that string: a card's size limit is on its
 * compact JSON, and on a large card the string (and the scan for non-ASCII in it) cost more than counting.
 * Mirrors JSON.stringify for the values JSON.parse makes: numbers as `String` writes them (`null` for the
 * infinities an overflowing literal gives), an undefined array item as `null`, an undefined member left out.
 * A string with anything to escape or widen is counted character by character (stringBytes). Recursive: card
 * values are within the parser's depth guard.
 */
export function compactJsonBytes(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let bytes = 2 + Math.max(0, value.length - 1);
        for (let i = 0; i < value.length; i++)
          bytes += value[i] === undefined ? 4 : compactJsonBytes(value[i]);
        return bytes;
      }
      let bytes = 2;
      let members = 0;
      const record = value as Record<string, unknown>;
      for (const key in record) {
        const item = record[key];
        if (item === undefined) continue;
        bytes += stringBytes(key) + 1 + compactJsonBytes(item);
        members++;
      }
      return bytes + Math.max(0, members - 1);
    }
    default:
      return 0;
  }
}

/**
 * The UTF-8 size of `JSON.stringify(text)`, counted in place: stringifying each non-ASCII string was a copy of
 * it, and 0.4 of the 4.8 MB a lint of the 1 MB card allocated (bench/allocations.ts).
 */
function stringBytes(text: string): number {
  if (!WRITTEN_OTHERWISE.test(text)) return text.length + 2;
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A quote and a backslash are escaped with a backslash; a control character as \n or \u00XX.
    if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x20) bytes += SHORT_CONTROL.has(c) ? 2 : 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair is one 4-byte character; a lone surrogate is written as \uXXXX.
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
    } else bytes += 3;
  }
  return bytes;
}

/** The control characters JSON.stringify writes with a short escape (\b \t \n \f \r). */
const SHORT_CONTROL = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);
