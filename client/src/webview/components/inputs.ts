// Interactive components: buttons, text inputs, date/time pickers, image pickers and checkers (dropdowns
// are in selects.ts). Each widget reports what the user did through ctx.act (which handles confirm, forms
// and the console) and redraws itself from the session afterwards, so a cancelled confirm reverts.
import { optionValues } from '../../../../server/src/card';
import { el, token } from '../dom';
import { iconNode } from '../icons';
import { childrenIn, type Renderer } from '../render';
import { isProps, plain, textNode } from '../text';
import { sizeResolver } from '../textSize';
import { disabledTips, labelled, own, widthOf } from './widget';

export const button: Renderer = (component, props, ctx) => {
  const type = token(props.type) ?? 'default';
  const size = token(props.size) ?? 'medium';
  const icon = iconNode(props.icon, size === 'large' ? 16 : 14);
  const node = el('button', { class: `btn btn-${type} size-${size}`, attrs: { type: 'button' } }, [
    icon,
    el('span', { class: 'btn-text', text: plain(props.text) }),
  ]);
  widthOf(node, props);
  node.disabled = disabledTips(node, props);
  if (!node.title) node.title = plain(props.text);
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    void ctx.act(component, { kind: 'click' });
  });
  return node;
};

export const input: Renderer = (component, props, ctx) => {
  const target = ctx.target(component);
  const multiline = props.input_type === 'multiline_text';
  const field = multiline ? el('textarea', { class: 'input' }) : el('input', { class: 'input' });
  if (!multiline) (field as HTMLInputElement).type = props.input_type === 'password' ? 'password' : 'text';
  if (multiline && typeof props.rows === 'number')
    (field as HTMLTextAreaElement).rows = Math.min(Math.max(1, props.rows), 20);
  field.placeholder = plain(props.placeholder) || ctx.labels.placeholderInput;
  if (typeof props.max_length === 'number') field.maxLength = props.max_length;
  field.value = String(ctx.session.valueOf(target) ?? '');
  field.disabled = disabledTips(field, props);
  if (typeof props.name === 'string') field.name = props.name;
  field.addEventListener('input', () => ctx.store(component, field.value));
  // Inside a form, leaving the field records the (local) change in the console.
  if (target.formPath)
    field.addEventListener('change', () => void ctx.act(component, { kind: 'input', text: field.value }));
  field.addEventListener('keydown', (event) => {
    const key = event as KeyboardEvent;
    // Outside a form, Enter sends (Ctrl/Cmd+Enter in a multi-line box); inside, the submit button does.
    if (key.key !== 'Enter' || (multiline && !key.ctrlKey && !key.metaKey)) return;
    event.preventDefault();
    void ctx.act(component, { kind: 'input', text: field.value });
  });
  const node = own(labelled(props, field));
  widthOf(node, props);
  return node;
};

const PICKER_PLACEHOLDER = {
  date: 'placeholderDate',
  time: 'placeholderTime',
  'datetime-local': 'placeholderDatetime',
} as const;

/**
 * A picker shows its value, else the card's `placeholder` (else the client-like default), in a field like a
 * select's; the browser's own date/time input lies invisibly on top of it and opens the browser's picker.
 */
function pickerWidget(kind: 'date' | 'time' | 'datetime-local'): Renderer {
  return (component, props, ctx) => {
    const field = el('input', { class: 'picker-native' });
    field.type = kind;
    const value = ctx.session.valueOf(ctx.target(component));
    const has = typeof value === 'string' && value !== '';
    if (has) field.value = value.replace(' ', 'T');
    const shown = el('span', {
      class: `select-value${has ? '' : ' placeholder'}`,
      text: has ? value : plain(props.placeholder) || ctx.labels[PICKER_PLACEHOLDER[kind]],
    });
    const face = el('span', { class: 'select picker-face' }, [
      shown,
      el('span', { class: 'caret', text: kind === 'time' ? '◷' : '▦' }),
    ]);
    const node = own(el('div', { class: 'picker-wrap' }, [face, field]));
    field.disabled = disabledTips(node, props);
    // A click anywhere on the field opens the browser's picker (not only on its calendar glyph).
    field.addEventListener('click', () => {
      try {
        field.showPicker();
      } catch {
        // Not allowed here (no user gesture, or an old browser): the field still takes typing.
      }
    });
    field.addEventListener('change', () => {
      if (!field.value) return;
      // The platform's format: "2024-04-29 07:07"; the browser gives "2024-04-29T07:07".
      void ctx
        .act(component, { kind: 'select', option: field.value.replace('T', ' ') })
        .then(() => ctx.refresh(component));
    });
    widthOf(node, props);
    return node;
  };
}

