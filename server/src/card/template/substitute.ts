// Fills a template card with sample values the way the platform does before the client sees it:
// `${name}` replaced, `_varloop` components repeated once per item. Used by `feishu-card render`, the
// preview and `simulate`, so a click sends the values a real card would carry.
import { valueOf } from '../parse/json';
import type { CardDocument } from '../parse/model';
import { isPlainObject, isWholeVariable, type TemplateData } from './variables';

export interface SubstituteResult {
  /** The card with every known variable replaced and every loop with a sample list expanded. */
  card: unknown;
  /** Top-level sample values the card used, in order of first use (loop lists included). */
  used: string[];
  /** Names that had no sample value; their `${name}` is left as it was. */
  missing: string[];
}

const REFERENCE = /\$\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const LINK_FIELDS = ['pc_url', 'ios_url', 'android_url'] as const;

type Scope = Record<string, unknown>[];

/** Substitutes sample values into a card value (any JSON value; the input is not changed). */
export function substitute(cardValue: unknown, values: Record<string, unknown>): SubstituteResult {
  const used = new Set<string>();
  const missing = new Set<string>();
  const resolve = (name: string, scope: Scope): { found: boolean; value?: unknown } => {
    for (let i = scope.length - 1; i >= 0; i--) {
      if (!Object.prototype.hasOwnProperty.call(scope[i], name)) continue;
      // Only top-level names count as used sample values; item fields belong to their list.
      if (i === 0) used.add(name);
      return { found: true, value: scope[i][name] };
    }
    missing.add(name);
    return { found: false };
  };

  const fillString = (text: string, scope: Scope, key: string | undefined): unknown => {
    // (Through `unknown`: the type guard would narrow `text` to `never` in the other branch.)
    if (isWholeVariable(text as unknown)) {
      const hit = resolve(text.slice(2, -1), scope);
      return hit.found ? adapt(key, structuredClone(hit.value)) : text;
    }
    return text.replace(REFERENCE, (whole, name: string) => {
      const hit = resolve(name, scope);
      return hit.found ? inline(hit.value) : whole;
    });
  };

  const fill = (value: unknown, scope: Scope, key: string | undefined): unknown => {
    if (typeof value === 'string') return fillString(value, scope, key);
    if (Array.isArray(value)) return value.flatMap((item) => fillItem(item, scope));
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fill(v, scope, k);
    return expandLinkSource(value, out);
  };

  // An array item with `_varloop` becomes one copy per item of its list; without a usable list it stays
  // as written, so the author sees the unfilled loop in the output.
  const fillItem = (item: unknown, scope: Scope): unknown[] => {
    if (!isPlainObject(item) || !isWholeVariable(item._varloop)) return [fill(item, scope, undefined)];
    const hit = resolve(item._varloop.slice(2, -1), scope);
    if (!hit.found || !Array.isArray(hit.value)) return [item];
    const { _varloop: _, ...template } = item;
    return hit.value.map((entry) => fill(template, [...scope, isPlainObject(entry) ? entry : {}], undefined));
  };

  const card = fill(cardValue, [values], undefined);
  return { card, used: [...used], missing: [...missing] };
}

/** Substitutes into a parsed card document (the card itself, without a message wrapper). */
export function substituteCard(card: CardDocument, data: TemplateData | undefined): SubstituteResult {
  return substitute(valueOf(card.cardNode), data?.values ?? {});
}

/** A value placed inside a longer string. */
function inline(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Whole-string variables whose value has a richer shape than the field. These follow the variable types
 * of the builder (reference notes §9); how the platform fills them is inferred, not documented:
 * - an image variable `{img_key}` bound to `img_key` gives its key;
 * - a URL string bound to `card_link` / `multi_url` gives a link object with that URL.
 */
function adapt(key: string | undefined, value: unknown): unknown {
  if (key === 'img_key' && isPlainObject(value) && typeof value.img_key === 'string') return value.img_key;
  if ((key === 'card_link' || key === 'multi_url') && typeof value === 'string') return { url: value };
  return value;
}

/**
 * A link variable (`{url, pc_url, ios_url, android_url}`) bound to an `open_url` behavior's `default_url`
 * spreads over the behavior's URL fields. Inferred from the builder's link variables, not documented.
 */
function expandLinkSource(original: Record<string, unknown>, out: Record<string, unknown>): unknown {
  const link = out.default_url;
  if (!isWholeVariable(original.default_url) || !isPlainObject(link)) return out;
  out.default_url = typeof link.url === 'string' ? link.url : '';
  for (const field of LINK_FIELDS) {
    if (typeof link[field] === 'string' && link[field] !== '') out[field] = link[field];
  }
  return out;
}

/**
 * The text a front end should render or simulate: the card text itself when there is nothing to fill, else
 * the filled card as JSON. Front ends (preview panel, `preview`, `simulate`) call this so that a click sends
 * the values a real card would carry; `used` tells the console which variables it drew on.
 */
export function substituteText(
  text: string,
  data: TemplateData | undefined,
): { text: string; used: string[]; missing: string[] } {
  if (!data || !text.includes('${')) return { text, used: [], missing: [] };
  const result = substitute(parseValue(text), data.values);
  if (result.card === undefined || result.used.length === 0)
    return { text, used: [], missing: result.missing };
  return { text: JSON.stringify(result.card, null, 2), used: result.used, missing: result.missing };
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}
