// Table cells as the table page describes them: numbers by `format` (precision, one-character currency
// symbol, thousands separator) aligned right, `options` as coloured tags (blue by default), `persons` as
// avatar + id chips, `date` from a millisecond timestamp in the viewer's time zone by `date_format`
// (YYYY MM DD HH mm ss; RFC 3339 by default), `lark_md` / `markdown` through the markdown renderer.
import { el, token } from '../dom';
import { isProps, markdownNode, plain, type Props } from '../text';

const pad = (n: number) => String(n).padStart(2, '0');

export function formatNumber(value: number, format: unknown): string {
  const f = isProps(format) ? format : {};
  const precision =
    typeof f.precision === 'number' && Number.isInteger(f.precision) && f.precision >= 0 && f.precision <= 10
      ? f.precision
      : undefined;
  let text = precision === undefined ? String(value) : value.toFixed(precision);
  if (f.separator === true) {
    const [whole, fraction] = text.split('.');
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction !== undefined ? `.${fraction}` : '');
  }
  const symbol = typeof f.symbol === 'string' ? [...f.symbol].slice(0, 1).join('') : '';
  return symbol && !text.startsWith('-') ? `${symbol}${text}` : symbol ? `-${symbol}${text.slice(1)}` : text;
}

export function formatDate(ms: number, pattern: unknown): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(ms);
  const parts: Record<string, string> = {
    YYYY: String(d.getFullYear()),
    MM: pad(d.getMonth() + 1),
    DD: pad(d.getDate()),
    HH: pad(d.getHours()),
    mm: pad(d.getMinutes()),
    ss: pad(d.getSeconds()),
  };
  if (typeof pattern === 'string' && pattern.trim())
    return pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (k) => parts[k]);
  const offset = -d.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${parts.YYYY}-${parts.MM}-${parts.DD}T${parts.HH}:${parts.mm}:${parts.ss}${zone}`;
}

function tag(text: string, color: unknown): HTMLElement {
  return el('span', { class: `md-tag md-tag-${token(color) ?? 'blue'} cell-tag`, text });
}

function personChip(id: string): HTMLElement {
  return el('span', { class: 'md-person cell-person', title: id }, [
    el('span', { class: 'avatar small', text: id.slice(3, 4).toUpperCase() || '?' }),
    el('span', { class: 'person-name', text: id }),
  ]);
}

export function cellNode(value: unknown, column: Props): HTMLElement {
  const td = el('td', { class: `cell-${token(column.data_type) ?? 'text'}` });
  if (value === null || value === undefined) return td;
  switch (column.data_type) {
    case 'number':
      td.textContent = typeof value === 'number' ? formatNumber(value, column.format) : String(value);
      break;
    case 'options':
      for (const option of Array.isArray(value) ? value : [value])
        td.append(isProps(option) ? tag(plain(option.text), option.color) : tag(String(option), 'blue'));
      break;
    case 'persons':
      for (const id of Array.isArray(value) ? value : [value]) td.append(personChip(String(id)));
      break;
    case 'date':
      td.textContent = typeof value === 'number' ? formatDate(value, column.date_format) : String(value);
      break;
    case 'lark_md':
    case 'markdown':
      td.append(markdownNode(typeof value === 'string' ? value : String(value)));
      break;
    default:
      td.textContent = isProps(value) ? plain(value) : String(value);
  }
  const align = token(column.horizontal_align) ?? (column.data_type === 'number' ? 'right' : undefined);
  if (align) td.classList.add(`ta-${align}`);
  const vAlign = token(column.vertical_align);
  if (vAlign) td.classList.add(`va-${vAlign}`);
  return td;
}
