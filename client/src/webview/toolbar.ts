// Toolbar: light/dark, desktop/mobile, and the three width modes. Choices persist through the bridge.
import { el } from './dom';
import type { Theme } from '../../../server/src/card';
import type { Labels } from './labels';

export type Device = 'desktop' | 'mobile';
export type WidthMode = 'default' | 'compact' | 'fill';
export interface ViewOptions {
  theme: Theme;
  device: Device;
  /** undefined: follow the card's config.width_mode. */
  width: WidthMode | undefined;
}

function segmented<T extends string>(
  name: string,
  label: string,
  choices: [T, string][],
  current: () => T | undefined,
  pick: (value: T) => void,
): HTMLElement {
  const group = el('div', {
    class: 'segmented',
    attrs: { role: 'group', 'aria-label': label },
    data: { name },
  });
  const paint = () =>
    group
      .querySelectorAll<HTMLButtonElement>('button')
      .forEach((b) => b.classList.toggle('on', b.dataset.value === current()));
  for (const [value, text] of choices) {
    const button = el('button', { class: 'tool', attrs: { type: 'button' }, data: { value }, text });
    button.addEventListener('click', () => {
      pick(value);
      paint();
    });
    group.append(button);
  }
  paint();
  return group;
}

export function renderToolbar(
  labels: Labels,
  view: ViewOptions,
  cardWidth: () => WidthMode,
  changed: () => void,
): HTMLElement {
  const set =
    <K extends keyof ViewOptions>(key: K) =>
    (value: ViewOptions[K]) => {
      view[key] = value;
      changed();
    };
  return el('div', { class: 'toolbar', attrs: { id: 'toolbar' } }, [
    segmented(
      'theme',
      labels.theme,
      [
        ['light', labels.light],
        ['dark', labels.dark],
        ['hc', labels.highContrast],
      ],
      () => view.theme,
      set('theme'),
    ),
    segmented(
      'device',
      labels.device,
      [
        ['desktop', labels.desktop],
        ['mobile', labels.mobile],
      ],
      () => view.device,
      set('device'),
    ),
    segmented<WidthMode>(
      'width',
      labels.width,
      [
        ['default', labels.widthDefault],
        ['compact', labels.widthCompact],
        ['fill', labels.widthFill],
      ],
      () => view.width ?? cardWidth(),
      set('width'),
    ),
  ]);
}
