// Interactive components. Each widget reports what the user did through ctx.act (which handles confirm,
// forms and the console) and redraws itself from the session afterwards, so a cancelled confirm reverts.
import { type ComponentNode, optionValues } from '../../../../server/src/card';
import { el, px, token } from '../dom';
import { iconNode } from '../icons';
import { closePopups, openPopup, type PopupItem } from '../popup';
import { childrenIn, type RenderContext, type Renderer } from '../render';
import { isProps, plain, textNode, type Props } from '../text';

function widthOf(node: HTMLElement, props: Props): void {
  if (props.width === 'fill') node.classList.add('w-fill');
  else if (px(props.width)) node.style.width = px(props.width)!;
}

function disabledTips(node: HTMLElement, props: Props): boolean {
  const tips = plain(props.disabled === true ? props.disabled_tips : props.hover_tips);
  if (tips) node.title = tips;
  return props.disabled === true;
}

/** Clicks on a widget never reach an interactive container or column around it (inner wins). */
function own(node: HTMLElement): HTMLElement {
  node.addEventListener('click', (event) => event.stopPropagation());
  return node;
}

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

function labelled(props: Props, field: HTMLElement): HTMLElement {
  const label = plain(props.label);
  if (!label) return el('div', { class: 'labelled' }, [field]);
  const left = props.label_position === 'left';
  return el('div', { class: `labelled${left ? ' left' : ''}` }, [
    el('span', { class: `field-label${props.required === true ? ' required' : ''}`, text: label }),
    field,
  ]);
}

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

function optionItems(props: Props, selected: string[], person: boolean): PopupItem[] {
  const options = Array.isArray(props.options) ? props.options.filter(isProps) : [];
  return options
    .filter((o) => typeof o.value === 'string')
    .map((o) => ({
      value: o.value as string,
      label: person ? (o.value as string) : plain(o.text) || (o.value as string),
      selected: selected.includes(o.value as string),
    }));
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
  const labelOf = (v: string) => optionItems(props, [], person).find((i) => i.value === v)?.label ?? v;
  const shown = el('span', { class: 'select-value' });
  const paint = () => {
    shown.textContent = selected.length
      ? selected.map(labelOf).join(', ')
      : plain(props.placeholder) || ctx.labels.placeholderSelect;
    shown.classList.toggle('placeholder', selected.length === 0);
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
  trigger.disabled = disabledTips(trigger, props);
  const wrap = el('div', { class: 'select-wrap' }, [trigger]);
  widthOf(wrap, props);
  trigger.addEventListener('click', (event) => {
    event.stopPropagation();
    if (wrap.classList.contains('open')) return closePopups();
    openPopup(
      wrap,
      optionItems(props, selected, person),
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

function pickerWidget(kind: 'date' | 'time' | 'datetime-local'): Renderer {
  return (component, props, ctx) => {
    const field = el('input', { class: 'input picker' });
    field.type = kind;
    const value = ctx.session.valueOf(ctx.target(component));
    if (typeof value === 'string') field.value = value.replace(' ', 'T');
    field.disabled = disabledTips(field, props);
    field.title = plain(props.placeholder);
    field.addEventListener('change', () => {
      if (!field.value) return;
      // The platform's format: "2024-04-29 07:07"; the browser gives "2024-04-29T07:07".
      void ctx
        .act(component, { kind: 'select', option: field.value.replace('T', ' ') })
        .then(() => ctx.refresh(component));
    });
    const node = own(el('div', { class: 'picker-wrap' }, [field]));
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
    tile.disabled = props.disabled === true || option.disabled === true;
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
  const text = textNode(props.text, checked && style.show_strikethrough === true ? 'strike' : '');
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
  if (disabled) node.classList.add('disabled');
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

export const overflow: Renderer = (component, props, ctx) => {
  const trigger = el('button', {
    class: 'btn btn-default overflow',
    attrs: { type: 'button', 'aria-haspopup': 'menu' },
    text: '···',
  });
  const wrap = el('div', { class: 'select-wrap overflow-wrap' }, [trigger]);
  trigger.disabled = disabledTips(trigger, props);
  trigger.addEventListener('click', (event) => {
    event.stopPropagation();
    if (wrap.classList.contains('open')) return closePopups();
    const options = Array.isArray(props.options) ? props.options.filter(isProps) : [];
    openPopup(
      wrap,
      options
        .filter((o) => typeof o.value === 'string')
        .map((o) => ({ value: o.value as string, label: plain(o.text) || (o.value as string) })),
      (picked) => void ctx.act(component, { kind: 'select', option: picked }),
    );
  });
  return own(wrap);
};

export { optionValues };
