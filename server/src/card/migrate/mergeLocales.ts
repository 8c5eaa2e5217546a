// Merges the per-language element lists of a 1.0 card's `i18n_elements` (already turned into 2.0 elements)
// into one list with per-field multi-language values, the only multi-language form JSON 2.0 has (the
// multi-language page: card-wide i18n is not supported in 2.0; `content` → `i18n_content`, `default_value` →
// `i18n_default_value`, `img_key` → `i18n_img_key`). The lists must have the same structure: anything that
// differs between languages other than those three fields (a tag, a callback value, a link, the number of
// elements) cannot be written per field, and the merge then fails with the place where they part.

type Json = Record<string, unknown>;

/** The per-field multi-language key of each field that 2.0 can translate. */
const I18N_KEYS: Record<string, string> = {
  content: 'i18n_content',
  default_value: 'i18n_default_value',
  img_key: 'i18n_img_key',
};

export type LocaleMerge = { ok: true; elements: unknown[] } | { ok: false; path: (string | number)[] };

const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * One list for all languages. `base` names the language whose texts stay in the plain fields (what a
 * client whose language has no entry shows); every language, `base` included, goes into the i18n map.
 */
export function mergeLocales(lists: Record<string, unknown[]>, base: string): LocaleMerge {
  const locales = Object.keys(lists);
  let failedAt: (string | number)[] | undefined;
  const merge = (values: unknown[], path: (string | number)[]): unknown => {
    // Stryker disable next-line ConditionalExpression: only a shortcut; `fail` keeps the first path anyway.
    if (failedAt) return undefined;
    const first = values[0];
    if (values.every((v) => same(v, first))) return first;
    if (Array.isArray(first)) {
      if (!values.every((v) => Array.isArray(v) && v.length === first.length)) return fail(path);
      return first.map((_, i) =>
        merge(
          values.map((v) => (v as unknown[])[i]),
          [...path, i],
        ),
      );
    }
    if (!isRecord(first) || !values.every(isRecord)) return fail(path);
    const keys = Object.keys(first);
    const records = values as Json[];
    if (!records.every((r) => sameKeys(Object.keys(r), keys))) return fail(path);
    const out: Json = {};
    for (const key of keys) {
      const field = records.map((r) => r[key]);
      const i18nKey = I18N_KEYS[key];
      if (i18nKey && !field.every((v) => v === field[0]) && field.every((v) => typeof v === 'string')) {
        // Already translated per field in one of the languages: two sources for one text, not merged.
        if (records.some((r) => r[i18nKey] !== undefined)) return fail([...path, i18nKey]);
        out[key] = field[locales.indexOf(base)];
        out[i18nKey] = Object.fromEntries(locales.map((locale, i) => [locale, field[i]]));
        continue;
      }
      out[key] = merge(field, [...path, key]);
    }
    return out;
  };
  const fail = (path: (string | number)[]) => {
    failedAt ??= path;
    return undefined;
  };
  const merged = merge(
    locales.map((l) => lists[l]),
    [],
  );
  if (failedAt) return { ok: false, path: failedAt };
  return { ok: true, elements: merged as unknown[] };
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return sameKeys(keys, Object.keys(b)) && keys.every((k) => same(a[k], b[k]));
  }
  return false;
}
