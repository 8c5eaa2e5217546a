// Colour enums as classes: `c-<enum>` sets the enum's light and dark codes as variables, and `fc` (text) or
// `bgc` (background) picks the one of the current theme. A value outside the enum gets no class (the
// element keeps its default colour), so no card string ever reaches a style as such.
import { PALETTE } from './palette';

export function isColor(value: unknown): value is string {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PALETTE, value);
}

/** `c-red fc` for a text colour, `c-red bgc` for a background; '' when the value is not an enum colour. */
export function colorClass(value: unknown, use: 'fc' | 'bgc'): string {
  return isColor(value) ? `c-${value} ${use}` : '';
}

/**
 * A border in an enum colour, beside a background in another: the border's light/dark codes go into their
 * own variables (values from our palette, never the card's text). False when the value is not in the enum.
 */
export function borderColor(node: HTMLElement, value: unknown): boolean {
  if (!isColor(value)) return false;
  const [light, dark] = PALETTE[value];
  node.style.setProperty('--bdl', light);
  node.style.setProperty('--bdd', dark);
  node.classList.add('bdc');
  return true;
}

export const COLOR_STYLES = [
  ...Object.entries(PALETTE).map(([name, [light, dark]]) => `.c-${name} { --cl: ${light}; --cd: ${dark}; }`),
  '.fc { color: var(--cl); } .theme-dark .fc, .theme-hc .fc { color: var(--cd); }',
  '.bgc { background-color: var(--cl); } .theme-dark .bgc, .theme-hc .bgc { background-color: var(--cd); }',
  '.bdc { border-color: var(--bdl); } .theme-dark .bdc, .theme-hc .bdc { border-color: var(--bdd); }',
].join('\n');

/** Text tags (header text_tag_list, markdown <text_tag>): the hue's 100 shade behind its 700 shade, which
 * reads in both themes (the dark table inverts the scale). `neutral` is grey. */
const TAG_HUES = [
  'blue',
  'wathet',
  'turquoise',
  'green',
  'lime',
  'yellow',
  'orange',
  'red',
  'carmine',
  'violet',
  'purple',
  'indigo',
];

export const TAG_STYLES = ['neutral', ...TAG_HUES]
  .map((hue) => {
    const h = hue === 'neutral' ? 'grey' : hue;
    const [bgL, bgD] = PALETTE[`${h}-100`] ?? PALETTE['grey-100'];
    const [fgL, fgD] = PALETTE[`${h}-700`] ?? PALETTE['grey-700'];
    return (
      `.tag-${hue}, .md-tag-${hue} { background: ${bgL}; color: ${fgL}; }\n` +
      `.theme-dark .tag-${hue}, .theme-dark .md-tag-${hue}, .theme-hc .tag-${hue}, .theme-hc .md-tag-${hue} { background: ${bgD}; color: ${fgD}; }`
    );
  })
  .join('\n');
