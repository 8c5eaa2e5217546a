// Text objects of a card ({tag: plain_text | lark_md, content, i18n_content, text_color, text_size ...})
// as DOM: plain text through textContent, lark_md through the markdown renderer.
import { el, token } from './dom';
import { setCardLanguage } from './cardLocale';
import { decorateMarkdown } from './markdownDom';
import { renderMarkdown } from './markdown';
import { colorClass } from './colors';
import type { SizeResolver } from './textSize';
import { isProps, type Props } from './props';

export { isProps, type Props };

let cardLocale = 'en_us';

/** The card language used for `i18n_*` fields (zh_cn when the UI is Chinese). */
export function setCardLocale(locale: 'en' | 'zh'): void {
  cardLocale = locale === 'zh' ? 'zh_cn' : 'en_us';
  setCardLanguage(locale);
}

/** `content`, or its `i18n_content` / `i18n` entry for the preview language. */
export function localized(obj: Props, key = 'content'): string {
  const i18n = obj[`i18n_${key}`] ?? (key === 'content' ? obj.i18n : undefined);
  if (isProps(i18n)) {
    const value = i18n[cardLocale] ?? i18n.zh_cn ?? i18n.en_us;
    if (typeof value === 'string') return value;
  }
  const value = obj[key];
  return typeof value === 'string' ? value : '';
}

/** The plain string of a text object (or a bare string), for labels and placeholders. */
export function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isProps(value)) return localized(value);
  return '';
}

/** Without a card's named sizes, only the documented size names are known. */
const builtinSize: SizeResolver = (value) => token(value);

function styleClasses(text: Props, sizes: SizeResolver): string {
  const classes = ['txt'];
  const size = sizes(text.text_size);
  if (size && size !== 'normal') classes.push(`size-${size}`);
  // text_color: the colour enum in its light/dark codes; "only for plain_text" (plain-text page), and
  // `default` is the theme's text colour. Words outside the enum keep the older named classes.
  const color = text.tag === 'lark_md' ? undefined : token(text.text_color);
  if (color && color !== 'default') classes.push(colorClass(color, 'fc') || `color-${color}`);
  const align = token(text.text_align);
  if (align) classes.push(`align-${align}`);
  return classes.join(' ');
}

/**
 * 1.0 `href`: `[label]($name)` links to the URL that `href.name` declares (the 1.0 markdown page), the PC
 * address first as the preview is a desktop view. A name `href` does not declare stays as written.
 */
export function withHrefLinks(source: string, href: unknown): string {
  if (!isProps(href)) return source;
  return source.replace(/\]\(\$(\w+)\)/g, (whole, name: string) => {
    const target = href[name];
    if (!isProps(target)) return whole;
    const url = [target.pc_url, target.url].find((u) => typeof u === 'string' && u !== '');
    return typeof url === 'string' ? `](${url})` : whole;
  });
}

/** A text object as DOM; `sizes` resolves the card's named text sizes (see textSize.ts). */
export function textNode(value: unknown, extraClass = '', sizes: SizeResolver = builtinSize): HTMLElement {
  const text = isProps(value)
    ? value
    : { tag: 'plain_text', content: typeof value === 'string' ? value : '' };
  const classes = `${styleClasses(text, sizes)} ${extraClass}`.trim();
  if (text.tag === 'lark_md' || text.tag === 'markdown')
    return markdownNode(withHrefLinks(localized(text), text.href), classes);
  const node = el('div', { class: `${classes} plain`, text: localized(text) });
  if (typeof text.lines === 'number' && text.lines > 0 && text.lines < 100) {
    node.classList.add('clamp');
    node.style.setProperty('-webkit-line-clamp', String(Math.floor(text.lines)));
  }
  return node;
}

export function markdownNode(source: string, classes = ''): HTMLElement {
  const node = el('div', { class: `md ${classes}`.trim() });
  // markdown-it runs with html:false and a link validator: its output is the only markup we insert.
  node.innerHTML = renderMarkdown(source);
  decorateMarkdown(node);
  return node;
}
