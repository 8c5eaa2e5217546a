// Containers: column sets and columns (with their widths), forms, interactive containers, collapsible
// panels, and the 1.0 `action` and `note` modules.
import { borderColor, colorClass } from '../colors';
import { el, px, spacing, token } from '../dom';
import { childrenIn, renderChildren, type Renderer } from '../render';
import { iconNode } from '../icons';
import { isProps, plain, textNode } from '../text';
import { sizeResolver } from '../textSize';
import { pathKey } from '../../../../server/src/card';

/** body/column/form layout fields shared by every vertical container. */
export function applyLayout(node: HTMLElement, props: Record<string, unknown>): void {
  if (props.direction === 'horizontal') node.classList.add('horizontal');
  const padding = spacing(props.padding);
  if (padding) node.style.padding = padding;
  const gapV = spacingToken(props.vertical_spacing);
  if (gapV) node.style.rowGap = gapV;
  const gapH = spacingToken(props.horizontal_spacing);
  if (gapH) node.style.columnGap = gapH;
  const hAlign = token(props.horizontal_align);
  if (hAlign) node.classList.add(`h-${hAlign}`);
  const vAlign = token(props.vertical_align);
  if (vAlign) node.classList.add(`v-${vAlign}`);
  background(node, props.background_style);
}

/**
 * `background_style`: a shaded colour enum (`grey-100`, `blue-50`, `bg-white`) in its light/dark codes; a
 * bare hue word (`grey`, `blue`) as the light tint the 1.0 look used (its enum code is a text colour, far
 * too dark behind text: which one the client uses for a bare hue is not documented); `default` none.
 */
export function background(node: HTMLElement, value: unknown): void {
  if (value === 'default') return;
  const color = typeof value === 'string' && /-|^white$/.test(value) ? colorClass(value, 'bgc') : '';
  if (color) node.classList.add(...color.split(' '), 'has-bg');
  else if (token(value)) node.classList.add(`bg-${value as string}`);
}

const SPACING: Record<string, string> = { small: '4px', medium: '8px', large: '12px', extra_large: '16px' };

export function spacingToken(value: unknown): string | undefined {
  return typeof value === 'string' && value in SPACING ? SPACING[value] : px(value);
}

export const columnSet: Renderer = (component, props, ctx) => {
  const node = el('div', { class: 'column-set' }, renderChildren(ctx, component, 'columns'));
  const mode = token(props.flex_mode) ?? 'none';
  node.classList.add(`flex-${mode}`);
  const gap = spacingToken(props.horizontal_spacing);
  if (gap) {
    node.style.columnGap = gap;
    node.style.setProperty('--gap', gap);
  }
  background(node, props.background_style);
  const hAlign = token(props.horizontal_align);
  if (hAlign) node.classList.add(`h-${hAlign}`);
  if (linkLike(props)) node.classList.add('clickable');
  return node;
};

export const column: Renderer = (component, props, ctx) => {
  const node = el('div', { class: 'column' }, renderChildren(ctx, component));
  applyLayout(node, props);
  // The platform's default width is `auto` (the column is as wide as its content).
  const width = props.width ?? 'auto';
  if (width === 'auto') node.classList.add('w-auto');
  else if (px(width)) {
    node.classList.add('w-px');
    node.style.width = px(width)!;
  } else {
    const weight =
      typeof props.weight === 'number' && props.weight >= 1 && props.weight <= 5 ? props.weight : 1;
    node.style.flexGrow = String(weight);
    node.classList.add('w-weighted');
  }
  if (linkLike(props)) {
    node.classList.add('clickable');
    node.addEventListener('click', (event) => {
      event.stopPropagation();
      ctx.act(component, { kind: 'click' });
    });
  }
  return node;
};

function linkLike(props: Record<string, unknown>): boolean {
  return (
    (!!props.action && typeof props.action === 'object') ||
    (Array.isArray(props.behaviors) && props.behaviors.length > 0)
  );
}

export const form: Renderer = (component, props, ctx) => {
  const node = el('form', { class: 'form', attrs: { novalidate: '' } }, renderChildren(ctx, component));
  node.addEventListener('submit', (event) => event.preventDefault());
  applyLayout(node, props);
  return node;
};

export const interactiveContainer: Renderer = (component, props, ctx) => {
  const node = el(
    'div',
    { class: 'interactive', attrs: { role: 'button', tabindex: '0' } },
    renderChildren(ctx, component),
  );
  applyLayout(node, props);
  if (props.has_border === true) node.classList.add('bordered');
  const radius = px(props.corner_radius);
  if (radius) node.style.borderRadius = radius;
  if (props.width === 'fill') node.classList.add('w-fill');
  else if (px(props.width)) node.style.width = px(props.width)!;
  if (px(props.height)) node.style.minHeight = px(props.height)!;
  const tips = plain(props.disabled === true ? props.disabled_tips : props.hover_tips);
  if (tips) node.title = tips;
  if (props.disabled === true) node.classList.add('disabled');
  const activate = (event: Event) => {
    // The inner component's interaction wins (platform rule): inner widgets stop propagation.
    event.stopPropagation();
    ctx.act(component, { kind: 'click' });
  };
  node.addEventListener('click', activate);
  node.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter') activate(event);
  });
  return node;
};

