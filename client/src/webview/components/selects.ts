// Dropdowns: single and multi selects of options or people, and the overflow menu. A multi select shows its
// picks as chips (as the client does), an empty one its `placeholder`; a person select with no usable
// options lists the chat's members, as the select_person page says the client does.
import type { ComponentNode } from '../../../../server/src/card';
import { clear, el } from '../dom';
import { closePopups, openPopup, type PopupItem } from '../popup';
import type { RenderContext, Renderer } from '../render';
import { isProps, plain, type Props } from '../text';
import { disabledTips, own, widthOf } from './widget';

function optionItems(props: Props, selected: string[], person: boolean): PopupItem[] {
  const options = Array.isArray(props.options) ? props.options.filter(isProps) : [];
  return options
    .filter((o) => typeof o.value === 'string' && o.value !== '')
    .map((o) => ({
      value: o.value as string,
      label: person ? (o.value as string) : plain(o.text) || (o.value as string),
      selected: selected.includes(o.value as string),
    }));
}

/**
 * "When options is empty, or none of its values is valid, the candidates are all members of the chat the
 * card is in" (select_person / multi_select_person pages). Offline we know one member: the simulated user.
 */
function chatMembers(ctx: RenderContext, selected: string[]): PopupItem[] {
  const me = ctx.session.identity.openId;
  return [
    { value: '', label: ctx.labels.chatMembers, note: true },
    { value: me, label: `${me} (${ctx.labels.you})`, selected: selected.includes(me) },
  ];
}

function selectWidget(
  component: ComponentNode,
  props: Props,
  ctx: RenderContext,
  multi: boolean,
  person: boolean,
): HTMLElement {
  const target = ctx.target(component);
  const value = ctx.session.valueOf(target);
  let selected = Array.isArray(value) ? [...value] : typeof value === 'string' ? [value] : [];
  const items = (): PopupItem[] => {
    const own = optionItems(props, selected, person);
    return person && own.length === 0 ? chatMembers(ctx, selected) : own;
  };
  const labelOf = (v: string) => items().find((i) => i.value === v && !i.note)?.label ?? v;
  const shown = el('span', { class: 'select-value' });
  const paint = () => {
    clear(shown);
    shown.classList.toggle('placeholder', selected.length === 0);
    shown.classList.toggle('chips', multi && selected.length > 0);
    if (selected.length === 0) shown.textContent = plain(props.placeholder) || ctx.labels.placeholderSelect;
    else if (multi)
      for (const v of selected)
        shown.append(el('span', { class: 'chip', text: labelOf(v), data: { value: v } }));
    else shown.textContent = labelOf(selected[0]);
  };
  paint();
  const trigger = el(
    'button',
    {
      class: `select${props.type === 'text' ? ' select-text' : ''}`,
      attrs: { type: 'button', 'aria-haspopup': 'listbox' },
    },
    [shown, el('span', { class: 'caret', text: '▾' })],
  );
  const wrap = el('div', { class: 'select-wrap' }, [trigger]);
  trigger.disabled = disabledTips(wrap, props);
  widthOf(wrap, props);
  trigger.addEventListener('click', (event) => {
    event.stopPropagation();
    if (wrap.classList.contains('open')) return closePopups();
    openPopup(
      wrap,
      items(),
      (picked) => {
        if (!multi) {
          void ctx.act(component, { kind: 'select', option: picked }).then(() => ctx.refresh(component));
          return;
        }
        selected = selected.includes(picked) ? selected.filter((v) => v !== picked) : [...selected, picked];
        paint();
        wrap.querySelectorAll<HTMLElement>('.popup-item').forEach((item) => {
          const on = selected.includes(item.dataset.value ?? '');
          item.classList.toggle('selected', on);
          item.setAttribute('aria-selected', String(on));
          const tick = item.querySelector('.tick');
          if (tick) tick.textContent = on ? '✓' : '';
        });
        void ctx.act(component, { kind: 'multi', options: [...selected] });
      },
      { multi },
    );
  });
  return own(wrap);
}

export const selectStatic: Renderer = (c, p, ctx) => selectWidget(c, p, ctx, false, false);
export const multiSelectStatic: Renderer = (c, p, ctx) => selectWidget(c, p, ctx, true, false);
export const selectPerson: Renderer = (c, p, ctx) => selectWidget(c, p, ctx, false, true);
export const multiSelectPerson: Renderer = (c, p, ctx) => selectWidget(c, p, ctx, true, true);

/** The "···" button and its menu of options; an option with a link opens it instead of calling back. */
export const overflow: Renderer = (component, props, ctx) => {
  const trigger = el('button', {
    class: 'btn btn-default overflow',
    attrs: { type: 'button', 'aria-haspopup': 'menu' },
    text: '···',
  });
  const wrap = el('div', { class: 'select-wrap overflow-wrap' }, [trigger]);
  trigger.disabled = disabledTips(wrap, props);
  widthOf(wrap, props);
  trigger.addEventListener('click', (event) => {
    event.stopPropagation();
    if (wrap.classList.contains('open')) return closePopups();
    const options = Array.isArray(props.options) ? props.options : [];
    // Every option with a value, and those without one that only open a link (1.0 allows that); the
    // picked one is passed by its place in `options` too, so equal or missing values cannot be mixed up.
    const entries = options.flatMap((o, index) =>
      isProps(o) && (typeof o.value === 'string' || o.url || o.multi_url) ? [{ o, index }] : [],
    );
    const value = (o: Props) => (typeof o.value === 'string' ? o.value : '');
    openPopup(
      wrap,
      entries.map(({ o }) => ({ value: value(o), label: plain(o.text) || value(o) })),
      (picked, position) =>
        void ctx.act(component, { kind: 'select', option: picked, index: entries[position].index }),
      { align: 'end' },
    );
  });
  return own(wrap);
};
