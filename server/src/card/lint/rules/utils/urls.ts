// Every place a card holds a link, and what kind of link each value is. `url-invalid` and `url-insecure`
// share this so they judge the same strings the same way.
import type { CardDocument, ComponentNode } from '../../../parse/model';
import { isRecord, type JsonObject, type JsonPath, type JsonValue } from '../../../parse/values';
import { containsVariable } from '../../../template/variables';
import { inComponent, placeRange, type Place } from '../../locate';
import { inDocumentOrder } from './documentOrder';

/** A link string of the card: the value of `key` in the object at `owner` (below `component`). */
export interface UrlField {
  /** The component that holds it; undefined for the card's `card_link`. */
  component: ComponentNode | undefined;
  /**
   * The path of the object holding it, below `component` (below the card root for `card_link`); shared by
   * the links of one object. `urlPlace` gives the link's whole path, when a finding or a fix needs it.
   */
  owner: JsonPath;
  value: string;
  key: string;
  /** The fallback URL of its group (`default_url`, `url`): must not be empty. */
  fallback: boolean;
  /** What `classifyUrl` says of it. */
  kind: UrlKind;
}

const PLATFORM_KEYS = ['pc_url', 'ios_url', 'android_url'];

export type UrlKind =
  | 'ok'
  /** Holds a `${name}` variable: the real value arrives with the template data. */
  | 'variable'
  | 'insecure'
  | 'empty'
  | 'whitespace'
  | 'scheme'
  | 'relative'
  | 'malformed';

/** `lark://msgcard/unsupported_action` switches the jump off on one platform; it is a valid value. */
export const UNSUPPORTED_ACTION = 'lark://msgcard/unsupported_action';

/**
 * `http(s)://` and a plain host name (letters, digits and inner hyphens; the last label starts with a letter,
 * so it is no IPv4 number) ending at a `/`, `?`, `#` or the end: what nearly every link is. `new URL` always
 * parses such a link with that host, so it is not asked (on a large card it is the costly part); a host
 * with an `xn--` label, a port, user info or anything else goes to `new URL`.
 */
