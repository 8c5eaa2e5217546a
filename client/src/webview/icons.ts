// Icons of a card (`icon` / `ud_icon` / `<link icon=…>`) as inline SVG: a standard_icon token becomes its
// IconPark picture at the given size, in the icon's colour (a colour-enum class, see colors.ts); an unknown
// token a neutral glyph whose tooltip names it; a custom_icon (img_key) a placeholder box of the icon's size,
// since platform images cannot be fetched. The SVG markup is our bundle's own, never card text.
import { el, token } from './dom';
import { colorClass } from './colors';
import * as iconSet from './iconSet';

/** The bundled icons by IconPark name. */
const ICON_SET: Record<string, typeof iconSet.Plus | undefined> = iconSet;
import { TOKEN_ICONS } from './iconTokens';

const isProps = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

const SVG_NS = 'http://www.w3.org/2000/svg';
const cache = new Map<string, SVGElement>();

type Theme = 'outline' | 'filled';

/** `chat_outlined` → chat / outline; `app-default_filled` → app-default / filled. */
export function splitToken(value: string): { base: string; theme: Theme } {
  const m = /^(.*?)_(outlined|filled|colorful)$/.exec(value);
  if (!m) return { base: value, theme: 'outline' };
  return { base: m[1], theme: m[2] === 'outlined' ? 'outline' : 'filled' };
}

export function hasIcon(value: string): boolean {
  return Object.prototype.hasOwnProperty.call(TOKEN_ICONS, splitToken(value).base);
}

function parked(name: string, theme: Theme, size: number): SVGElement | undefined {
  const key = `${name}/${theme}/${size}`;
  let svg = cache.get(key);
  if (!svg) {
    const draw = ICON_SET[name];
    if (!draw) return undefined;
    const markup = draw({ theme, size: String(size), fill: 'currentColor', strokeWidth: 4 });
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg') return undefined;
    svg = document.importNode(root, true) as unknown as SVGElement;
    cache.set(key, svg);
  }
  return svg.cloneNode(true) as SVGElement;
}

/** A ring with a dot: the neutral glyph for tokens we have no picture for. */
function neutral(size: number): SVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 48 48');
  svg.setAttribute('fill', 'none');
  const ring = document.createElementNS(SVG_NS, 'circle');
  for (const [k, v] of Object.entries({
    cx: '24',
    cy: '24',
    r: '18',
    stroke: 'currentColor',
    'stroke-width': '4',
  }))
    ring.setAttribute(k, v);
  const dot = document.createElementNS(SVG_NS, 'circle');
  for (const [k, v] of Object.entries({ cx: '24', cy: '24', r: '5', fill: 'currentColor' }))
    dot.setAttribute(k, v);
  svg.append(ring, dot);
  return svg;
}

/** An icon from a standard_icon token string. */
export function tokenIcon(value: string, size: number, color?: unknown): HTMLElement {
  const { base, theme } = splitToken(value);
  const name = TOKEN_ICONS[base];
  const svg = (name && parked(name, theme, size)) || neutral(size);
  svg.classList.add('ico');
  const node = el('span', {
    class: `icon std-icon${name ? '' : ' unknown-icon'} ${colorClass(color, 'fc')}`.trim(),
    title: value,
    data: { token: value },
  });
  node.style.width = node.style.height = `${size}px`;
  node.append(svg);
  return node;
}

/** `icon` objects: {tag: standard_icon, token, color} or {tag: custom_icon, img_key}. */
export function iconNode(icon: unknown, size = 16, imageLabel = 'Image'): HTMLElement | undefined {
  if (!isProps(icon)) return undefined;
  if (typeof icon.token === 'string' && icon.tag !== 'custom_icon')
    return tokenIcon(icon.token, size, icon.color);
  if (typeof icon.img_key === 'string') {
    const node = el('span', {
      class: 'icon custom-icon',
      title: `${imageLabel}: ${icon.img_key}`,
      data: { imgKey: icon.img_key },
    });
    node.style.width = node.style.height = `${size}px`;
    return node;
  }
  return token(icon.tag) ? tokenIcon('', size) : undefined;
}
