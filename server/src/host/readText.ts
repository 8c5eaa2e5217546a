// Reads a card file from disk as text for the CLI: the one place that turns bytes into a string, so that every
// command treats encodings alike. UTF-8 (with or without a BOM) is read as it is, UTF-16 with a byte-order
// mark is decoded, and anything else is reported in one clear sentence instead of being silently replaced
// with U+FFFD or read as kilobytes of syntax errors. Read failures come back as values, never as throws.
import { readFile, stat } from 'node:fs/promises';

export type ReadText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  /** `encoding`: the bytes are there but are not text we can read; `io`: the file could not be read. */
  | { ok: false; kind: 'encoding' | 'io' | 'too-large'; message: string };

/** Far above any card (the parser stops at 5 MB of text); files above this are not read into memory. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

export async function readText(file: string, maxBytes = MAX_READ_BYTES): Promise<ReadText> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, kind: 'io', message: `${file} is a directory` };
    if (info.size > maxBytes)
      return {
        ok: false,
        kind: 'too-large',
        message: `${file} is too large (${info.size} bytes; a card file is read up to ${maxBytes} bytes)`,
      };
    return decodeText(await readFile(file));
  } catch (error) {
    return { ok: false, kind: 'io', message: `cannot read ${file}: ${describeIoError(error)}` };
  }
}

/** One line for a failed read: the system's reason and its code (`no such file or directory (ENOENT)`). */
export function describeIoError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reason: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EMFILE: 'too many open files',
    ELOOP: 'too many symbolic links',
  };
  if (e?.code && reason[e.code]) return `${reason[e.code]} (${e.code})`;
  return e?.message ?? String(error);
}

export function decodeText(bytes: Uint8Array): ReadText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  // NUL bytes are valid UTF-8 but never JSON: in every other byte they are ASCII text saved as UTF-16.
  if (bytes.includes(0) && looksLikeUtf16(bytes))
    return {
      ok: false,
      kind: 'encoding',
      message: 'it looks like UTF-16 without a byte-order mark: save it as UTF-8',
    };
  try {
    // The UTF-8 BOM stays in the text: the parser treats it as whitespace of the same length.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const hint = looksLikeUtf16(bytes)
      ? 'it looks like UTF-16 without a byte-order mark; save it as UTF-8'
      : 'save it as UTF-8, the encoding the platform reads';
    return {
      ok: false,
      kind: 'encoding',
      message: `not valid UTF-8 (first invalid byte at offset ${at}): ${hint}`,
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): ReadText {
  if (bytes.length % 2 !== 0)
    return {
      ok: false,
      kind: 'encoding',
      message: `starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes: save it as UTF-8`,
    };
  // The decoder drops the BOM, as editors do when they show the file: lines and columns agree with them.
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  return { ok: true, text, encoding };
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return i;
}

/** Many NUL bytes in every other position: UTF-16 text of mostly ASCII characters. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) nulOdd++;
    else nulEven++;
  }
  return Math.max(nulEven, nulOdd) > sample.length / 4;
}