export const datePicker = pickerWidget('date');
export const pickerTime = pickerWidget('time');
export const pickerDatetime = pickerWidget('datetime-local');

export const selectImg: Renderer = (component, props, ctx) => {
  const multi = props.multi_select === true;
  const value = ctx.session.valueOf(ctx.target(component));
  const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const options = Array.isArray(props.options) ? props.options.filter(isProps) : [];
  const layout = token(props.layout) ?? 'stretch';
  const grid = el('div', { class: `select-img layout-${layout}` });
  const whole = disabledTips(grid, props);
  for (const option of options) {
    const v = typeof option.value === 'string' ? option.value : '';
    const tile = el(
      'button',
      {
        class: `img-option${selected.includes(v) ? ' selected' : ''}`,
        attrs: { type: 'button', 'aria-pressed': String(selected.includes(v)) },
        data: { value: v },
      },
      [
        el('span', { class: 'ph-kind', text: ctx.labels.image }),
        el('span', { class: 'ph-detail', text: typeof option.img_key === 'string' ? option.img_key : v }),
      ],
    );
    // A disabled option is greyed and cannot be picked; its disabled_tips is its tooltip (select_img page).
    tile.disabled = whole || option.disabled === true;
    if (option.disabled === true) {
      tile.classList.add('is-disabled');
      const tips = plain(option.disabled_tips);
      if (tips) tile.title = tips;
    }
    tile.addEventListener('click', (event) => {
      event.stopPropagation();
      const input = multi
        ? {
            kind: 'multi' as const,
            options: selected.includes(v) ? selected.filter((s) => s !== v) : [...selected, v],
          }
        : { kind: 'select' as const, option: v };
      void ctx.act(component, input).then(() => ctx.refresh(component));
    });
    grid.append(tile);
  }
  return own(grid);
};

export const checker: Renderer = (component, props, ctx) => {
  const checked = ctx.session.valueOf(ctx.target(component)) === true;
  const box = el('span', {
    class: `checkbox${checked ? ' checked' : ''}`,
    attrs: { role: 'checkbox', 'aria-checked': String(checked), tabindex: '0' },
    text: checked ? '✓' : '',
  });
  const style = isProps(props.checked_style) ? props.checked_style : {};
  const text = textNode(
    props.text,
    checked && style.show_strikethrough === true ? 'strike' : '',
    sizeResolver(ctx.session.card, ctx.mobile),
  );
  if (checked && typeof style.opacity === 'number')
    text.style.opacity = String(Math.min(1, Math.max(0, style.opacity)));
  const area = isProps(props.button_area) ? props.button_area : {};
  const buttons = el(
    'span',
    { class: `checker-buttons${area.pc_display_rule === 'on_hover' ? ' on-hover' : ''}` },
    childrenIn(component, 'buttons').map((b) => ctx.render(b)),
  );
  const node = el('div', { class: `checker${props.overall_checkable === false ? '' : ' checkable'}` }, [
    box,
    text,
    buttons,
  ]);
  const disabled = disabledTips(node, props);
  if (disabled) {
    node.classList.add('disabled');
    box.setAttribute('aria-disabled', 'true');
    box.tabIndex = -1;
  }
  const toggle = (event: Event) => {
    event.stopPropagation();
    if (disabled) return;
    void ctx.act(component, { kind: 'check', checked: !checked }).then(() => ctx.refresh(component));
  };
  box.addEventListener('click', toggle);
  if (props.overall_checkable !== false) text.addEventListener('click', toggle);
  box.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === ' ' || (event as KeyboardEvent).key === 'Enter') toggle(event);
  });
  return own(node);
};

export { optionValues };
