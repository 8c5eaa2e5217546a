// Display components: text, markdown, images and people (as labelled placeholders — their keys cannot be
// resolved offline), tables, dividers and audio. Charts are in chart.ts.
import { el, px, token } from '../dom';
import { iconNode } from '../icons';
import { childrenIn, placeholder, type Renderer } from '../render';
import { cellNode } from './tableCells';
import { isProps, localized, markdownNode, plain, textNode, withHrefLinks, type Props } from '../text';
import { sizeResolver } from '../textSize';

export const div: Renderer = (component, props, ctx) => {
  const children: HTMLElement[] = [];
  const icon = iconNode(props.icon);
  const sizes = sizeResolver(ctx.session.card, ctx.mobile);
  if (props.text !== undefined)
    children.push(el('div', { class: 'div-text' }, [icon, textNode(props.text, '', sizes)]));
  if (Array.isArray(props.fields)) {
    const grid = el(
      'div',
      { class: 'fields' },
      props.fields
        .filter(isProps)
        .map((f) =>
          el('div', { class: f.is_short === true ? 'field short' : 'field' }, [textNode(f.text, '', sizes)]),
        ),
    );
    children.push(grid);
  }
  // 1.0 `extra`: one element (a button, image, select, overflow or picker) on the right of the text, drawn
  // and clickable like the same element anywhere else.
  if (isProps(props.extra)) {
    const [walked] = childrenIn(component, 'extra');
    const extra = walked ? ctx.render(walked) : placeholder('extra', String(props.extra.tag ?? ''));
    const main = el('div', { class: 'div-main' }, children.splice(0));
    children.push(main, el('div', { class: 'extra' }, [extra]));
    return el('div', { class: 'div with-extra' }, children);
  }
  return el('div', { class: 'div' }, children);
};

