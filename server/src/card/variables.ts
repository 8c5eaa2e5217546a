// Card variables (`${name}`) as exported by the platform's card builder. Any rule that checks a value
// (URLs, enums, callback values, dates) must skip values that are variables: their real value comes
// from the template data at send time.

/** Matches one `${name}` reference; names start with a letter, then letters, digits and `_`. */
export const VARIABLE_PATTERN = /\$\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Is the whole string a single variable (`"${name}"`), which may stand for a non-string value? */
export function isWholeVariable(value: unknown): value is string {
  return typeof value === 'string' && /^\$\{[A-Za-z][A-Za-z0-9_]*\}$/.test(value);
}

/** Does the string contain any `${...}` reference? */
export function containsVariable(value: unknown): value is string {
  return typeof value === 'string' && /\$\{[^}]*\}/.test(value);
}

/** Sample values for a template card's variables: the sidecar `<card>.data.json` or a send-request file. */
export interface TemplateData {
  /** `{ "<name>": <value> }`, the same shape as `template_variable`. */
  values: Record<string, unknown>;
  /** Where the values came from, so rules can point into the data file. */
  source?: { path: string; text: string };
}
