// The only way the preview makes DOM: strings always go in as text (textContent / attribute values),
// never as markup, so whatever a card contains cannot turn into script or styles.

export interface ElOptions {
  class?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string>;
  data?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElOptions = {},
  children: (Node | string | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined) node.textContent = options.text;
  if (options.title) node.title = options.title;
  for (const [key, value] of Object.entries(options.attrs ?? {})) {
    // Event-handler and style attributes are never set from here.
    if (/^on/i.test(key) || key.toLowerCase() === 'style') continue;
    node.setAttribute(key, value);
  }
  for (const [key, value] of Object.entries(options.data ?? {})) node.dataset[key] = value;
  for (const [type, handler] of Object.entries(options.on ?? {}))
    if (handler) node.addEventListener(type, handler);
  for (const child of children) {
    if (child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** CSS lengths from card values: numbers and "12px" only, so no card string reaches a style as such. */
export function px(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}px`;
  if (typeof value === 'string' && /^-?\d{1,4}(\.\d+)?px$/.test(value)) return value;
  return undefined;
}

/** Margin/padding shorthands of 1, 2 or 4 px values ("4px 0", "8px 12px 8px 12px"). */
export function spacing(value: unknown): string | undefined {
  if (typeof value === 'number') return px(value);
  if (typeof value !== 'string') return undefined;
  const parts = value.trim().split(/\s+/);
  if (parts.length > 4) return undefined;
  const ok = parts.map((p) => (p === '0' ? '0' : px(p)));
  return ok.every((p) => p !== undefined) ? ok.join(' ') : undefined;
}

/** A class-safe token from a card enum value (colors, templates): letters, digits, `_` and `-` only. */
export function token(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,40}$/.test(value) ? value : undefined;
}
