// The page's view choices (theme, high-contrast ones included; device; width mode): restored from the host's
// saved page state, the theme following the host's until the user picks one in the toolbar, and applied to
// the page root as classes.
import { isTheme } from '../../../server/src/card';
import type { Bridge } from './bridge';
import type { ViewOptions, WidthMode } from './toolbar';

type Saved = Partial<ViewOptions & { themeChosen: boolean }>;

export class ViewState {
  /** The object the toolbar edits in place. */
  readonly options: ViewOptions = { theme: 'light', device: 'desktop', width: undefined };
  private themeChosen = false;

  constructor(private readonly bridge: Bridge) {
    const saved = bridge.getState() as Saved | null;
    if (!saved || typeof saved !== 'object') return;
    if (saved.device === 'desktop' || saved.device === 'mobile') this.options.device = saved.device;
    if (saved.width === 'default' || saved.width === 'compact' || saved.width === 'fill')
      this.options.width = saved.width;
    if (saved.themeChosen && isTheme(saved.theme)) {
      this.options.theme = saved.theme;
      this.themeChosen = true;
    }
  }

  get mobile(): boolean {
    return this.options.device === 'mobile';
  }

  /**
   * The host's theme (VS Code's colour theme kind, the CLI's --theme: light, dark, hc, hc-light), used until
   * the user picks one. `fallback` stands in for an unknown value (init: light; a later change: keep).
   */
  followHost(theme: unknown, fallback?: 'light'): void {
    if (this.themeChosen) return;
    if (isTheme(theme)) this.options.theme = theme;
    else if (fallback) this.options.theme = fallback;
  }

  /** The user changed a toolbar choice: it is theirs from now on and survives a reload. */
  chosen(): void {
    this.themeChosen = true;
    this.bridge.setState({ ...this.options, themeChosen: this.themeChosen });
  }

  /** `cardWidth`: the card's own config.width_mode, used when the toolbar says "follow the card". */
  apply(root: HTMLElement, cardWidth: WidthMode): void {
    const theme = this.options.theme;
    root.classList.toggle('theme-dark', theme === 'dark');
    // High-contrast light keeps the light palette underneath its own overrides.
    root.classList.toggle('theme-light', theme === 'light' || theme === 'hc-light');
    root.classList.toggle('theme-hc', theme === 'hc');
    root.classList.toggle('theme-hc-light', theme === 'hc-light');
    root.classList.toggle('device-mobile', this.mobile);
    for (const w of ['default', 'compact', 'fill'])
      root.classList.toggle(`width-${w}`, (this.options.width ?? cardWidth) === w);
  }
}
