// What markdown needs after markdown-it's HTML is in the DOM: icons drawn into their placeholders, and
// tables as the markdown page describes them (bordered, header row, at most five data rows per page with a
// pager, at most four tables per component — a fifth and later are replaced by a short note).
import { el } from './dom';
import { tokenIcon } from './icons';

const ROWS_PER_PAGE = 5;
const MAX_TABLES = 4;

function paginate(table: HTMLTableElement): HTMLElement {
  const wrap = el('div', { class: 'md-table-wrap' });
  table.replaceWith(wrap);
  wrap.append(table);
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody > tr')];
  const pages = Math.ceil(rows.length / ROWS_PER_PAGE);
  if (pages <= 1) return wrap;
  const pager = el('div', { class: 'pager' });
  const show = (page: number) => {
    rows.forEach((row, i) => (row.hidden = Math.floor(i / ROWS_PER_PAGE) !== page));
    pager.querySelectorAll('button').forEach((b, i) => b.classList.toggle('current', i === page));
  };
  for (let i = 0; i < pages; i++) {
    const button = el('button', { class: 'page', attrs: { type: 'button' }, text: String(i + 1) });
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      show(i);
    });
    pager.append(button);
  }
  wrap.append(pager);
  show(0);
  return wrap;
}

export function decorateMarkdown(node: HTMLElement): void {
  for (const slot of node.querySelectorAll<HTMLElement>('.md-icon[data-token]')) {
    slot.replaceWith(tokenIcon(slot.dataset.token ?? '', 14));
  }
  node.querySelectorAll<HTMLTableElement>('table').forEach((table, i) => {
    if (i < MAX_TABLES) paginate(table);
    else
      table.replaceWith(
        el('div', { class: 'md-note', text: 'A markdown component shows at most four tables.' }),
      );
  });
}