/** `"16px 16px"` → [16, 16]; the panel page's range is [1, 999] px. */
function iconSize(value: unknown, fallback: number): [number, number] {
  const m = typeof value === 'string' ? /^(\d{1,3})px (\d{1,3})px$/.exec(value.trim()) : null;
  const clamp = (n: number) => Math.min(999, Math.max(1, n));
  return m ? [clamp(Number(m[1])), clamp(Number(m[2]))] : [fallback, fallback];
}

const ANGLES = [-180, -90, 90, 180];

/**
 * collapsible_panel as its page describes it: the header's `icon` (default: a down arrow; the page's example
 * uses `down-small-ccm_outlined` at 16 px, which we take for the default the client draws — not documented)
 * at the title area's left or right edge or right after the text (`icon_position`, default right), turned by
 * `icon_expanded_angle` (default 180) when open; header `background_color` (else the panel's), `padding`,
 * `vertical_align`, `width` (fill / auto / auto_when_fold); the panel's `background_color` and `border`
 * (colour default grey, corner_radius default 5px).
 */
export const collapsiblePanel: Renderer = (component, props, ctx) => {
  const key = pathKey(component.path);
  const expanded = (ctx.ui.get(key) as boolean | undefined) ?? props.expanded === true;
  const header = isProps(props.header) ? props.header : {};
  const custom = isProps(header.icon) ? header.icon : undefined;
  const [w, h] = iconSize(custom?.size, custom ? 10 : 16);
  const icon =
    iconNode(custom ?? { tag: 'standard_icon', token: 'down-small-ccm_outlined' }, Math.max(w, h)) ??
    el('span', { class: 'icon' });
  icon.style.width = `${w}px`;
  icon.style.height = `${h}px`;
  icon.classList.add('panel-icon');
  const angle = typeof header.icon_expanded_angle === 'number' ? header.icon_expanded_angle : 180;
  icon.style.setProperty('--angle', `${ANGLES.includes(angle) ? angle : 180}deg`);
  const position =
    header.icon_position === 'left' || header.icon_position === 'follow_text'
      ? header.icon_position
      : 'right';
  const title = textNode(header.title ?? '', 'panel-title', sizeResolver(ctx.session.card, ctx.mobile));
  const head = el(
    'div',
    {
      class: `panel-head icon-${position}`,
      attrs: { role: 'button', tabindex: '0', 'aria-expanded': String(expanded) },
    },
    position === 'left' ? [icon, title] : [title, icon],
  );
  const headBg = colorClass(header.background_color, 'bgc') || colorClass(props.background_color, 'bgc');
  if (headBg) head.classList.add(...headBg.split(' '));
  const headPadding = spacing(header.padding);
  if (headPadding) head.style.padding = headPadding;
  const vAlign = token(header.vertical_align);
  if (vAlign) head.classList.add(`v-${vAlign}`);
  if (header.width === 'auto' || header.width === 'auto_when_fold') head.classList.add(`hw-${header.width}`);
  const body = el('div', { class: 'panel-body' }, renderChildren(ctx, component));
  applyLayout(body, props);
  const node = el('div', { class: `panel${expanded ? ' expanded' : ''}` }, [head, body]);
  const panelBg = colorClass(props.background_color, 'bgc');
  if (panelBg) node.classList.add(...panelBg.split(' '));
  if (isProps(props.border)) {
    node.classList.add('bordered');
    if (!borderColor(node, props.border.color)) borderColor(node, 'grey');
    node.style.borderRadius = px(props.border.corner_radius) ?? '5px';
  }
  const toggle = (event: Event) => {
    event.stopPropagation();
    ctx.ui.set(key, !node.classList.contains('expanded'));
    node.classList.toggle('expanded');
    head.setAttribute('aria-expanded', String(node.classList.contains('expanded')));
  };
  head.addEventListener('click', toggle);
  head.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') toggle(event);
  });
  return node;
};

/** 1.0 interaction module: its buttons, selects and pickers in a row. */
export const actionModule: Renderer = (component, props, ctx) => {
  const node = el('div', { class: 'action-module' }, renderChildren(ctx, component, 'actions'));
  if (props.layout === 'bisected' || props.layout === 'trisection' || props.layout === 'flow')
    node.classList.add(`layout-${props.layout}`);
  return node;
};

/**
 * 1.0 note: small grey texts and images. Its `elements` are text objects and images, not components (the 1.0
 * catalog gives note no slot), so they are drawn from the properties; any that the parser did walk as
 * components are rendered as such.
 */
export const note: Renderer = (component, props, ctx) => {
  const walked = childrenIn(component, 'elements');
  const items = walked.length
    ? walked.map((c) => ctx.render(c))
    : (Array.isArray(props.elements) ? props.elements : [])
        .filter(isProps)
        .map((item) =>
          item.tag === 'img'
            ? el('span', { class: 'note-img', text: plain(item.alt) || ctx.labels.image })
            : textNode(item),
        );
  return el('div', { class: 'note' }, items);
};