export const markdown: Renderer = (_component, props, ctx) => {
  const size = sizeResolver(ctx.session.card, ctx.mobile)(props.text_size);
  const classes = [
    token(props.text_align) ? `align-${props.text_align}` : '',
    size && size !== 'normal' ? `size-${size}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const node = markdownNode(withHrefLinks(localized(props), props.href), classes);
  const icon = iconNode(props.icon, 16);
  // The icon sits in the first line of text, not on a line of its own.
  if (icon) (node.firstElementChild ?? node).prepend(icon);
  return node;
};

export const plainText: Renderer = (_component, props) => textNode(props);

const IMG_SIZES: Record<string, number> = { large: 160, medium: 80, small: 40, tiny: 16 };

/** An image by key cannot be fetched offline: a box of the size the client draws, saying why. */
function imageBox(ctx: Parameters<Renderer>[2], key: string, alt = ''): HTMLElement {
  const node = placeholder('img', ctx.labels.image, [alt, key].filter(Boolean).join(' · '));
  node.title = `${ctx.labels.image} ${key}: ${ctx.labels.needsPlatformFile}`;
  node.dataset.why = ctx.labels.needsPlatformFile;
  return node;
}

export const img: Renderer = (_component, props, ctx) => {
  const key = typeof props.img_key === 'string' ? props.img_key : '';
  const node = imageBox(ctx, key, plain(props.alt));
  const scale = token(props.scale_type) ?? 'crop_center';
  const size = typeof props.size === 'string' ? props.size : props.mode;
  // `size` applies with crop_center / crop_top (image page); fit_horizontal shows the whole image full width.
  const custom = typeof size === 'string' ? /^(\d{1,4})px (\d{1,4})px$/.exec(size) : null;
  if (scale !== 'fit_horizontal' && typeof size === 'string' && size in IMG_SIZES) {
    node.style.width = node.style.height = `${IMG_SIZES[size]}px`;
    node.style.minHeight = '0';
    node.classList.add('img-fixed');
  } else if (scale !== 'fit_horizontal' && custom) {
    node.style.width = `${Math.min(1000, Number(custom[1]))}px`;
    node.style.height = `${Math.min(1000, Number(custom[2]))}px`;
    node.style.minHeight = '0';
    node.classList.add('img-fixed');
  } else {
    // Full width; the picture's own ratio is unknown offline, so the box is 16:9, the ratio past which
    // the client crops a tall image (image page).
    node.classList.add('stretch', 'img-wide');
  }
  if (props.compact_width === true) node.style.maxWidth = '278px';
  else if (px(props.custom_width)) node.style.maxWidth = px(props.custom_width)!;
  if (px(props.corner_radius)) node.style.borderRadius = px(props.corner_radius)!;
  return node;
};

/** How many images each mode shows (the rest are dropped) and how many per row. */
const COMBINATION: Record<string, { max: number; perRow: number }> = {
  double: { max: 2, perRow: 2 },
  triple: { max: 3, perRow: 3 },
  bisect: { max: 6, perRow: 2 },
  trisect: { max: 9, perRow: 3 },
};

export const imgCombination: Renderer = (_component, props, ctx) => {
  const list = Array.isArray(props.img_list) ? props.img_list.filter(isProps) : [];
  const mode = token(props.combination_mode) ?? 'double';
  const { max, perRow } = COMBINATION[mode] ?? COMBINATION.double;
  const node = el(
    'div',
    { class: `img-combination mode-${mode}` },
    list.slice(0, max).map((item) => {
      const box = imageBox(ctx, typeof item.img_key === 'string' ? item.img_key : '');
      if (px(props.corner_radius)) box.style.borderRadius = px(props.corner_radius)!;
      return box;
    }),
  );
  node.style.gridTemplateColumns = `repeat(${perRow}, 1fr)`;
  return node;
};

/** Avatar sizes by `size`; the pixel values are not documented (person page), these are our reading. */
const AVATAR: Record<string, number> = { extra_small: 16, small: 20, medium: 24, large: 40 };

function personNode(id: unknown, ctx: Parameters<Renderer>[2], props: Props): HTMLElement {
  const who = typeof id === 'string' ? id : '';
  const size = AVATAR[typeof props.size === 'string' ? props.size : 'medium'] ?? AVATAR.medium;
  const avatar = el('span', {
    class: 'avatar',
    title: ctx.labels.avatar,
    text: who.slice(3, 4).toUpperCase() || '?',
  });
  avatar.style.width = avatar.style.height = `${size}px`;
  avatar.style.fontSize = `${Math.max(9, Math.round(size / 2))}px`;
  return el('span', { class: `person psize-${token(props.size) ?? 'medium'}` }, [
    props.show_avatar === false ? undefined : avatar,
    props.show_name === false ? undefined : el('span', { class: 'person-name', text: who }),
  ]);
}

export const person: Renderer = (_component, props, ctx) =>
  el('div', { class: 'person-row' }, [personNode(props.user_id, ctx, props)]);

export const personList: Renderer = (_component, props, ctx) => {
  const persons = Array.isArray(props.persons) ? props.persons.filter(isProps) : [];
  return el(
    'div',
    { class: 'person-row' },
    persons.map((p) => personNode(p.id, ctx, props)),
  );
};

export const hr: Renderer = () => el('hr', { class: 'hr' });

export const audio: Renderer = (_component, props, ctx) =>
  el('div', { class: 'audio' }, [
    el('span', { class: 'play', text: '▶' }),
    el('span', { class: 'bar' }),
    el('span', {
      class: 'ph-detail',
      text: `${ctx.labels.audio} ${typeof props.file_key === 'string' ? props.file_key : ''}`,
    }),
    el('span', { class: 'ph-why', text: ctx.labels.needsPlatformFile }),
  ]);

/** header_style: text_align, text_size (heading 16 px), background_style grey, text_color grey, bold, lines. */
function headerClasses(style: unknown): string {
  const h = isProps(style) ? style : {};
  return [
    token(h.text_align) ? `ta-${h.text_align as string}` : '',
    h.text_size === 'heading' ? 'th-heading' : '',
    h.background_style === 'none' ? 'th-plain' : '',
    h.text_color === 'grey' ? 'th-grey' : '',
    h.bold === false ? 'th-light' : '',
    typeof h.lines === 'number' && h.lines >= 1 ? '' : 'th-one-line',
  ]
    .filter(Boolean)
    .join(' ');
}

export const table: Renderer = (component, props, ctx) => {
  const columns = Array.isArray(props.columns) ? props.columns.filter(isProps) : [];
  const rows = Array.isArray(props.rows) ? props.rows.filter(isProps) : [];
  const pageSize =
    typeof props.page_size === 'number' && props.page_size >= 1 && props.page_size <= 10
      ? props.page_size
      : 5;
  const key = JSON.stringify(component.path) + ':page';
  const page = Math.min(
    (ctx.ui.get(key) as number | undefined) ?? 0,
    Math.max(0, Math.ceil(rows.length / pageSize) - 1),
  );
  // No display_name: the header cell stays empty (table page).
  const head = el(
    'tr',
    {},
    columns.map((c) => {
      const th = el('th', { text: plain(c.display_name) });
      const width =
        px(c.width) ?? (typeof c.width === 'string' && /^\d{1,3}%$/.test(c.width) ? c.width : undefined);
      if (width) th.style.width = width;
      return th;
    }),
  );
  const body = rows.slice(page * pageSize, page * pageSize + pageSize).map((row) =>
    el(
      'tr',
      {},
      columns.map((c) => cellNode(row[String(c.name)], c)),
    ),
  );
  const tableNode = el('table', { class: 'table' }, [
    el('thead', { class: headerClasses(props.header_style) }, [head]),
    el('tbody', {}, body),
  ]);
  const rowHeight = props.row_height ?? 'low';
  if (rowHeight === 'low' || rowHeight === 'middle' || rowHeight === 'high' || rowHeight === 'auto')
    tableNode.classList.add(`rh-${rowHeight}`);
  else if (px(rowHeight)) tableNode.style.setProperty('--row-h', px(rowHeight)!);
  if (props.freeze_first_column === true) tableNode.classList.add('freeze-first');
  const node = el('div', { class: 'table-wrap' }, [tableNode]);
  const pages = Math.ceil(rows.length / pageSize);
  if (pages > 1) {
    const pager = el('div', { class: 'pager' });
    for (let i = 0; i < pages; i++) {
      const button = el('button', {
        class: i === page ? 'page current' : 'page',
        text: String(i + 1),
        title: `${ctx.labels.page} ${i + 1}`,
      });
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        ctx.ui.set(key, i);
        ctx.rerender();
      });
      pager.append(button);
    }
    node.append(pager);
  }
  return node;
};
