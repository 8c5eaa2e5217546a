// `text_size` of div texts and markdown as the plain-text page defines it: heading-0…heading-4, heading,
// normal, notation and the x-small…xxxx-large scale, each with its desktop and mobile pixel size (the page
// lists both; the mobile ones differ for heading-0/-3, xxxx-large and large), and the card's own named sizes
// (`config.style.text_size["cus-0"] = {default, pc, mobile}`). "Any other value shows as normal".
import { type CardDocument, valueOf } from '../../../server/src/card';
import { isProps } from './props';

/** name → [desktop px, mobile px]. */
export const TEXT_SIZES: Readonly<Record<string, readonly [number, number]>> = {
  'heading-0': [30, 26],
  'heading-1': [24, 24],
  'heading-2': [20, 20],
  'heading-3': [18, 17],
  'heading-4': [16, 16],
  heading: [16, 16],
  normal: [14, 14],
  notation: [12, 12],
  'xxxx-large': [30, 26],
  'xxx-large': [24, 24],
  'xx-large': [20, 20],
  'x-large': [18, 18],
  large: [16, 17],
  medium: [14, 14],
  small: [12, 12],
  'x-small': [10, 10],
};

/** Resolves a `text_size` value to one of TEXT_SIZES' names (or undefined: normal). */
export type SizeResolver = (value: unknown) => string | undefined;

const custom = new WeakMap<CardDocument, Record<string, unknown>>();

function customSizes(card: CardDocument): Record<string, unknown> {
  let sizes = custom.get(card);
  if (!sizes) {
    const root = valueOf(card.cardNode);
    const config = isProps(root) && isProps(root.config) ? root.config : {};
    const style = isProps(config.style) ? config.style : {};
    sizes = isProps(style.text_size) ? style.text_size : {};
    custom.set(card, sizes);
  }
  return sizes;
}

const known = (value: unknown): string | undefined =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(TEXT_SIZES, value) ? value : undefined;

/** The resolver for a card shown on a device: a named size picks its `mobile` or `pc` entry, else `default`. */
export function sizeResolver(card: CardDocument, mobile: boolean): SizeResolver {
  return (value) => {
    const direct = known(value);
    if (direct || typeof value !== 'string') return direct;
    const entry = customSizes(card)[value];
    if (!isProps(entry)) return undefined;
    return known(mobile ? entry.mobile : entry.pc) ?? known(entry.default);
  };
}

/** CSS for the size classes: desktop sizes, and the mobile ones under the mobile device frame. */
export const TEXT_SIZE_STYLES = Object.entries(TEXT_SIZES)
  .map(
    ([name, [pc, mobile]]) =>
      `.size-${name} { font-size: ${pc}px; }` +
      (mobile !== pc ? ` .device-mobile .size-${name} { font-size: ${mobile}px; }` : ''),
  )
  .join('\n');
