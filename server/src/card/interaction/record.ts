// One answer, for the whole interaction layer, to "is this a JSON object?" (not null, not a list): component
// properties, edited requests, console entries and the bot's answers may hold anything, and every reader
// asks this same question before it looks inside.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a JSON object, else undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