const PLAIN_WEB =
  // Stryker disable next-line Regex: a shortcut past `new URL`, which classifies what a changed pattern lets through (or sends on) the same way
  /^(https?):\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?(?=[/?#]|$)/i;

// The patterns live here, not as literals in classifyUrl: a regex literal makes a new RegExp object each
// time it is evaluated (56 B), three or more per link (on the 1 MB bench card 3,600 links, about 600 KB).
const WHITESPACE = /\s/;
const LARK = /^lark:\/\/\S/i;
const PUNYCODE = /xn--/i;
const WEB = /^(https?):\/\//i;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const HOST_PORT = /^[\w.-]+:\d+(\/|$)/;

export function classifyUrl(value: string, fallback: boolean, webKinds?: Map<string, UrlKind>): UrlKind {
  if (containsVariable(value as unknown)) return 'variable';
  if (value === '') return fallback ? 'empty' : 'ok';
  // `\s` is the set `trim()` strips (white space and line terminators): an untrimmed link has one too.
  if (WHITESPACE.test(value)) return 'whitespace';
  if (LARK.test(value)) return 'ok';
  // A test, not an exec: no match array and substrings per link. The scheme is then `http` or `https`, told
  // by its fifth letter; `xn--` anywhere in the link sends it the long way (which finds the same when the
  // `xn--` is past the host).
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; the exec below classifies every link it lets through or sends on the same way
  if (PLAIN_WEB.test(value) && !PUNYCODE.test(value)) return value.charCodeAt(4) === 0x3a ? 'insecure' : 'ok';
  const plain = PLAIN_WEB.exec(value);
  // Stryker disable next-line ConditionalExpression: a shortcut; `new URL` gives a plain host without `xn--` the same kind
  if (plain && !PUNYCODE.test(plain[0])) return plain[1].toLowerCase() === 'http' ? 'insecure' : 'ok';
  const web = WEB.exec(value);
  if (web) {
    // `new URL` is the costly part: a card repeating a link asks it once (the answer does not depend on
    // `fallback`, which only matters for "").
    const known = webKinds?.get(value);
    // Stryker disable next-line ConditionalExpression: a memo; asking `new URL` again gives the same kind
    if (known) return known;
    const kind = parsedWebKind(value, web[1]);
    webKinds?.set(value, kind);
    return kind;
  }
  if (SCHEME.test(value) && !HOST_PORT.test(value)) return 'scheme';
  return 'relative';
}

function parsedWebKind(value: string, scheme: string): UrlKind {
  // An http(s) URL without a host does not parse (the URL standard fails a special URL without one).
  try {
    new URL(value);
  } catch {
    return 'malformed';
  }
  return scheme.toLowerCase() === 'http' ? 'insecure' : 'ok';
}

/**
 * Where a link stands: its string value, by path. Built when asked (for a finding or a fix): a path per link
 * up front would also build the path of every component that holds one.
 */
export function urlPlace(field: UrlField): Place {
  const { component, owner, key } = field;
  return component ? inComponent(component, [...owner, key]) : { path: [...owner, key] };
}

/**
 * The card offset of a link's string, by which url-insecure's data names it. Only the tree knows offsets:
 * ask this for a finding or a fix, never for every link.
 */
export function urlOffset(card: CardDocument, field: UrlField): number | undefined {
  return placeRange(card, urlPlace(field))?.start;
}

const fieldsOfCard = new WeakMap<CardDocument, UrlField[]>();

/**
 * All link strings of the card, classified, in document order: behaviors, legacy button links, column and
 * overflow links, 1.0 `href` links, `card_link`. Computed once per card version (two rules read it; a 1 MB
 * card holds thousands of links).
 */
export function urlFields(card: CardDocument): UrlField[] {
  let fields = fieldsOfCard.get(card);
  if (!fields) fieldsOfCard.set(card, (fields = collectUrlFields(card)));
  return fields;
}

// Owners that are the same for every component: shared, not made per link.
const OWN: JsonPath = [];
const MULTI_URL: JsonPath = ['multi_url'];
const ACTION_MULTI_URL: JsonPath = ['action', 'multi_url'];
const HREF: JsonPath = ['href'];
const TEXT_HREF: JsonPath = ['text', 'href'];
const CARD_LINK: JsonPath = ['card_link'];

function collectUrlFields(card: CardDocument): UrlField[] {
  const out: UrlField[] = [];
  // Generated cards repeat the same links: `classifyUrl` asks `new URL` (the costly part) once per distinct
  // link. The cheap checks run per field: a map of every link, as before, cost more than they do. With the
  // shortcuts in classifyUrl and one look at each component's keys (below), the 1 MB bench card's fields
  // took 3.6 ms instead of 6.2 and allocated 1.6 MB instead of 2.5 (medians, old and new alternated; measured
  // on the tree, before the fields named their place by path).
  const webKinds = new Map<string, UrlKind>();
  const add = (
    component: ComponentNode | undefined,
    owner: JsonPath,
    key: string,
    value: string,
    fallback: boolean,
  ) => {
    out.push({ component, owner, value, key, fallback, kind: classifyUrl(value, fallback, webKinds) });
  };
  // The fallback link and the platform links of one object, in the order it writes them.
  const group = (
    obj: JsonObject,
    fallbackKey: string,
    component: ComponentNode | undefined,
    owner: JsonPath,
  ) => {
    for (const key in obj) {
      if (key !== fallbackKey && !PLATFORM_KEYS.includes(key)) continue;
      const value = obj[key];
      if (typeof value === 'string') add(component, owner, key, value, key === fallbackKey);
    }
  };
  // JSON 1.0 markdown / lark_md links named in the content (`[text]($urlVal)`): one group per named link.
  const hrefGroups = (href: JsonValue | undefined, component: ComponentNode, owner: JsonPath) => {
    if (!isRecord(href)) return;
    for (const name in href) {
      const link = href[name];
      if (isRecord(link)) group(link, 'url', component, [...owner, name]);
    }
  };
  // One look at each key of each component, in document order (the walk in names.ts), finds those that can
  // hold links (most components have none); only those are read further. A repeated key gives its last
  // value, as JSON.parse keeps it (and the tree's `prop`, by which a finding's path finds its string).
  inDocumentOrder(
    card,
    (key, value) => {
      // A card_link whose every link is "" is an unset one, as the builder exports it (official 1.0 examples
      // carry it): no jump is configured, so there is nothing to report.
      if (key === 'card_link' && isRecord(value) && !allEmpty(value))
        group(value, 'url', undefined, CARD_LINK);
    },
    (component, key, value) => {
      switch (key) {
        case 'behaviors':
          // Index loops, not for-of: this runs once per lint, in code V8 leaves unoptimized, where for-of
          // allocates an iterator result per step (40 B; on the 1 MB bench card 2,743 components, 11,820
          // keys and 3,600 links).
          if (!Array.isArray(value)) return;
          for (let i = 0; i < value.length; i++) {
            const behavior = value[i];
            if (isRecord(behavior) && behavior.type === 'open_url')
              group(behavior, 'default_url', component, ['behaviors', i]);
          }
          return;
        case 'url':
          if (typeof value === 'string') add(component, OWN, 'url', value, true);
          return;
        case 'multi_url':
          if (isRecord(value)) group(value, 'url', component, MULTI_URL);
          return;
        case 'action':
          if (isRecord(value) && isRecord(value.multi_url))
            group(value.multi_url, 'url', component, ACTION_MULTI_URL);
          return;
        case 'options':
          if (!Array.isArray(value)) return;
          for (let i = 0; i < value.length; i++) {
            const option = value[i];
            if (!isRecord(option)) continue;
            for (const optionKey in option) {
              const held = option[optionKey];
              if (optionKey === 'multi_url' && isRecord(held))
                group(held, 'url', component, ['options', i, 'multi_url']);
              // JSON 1.0 overflow options may carry a plain `url`.
              else if (optionKey === 'url' && typeof held === 'string')
                add(component, ['options', i], 'url', held, true);
            }
          }
          return;
        case 'href':
          hrefGroups(value, component, HREF);
          return;
        case 'text':
          if (isRecord(value)) hrefGroups(value.href, component, TEXT_HREF);
          return;
      }
    },
  );
  return out;
}

function allEmpty(obj: JsonObject): boolean {
  for (const key in obj) if (obj[key] !== '') return false;
  return true;
}
