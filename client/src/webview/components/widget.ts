// What every interactive widget shares: its width, its disabled state (drawn greyed, with its tips) and
// keeping its clicks to itself (the inner interaction wins over a container's, a platform rule).
import { el, px } from '../dom';
import { plain, type Props } from '../text';

export function widthOf(node: HTMLElement, props: Props): void {
  if (props.width === 'fill') node.classList.add('w-fill');
  else if (px(props.width)) node.style.width = px(props.width)!;
}

/**
 * `disabled: true` (both catalogs): the widget is greyed and does not respond; its `disabled_tips` (else
 * `hover_tips`) is the tooltip. Returns whether it is disabled. How grey the client draws it is not
 * documented: we use the look of a disabled form field (faded, no pointer).
 */
export function disabledTips(node: HTMLElement, props: Props): boolean {
  const tips = plain(props.disabled === true ? props.disabled_tips : props.hover_tips);
  if (tips) node.title = tips;
  const disabled = props.disabled === true;
  if (disabled) {
    node.classList.add('is-disabled');
    node.setAttribute('aria-disabled', 'true');
  }
  return disabled;
}

/** Clicks on a widget never reach an interactive container or column around it (inner wins). */
export function own(node: HTMLElement): HTMLElement {
  node.addEventListener('click', (event) => event.stopPropagation());
  return node;
}

export function labelled(props: Props, field: HTMLElement): HTMLElement {
  const label = plain(props.label);
  if (!label) return el('div', { class: 'labelled' }, [field]);
  const left = props.label_position === 'left';
  return el('div', { class: `labelled${left ? ' left' : ''}` }, [
    el('span', { class: `field-label${props.required === true ? ' required' : ''}`, text: label }),
    field,
  ]);
}
