// A dropdown list anchored under a trigger: used by selects, person pickers and the overflow menu.
// Only one is open at a time; a click elsewhere or Escape closes it.
import { el } from './dom';

export interface PopupItem {
  value: string;
  label: string;
  selected?: boolean;
  disabled?: boolean;
}

let closeOpen: (() => void) | undefined;

export function closePopups(): void {
  closeOpen?.();
  closeOpen = undefined;
}

// Guarded so that the renderer table can be imported without a document (its unit test does).
if (typeof document !== 'undefined') {
  document.addEventListener('click', () => closePopups());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePopups();
  });
}

export function openPopup(
  anchor: HTMLElement,
  items: PopupItem[],
  onPick: (value: string) => void,
  options: { multi?: boolean } = {},
): void {
  closePopups();
  const list = el('div', { class: 'popup', attrs: { role: 'listbox' } });
  if (options.multi) list.setAttribute('aria-multiselectable', 'true');
  for (const item of items) {
    const option = el(
      'div',
      {
        class: `popup-item${item.selected ? ' selected' : ''}${item.disabled ? ' disabled' : ''}`,
        attrs: { role: 'option', 'aria-selected': String(!!item.selected) },
        data: { value: item.value },
      },
      [
        options.multi ? el('span', { class: 'tick', text: item.selected ? '✓' : '' }) : undefined,
        el('span', { text: item.label }),
      ],
    );
    option.addEventListener('click', (event) => {
      event.stopPropagation();
      if (item.disabled) return;
      if (!options.multi) closePopups();
      onPick(item.value);
    });
    list.append(option);
  }
  list.addEventListener('click', (event) => event.stopPropagation());
  anchor.append(list);
  anchor.classList.add('open');
  closeOpen = () => {
    list.remove();
    anchor.classList.remove('open');
  };
}
