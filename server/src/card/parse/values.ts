// The plain JSON value of a card, as rules read it: `JSON.parse`'s objects, arrays and scalars. Rules look
// at values (the card's value is built once per version anyway, for schema validation) and name the place
// of a finding by its path (lint/locate.ts finds its range); the parse tree is for ranges and editor
// features. Reading values needs two precautions, which the helpers here take:
// - An object from `JSON.parse` inherits from `Object.prototype`, so `obj[key]` of a key the card does not
//   have can still give something (`constructor`, `toString`...). `own` reads only the card's own keys; a
//   fixed key that no prototype has (`tag`, `behaviors`) may be read directly.
// - A value may be of any type where the card is wrong: each helper checks the type it returns.

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

/** A path below the card root: keys and array indexes, as `ComponentNode.path` writes them. */
export type JsonPath = (string | number)[];

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The card's own value of `key` in an object (undefined for anything else, and for a key it lacks). */
export function own(obj: unknown, key: string): JsonValue | undefined {
  return isRecord(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** `own`, when it is a string. */
export function ownString(obj: unknown, key: string): string | undefined {
  const value = own(obj, key);
  return typeof value === 'string' ? value : undefined;
}

/** `own`, when it is an object. */
export function ownRecord(obj: unknown, key: string): JsonObject | undefined {
  const value = own(obj, key);
  return isRecord(value) ? value : undefined;
}

/** `own`, when it is an array; an empty array for anything else. */
export function ownItems(obj: unknown, key: string): readonly JsonValue[] {
  const value = own(obj, key);
  return Array.isArray(value) ? value : NO_ITEMS;
}

const NO_ITEMS: readonly JsonValue[] = Object.freeze([]);

/** The value at `path` below `root` (undefined where a step is missing or of the wrong type). */
export function valueAtPath(root: unknown, path: readonly (string | number)[]): JsonValue | undefined {
  let value = root as JsonValue | undefined;
  for (let i = 0; i < path.length && value !== undefined; i++) {
    const step = path[i];
    value = typeof step === 'number' ? (Array.isArray(value) ? value[step] : undefined) : own(value, step);
  }
  return value;
}
