// A dropdown list anchored under a trigger: used by selects, person pickers and the overflow menu.
// Only one is open at a time; a click elsewhere or Escape closes it. The list is kept inside the card (the
// client never draws a menu past the card's edge).
import { el } from './dom';

export interface PopupItem {
  value: string;
  label: string;
  selected?: boolean;
  disabled?: boolean;
  /** A line of explanation, not an option (nothing to pick). */
  note?: boolean;
}

let closeOpen: (() => void) | undefined;
let openAnchor: HTMLElement | undefined;

export function closePopups(): void {
  closeOpen?.();
  closeOpen = undefined;
  openAnchor = undefined;
}

/** Closes the open list if its trigger is no longer on the page (the card was redrawn around it). */
export function closeDetachedPopups(): void {
  if (openAnchor && !openAnchor.isConnected) closePopups();
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
  /** `position`: the picked item's place in `items` (items may share a value). */
  onPick: (value: string, position: number) => void,
  options: { multi?: boolean; align?: 'start' | 'end' } = {},
): void {
  closePopups();
  const list = el('div', {
    class: `popup${options.align === 'end' ? ' align-end' : ''}`,
    attrs: { role: 'listbox' },
  });
  if (options.multi) list.setAttribute('aria-multiselectable', 'true');
  for (const [position, item] of items.entries()) {
    if (item.note) {
      list.append(el('div', { class: 'popup-note', attrs: { role: 'note' }, text: item.label }));
      continue;
    }
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
      onPick(item.value, position);
    });
    list.append(option);
  }
  list.addEventListener('click', (event) => event.stopPropagation());
  anchor.append(list);
  anchor.classList.add('open');
  keepInside(list, anchor);
  openAnchor = anchor;
  closeOpen = () => {
    list.remove();
    anchor.classList.remove('open');
  };
}

/**
 * Shifts the list sideways so that it stays inside the card (or the page when there is no card): it opens
 * under its trigger, left-aligned, or right-aligned when that fits better; a list wider than the card is
 * as wide as the card.
 */
function keepInside(list: HTMLElement, anchor: HTMLElement): void {
  const bounds = (anchor.closest('.card') ?? document.documentElement).getBoundingClientRect();
  const box = anchor.getBoundingClientRect();
  list.style.maxWidth = `${Math.max(0, bounds.width - 8)}px`;
  const width = list.getBoundingClientRect().width;
  // Wanted left edge of the list, in page coordinates: under the trigger, then pulled back inside.
  let left = list.classList.contains('align-end') ? box.right - width : box.left;
  left = Math.min(left, bounds.right - 4 - width);
  left = Math.max(left, bounds.left + 4);
  list.style.left = `${left - box.left}px`;
  list.style.right = 'auto';
}
