// Measuring and printing JSON values that came from outside (an answer from the author's server, a body to
// show) without trusting their shape: JSON.parse accepts any depth, JSON.stringify recurses per level and
// throws RangeError past a few thousand, and pretty-printing a deep value multiplies its size by its depth.

/** The answer / output depth we read at all. The card parser stops at the same depth (parse.ts). */
export const MAX_VALUE_DEPTH = 256;
/** Above this many characters a value is printed compact instead of indented. */
export const MAX_PRETTY_CHARS = 1024 * 1024;

/**
 * Deepest nesting of arrays and objects in a value (a scalar is 0, `{}` is 1), counted with an explicit
 * stack so that no depth can overflow ours. Stops once `limit` is passed and returns a number above it.
 */
export function valueDepth(value: unknown, limit = Infinity): number {
  if (!isContainer(value)) return 0;
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (depth > max) {
      max = depth;
      if (max > limit) return max;
    }
    // A cycle (never from JSON.parse, but possible in a value built in code) counts as too deep.
    if (seen.has(item as object)) return Infinity;
    seen.add(item as object);
    const children = Array.isArray(item) ? item : Object.values(item as Record<string, unknown>);
    for (const child of children) if (isContainer(child)) stack.push([child, depth + 1]);
  }
  return max;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

export type PrintedValue =
  { ok: true; text: string; pretty: boolean } | { ok: false; reason: 'too-deep'; depth: number };

/**
 * JSON text of a value, indented by two spaces when that stays under `maxChars` (each line is indented by
 * up to twice the depth, so the estimate is the compact length times the depth), compact otherwise.
 * Refuses values nested deeper than `maxDepth` instead of throwing.
 */
export function printValue(
  value: unknown,
  maxDepth = MAX_VALUE_DEPTH,
  maxChars = MAX_PRETTY_CHARS,
): PrintedValue {
  const depth = valueDepth(value, maxDepth);
  if (depth > maxDepth) return { ok: false, reason: 'too-deep', depth };
  const compact = JSON.stringify(value) ?? 'null';
  if (compact.length * (1 + 2 * depth) > maxChars) return { ok: true, text: compact, pretty: false };
  return { ok: true, text: JSON.stringify(value, null, 2) ?? 'null', pretty: true };
}
