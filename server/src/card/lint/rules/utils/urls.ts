// Every place a card holds a link, and what kind of link each value is. `url-invalid` and `url-insecure`
// share this so they judge the same strings the same way.
import type { Node } from 'jsonc-parser';
import { arrayItems, pairs, prop, stringValue } from '../../../parse/json';
import type { CardDocument } from '../../../parse/model';
import { containsVariable } from '../../../template/variables';
import { behaviorsOf } from './behaviors';

export interface UrlField {
  node: Node;
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

const fieldsOfCard = new WeakMap<CardDocument, UrlField[]>();

/**
 * All link strings of the card, classified: behaviors, legacy button links, column and overflow links,
 * 1.0 `href` links, `card_link`. Computed once per card version (two rules read it; a 1 MB card holds thousands of links).
 */
export function urlFields(card: CardDocument): UrlField[] {
  let fields = fieldsOfCard.get(card);
  if (!fields) fieldsOfCard.set(card, (fields = collectUrlFields(card)));
  return fields;
}

// The parse trees (jsonc-parser's and parse/jsonTree.ts) give every object and property its children, and a
// property its key first: hence the `!`s below.
function collectUrlFields(card: CardDocument): UrlField[] {
  const out: UrlField[] = [];
  // Generated cards repeat the same links: `classifyUrl` asks `new URL` (the costly part) once per distinct
  // link. The cheap checks run per field: a map of every link, as before, cost more than they do. With the
  // shortcuts below and in classifyUrl, the 1 MB bench card's fields take 3.6 ms instead of 6.2 and allocate
  // 1.6 MB instead of 2.5 (medians, old and new alternated).
  const webKinds = new Map<string, UrlKind>();
  const add = (node: Node, value: string, key: string, fallback: boolean) => {
    out.push({ node, value, key, fallback, kind: classifyUrl(value, fallback, webKinds) });
  };
  const group = (obj: Node | undefined, fallbackKey: string) => {
    if (obj?.type !== 'object') return;
    const children = obj.children!;
    for (let i = 0; i < children.length; i++) {
      const pair = children[i];
      const key = pair.children![0].value;
      if (key !== fallbackKey && !PLATFORM_KEYS.includes(key)) continue;
      const value = pair.children![1];
      const text = stringValue(value);
      if (value && text !== undefined) add(value, text, key, key === fallbackKey);
    }
  };
  // A card_link whose every link is "" is an unset one, as the builder exports it (official 1.0 examples
  // carry it): no jump is configured, so there is nothing to report.
  const cardLink = prop(card.cardNode, 'card_link');
  if (!pairs(cardLink).every(({ value }) => stringValue(value) === '')) group(cardLink, 'url');
  const components = card.components;
  // Index loops, not for-of: this runs once per lint, in code V8 leaves unoptimized, where for-of allocates an
  // iterator result per step (40 B; on the 1 MB bench card 2,743 components, 11,820 keys and 3,600 links).
  for (let c = 0; c < components.length; c++) {
    const component = components[c];
    // One look at the component's keys finds those that can hold links (most components have none); the
    // last of a repeated key counts, as JSON.parse keeps it.
    // Stryker disable next-line BooleanLiteral: a shortcut; behaviorsOf() of a component without behaviors is empty
    let behaviors = false;
    let url: Node | undefined, multiUrl: Node | undefined, action: Node | undefined;
    let options: Node | undefined, href: Node | undefined, text: Node | undefined;
    // A component is an object (parse.ts collects no other node).
    const keyed = component.node.children!;
    for (let i = 0; i < keyed.length; i++) {
      const pair = keyed[i];
      const key = pair.children![0].value;
      const value = pair.children![1];
      if (key === 'behaviors') behaviors = true;
      else if (key === 'url') url = value;
      else if (key === 'multi_url') multiUrl = value;
      else if (key === 'action') action = value;
      else if (key === 'options') options = value;
      else if (key === 'href') href = value;
      else if (key === 'text') text = value;
    }
    // Stryker disable next-line ConditionalExpression: a shortcut; behaviorsOf() of a component without behaviors is empty
    if (behaviors) {
      const entries = behaviorsOf(component);
      for (let i = 0; i < entries.length; i++) {
        if (entries[i].type === 'open_url') group(entries[i].node, 'default_url');
      }
    }
    const urlText = stringValue(url);
    if (url && urlText !== undefined) add(url, urlText, 'url', true);
    group(multiUrl, 'url');
    // Stryker disable next-line ConditionalExpression: a shortcut; prop() of a missing key is undefined
    if (action) group(prop(action, 'multi_url'), 'url');
    // Only present keys are read further: arrayItems() and pairs() of a missing one each made an empty array,
    // two per component.
    // Stryker disable next-line ConditionalExpression: a shortcut; arrayItems() of a missing key is empty
    if (options) {
      for (const option of arrayItems(options)) {
        group(prop(option, 'multi_url'), 'url');
        // JSON 1.0 overflow options may carry a plain `url`.
        const optionUrl = prop(option, 'url');
        const optionText = stringValue(optionUrl);
        if (optionUrl && optionText !== undefined) add(optionUrl, optionText, 'url', true);
      }
    }
    // JSON 1.0 markdown / lark_md links named in the content (`[text]($urlVal)`).
    if (href) hrefGroups(href, group);
    const textHref = text && prop(text, 'href');
    if (textHref) hrefGroups(textHref, group);
  }
  return out.sort((a, b) => a.node.offset - b.node.offset);
}

/** Each value of an `href` object (one link group per named link). */
function hrefGroups(href: Node, group: (obj: Node | undefined, fallbackKey: string) => void): void {
  if (href.type !== 'object') return;
  for (const pair of href.children!) group(pair.children![1], 'url');
}
