// Containers: column sets and columns (with their widths), forms, interactive containers, collapsible
// panels, and the 1.0 `action` and `note` modules.
import { colorClass } from '../colors';
import { el, px, spacing, token } from '../dom';
import { childrenIn, renderChildren, type Renderer } from '../render';
import { isProps, plain, textNode } from '../text';
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

export const collapsiblePanel: Renderer = (component, props, ctx) => {
  const key = pathKey(component.path);
  const expanded = (ctx.ui.get(key) as boolean | undefined) ?? props.expanded === true;
  const header = (props.header && typeof props.header === 'object' ? props.header : {}) as Record<
    string,
    unknown
  >;
  const arrow = el('span', { class: 'arrow', text: '›' });
  const head = el(
    'div',
    { class: 'panel-head', attrs: { role: 'button', tabindex: '0', 'aria-expanded': String(expanded) } },
    [
      header.icon_position === 'right' ? undefined : arrow,
      textNode(header.title ?? ''),
      header.icon_position === 'right' ? arrow : undefined,
    ],
  );
  const bg = token(header.background_color);
  if (bg) head.classList.add(`bg-${bg}`);
  const body = el('div', { class: 'panel-body' }, renderChildren(ctx, component));
  applyLayout(body, props);
  const node = el('div', { class: `panel${expanded ? ' expanded' : ''}` }, [head, body]);
  const border = props.border as Record<string, unknown> | undefined;
  if (border && typeof border === 'object') node.classList.add('bordered');
  const toggle = (event: Event) => {
    event.stopPropagation();
    ctx.ui.set(key, !node.classList.contains('expanded'));
    node.classList.toggle('expanded');
    head.setAttribute('aria-expanded', String(node.classList.contains('expanded')));
  };
  head.addEventListener('click', toggle);
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
