// Display components: text, markdown, images and people (as labelled placeholders — their keys cannot be
// resolved offline), tables, dividers and audio. Charts are in chart.ts.
import { el, px, token } from '../dom';
import { iconNode } from '../icons';
import { placeholder, type Renderer } from '../render';
import { isProps, localized, markdownNode, plain, textNode, type Props } from '../text';

export const div: Renderer = (_component, props) => {
  const children: HTMLElement[] = [];
  const icon = iconNode(props.icon);
  if (props.text !== undefined) children.push(el('div', { class: 'div-text' }, [icon, textNode(props.text)]));
  if (Array.isArray(props.fields)) {
    const grid = el(
      'div',
      { class: 'fields' },
      props.fields
        .filter(isProps)
        .map((f) => el('div', { class: f.is_short === true ? 'field short' : 'field' }, [textNode(f.text)])),
    );
    children.push(grid);
  }
  // 1.0 `extra`: an element (often a button or image) on the right.
  if (isProps(props.extra))
    children.push(el('div', { class: 'extra' }, [placeholder('extra', String(props.extra.tag ?? ''))]));
  return el('div', { class: 'div' }, children);
};

export const markdown: Renderer = (_component, props) => {
  const classes = [
    token(props.text_align) ? `align-${props.text_align}` : '',
    token(props.text_size) ? `size-${props.text_size}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const node = markdownNode(localized(props), classes);
  const icon = iconNode(props.icon, 16);
  // The icon sits in the first line of text, not on a line of its own.
  if (icon) (node.firstElementChild ?? node).prepend(icon);
  return node;
};

export const plainText: Renderer = (_component, props) => textNode(props);

export const img: Renderer = (_component, props, ctx) => {
  const key = typeof props.img_key === 'string' ? props.img_key : '';
  const node = placeholder('img', ctx.labels.image, [plain(props.alt), key].filter(Boolean).join(' · '));
  if (props.size === 'stretch' || props.scale_type === 'crop_center' || props.mode === 'fit_horizontal')
    node.classList.add('stretch');
  if (px(props.custom_width)) node.style.width = px(props.custom_width)!;
  return node;
};

export const imgCombination: Renderer = (_component, props, ctx) => {
  const list = Array.isArray(props.img_list) ? props.img_list.filter(isProps) : [];
  const mode = token(props.combination_mode) ?? 'double';
  return el(
    'div',
    { class: `img-combination mode-${mode}` },
    list.map((item) =>
      placeholder('img', ctx.labels.image, typeof item.img_key === 'string' ? item.img_key : ''),
    ),
  );
};

function personNode(id: unknown, ctx: Parameters<Renderer>[2], props: Props): HTMLElement {
  const who = typeof id === 'string' ? id : '';
  return el('span', { class: 'person' }, [
    props.show_avatar === false
      ? undefined
      : el('span', { class: 'avatar', title: ctx.labels.avatar, text: who.slice(3, 4).toUpperCase() || '?' }),
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
  ]);

function cellText(value: unknown, dataType: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    // options cells: [{text, color}]; persons: ids.
    return value.map((v) => (isProps(v) ? plain(v.text ?? v.name ?? '') : String(v))).join(', ');
  }
  if (isProps(value)) return plain(value);
  if (dataType === 'date' && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  return String(value);
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
  const head = el(
    'tr',
    {},
    columns.map((c) => el('th', { text: plain(c.display_name) || String(c.name ?? '') })),
  );
  const body = rows.slice(page * pageSize, page * pageSize + pageSize).map((row) =>
    el(
      'tr',
      {},
      columns.map((c) => el('td', { text: cellText(row[String(c.name)], c.data_type) })),
    ),
  );
  const node = el('div', { class: 'table-wrap' }, [
    el('table', { class: 'table' }, [el('thead', {}, [head]), el('tbody', {}, body)]),
  ]);
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
