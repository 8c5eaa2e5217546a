// Draws a card with its session into a container: the previewed card into the card element, and any other
// card (a chat transcript message with its own session) into any element. Header, the body's layout, the
// top-level components (1.0: the preview language's i18n_elements) through the renderer table, with the
// render context the renderers use to read values and report what the user did (and where it was drawn).
import {
  type CardDocument,
  type CardSession,
  type ComponentNode,
  type Outcome,
  pathKey,
  type Target,
  targetOf,
  type UserInput,
  valueOf,
} from '../../../server/src/card';
import { renderComponent } from './components';
import { renderHeader } from './components/header';
import { applyLayout } from './components/layout';
import { clear, el } from './dom';
import type { Labels } from './labels';
import { closePopups } from './popup';
import { decorate, type RenderContext } from './render';
import { isProps, type Props } from './text';
import type { WidthMode } from './toolbar';

/** A card that parsed, with the session that holds what the user entered in it. */
export interface ShownCard {
  card: CardDocument;
  session: CardSession;
}

/** A card as drawn: the card and session, the element it is drawn in and how to draw it again. */
export interface DrawnCard {
  shown: ShownCard;
  element: HTMLElement;
  repaint(): void;
}

export interface CardViewHost {
  labels(): Labels;
  locale(): 'en' | 'zh';
  mobile(): boolean;
  act(component: ComponentNode, input: UserInput, drawn: DrawnCard): Promise<Outcome | undefined>;
}

export class CardView {
  private shown: ShownCard | undefined;
  /** UI-only state that survives re-renders (collapsible panels, open menus); reset with a new card. */
  private readonly ui = new Map<string, unknown>();

  constructor(
    readonly element: HTMLElement,
    private readonly host: CardViewHost,
  ) {}

  get current(): ShownCard | undefined {
    return this.shown;
  }

  show(shown: ShownCard): void {
    this.shown = shown;
    this.ui.clear();
  }

  /** The card's own config.width_mode. */
  cardWidth(): WidthMode {
    const config = this.cardProps().config;
    const mode = isProps(config) ? config.width_mode : undefined;
    return mode === 'compact' || mode === 'fill' ? mode : 'default';
  }

  /** The drawn element of the component at this path inside `container`, if it is on screen. */
  elementAt(path: (string | number)[], container: HTMLElement = this.element): HTMLElement | null {
    return container.querySelector(`[data-path="${CSS.escape(JSON.stringify(path))}"]`);
  }

  /** Draws the previewed card into the card element. */
  paint(): void {
    closePopups();
    clear(this.element);
    if (this.shown) this.drawInto(this.element, this.shown, this.ui, () => this.paint());
  }

  /**
   * Draws `shown` into `card` (appending; the caller clears). Clicks go through `shown`'s own session;
   * `ui` keeps the drawing's UI-only state, `repaint` draws it again (reset, collapsible panels).
   */
  drawInto(card: HTMLElement, shown: ShownCard, ui: Map<string, unknown>, repaint: () => void): void {
    const { card: doc } = shown;
    const props = propsOf(shown);
    card.classList.toggle('v1', doc.kind === 'v1');
    if (isProps(props.header)) card.append(renderHeader(props.header, this.host.locale()));
    const body = el('div', { class: 'card-body' });
    if (doc.kind === 'v2' && isProps(props.body)) applyLayout(body, props.body);
    const ctx = this.context({ shown, element: card, repaint }, ui);
    for (const component of this.topLevel(doc)) body.append(ctx.render(component));
    card.append(body);
  }

  private cardProps(): Props {
    return this.shown ? propsOf(this.shown) : {};
  }

  /** 2.0: body.elements; 1.0: root elements, else the i18n_elements of the preview language. */
  private topLevel(doc: CardDocument): ComponentNode[] {
    if (doc.kind === 'v2') return doc.topLevel.filter((c) => c.path[0] === 'body');
    const root = doc.topLevel.filter((c) => c.path[0] === 'elements');
    if (root.length) return root;
    const i18n = doc.topLevel.filter((c) => c.path[0] === 'i18n_elements');
    const wanted = this.host.locale() === 'zh' ? 'zh_cn' : 'en_us';
    const keys = [...new Set(i18n.map((c) => c.path[1]))];
    const key = keys.includes(wanted) ? wanted : keys[0];
    return i18n.filter((c) => c.path[1] === key);
  }

  private context(drawn: DrawnCard, ui: Map<string, unknown>): RenderContext {
    const { card, session } = drawn.shown;
    const targets = new Map<string, Target>();
    const ctx: RenderContext = {
      session,
      labels: this.host.labels(),
      mobile: this.host.mobile(),
      ui,
      target: (component) => {
        const key = pathKey(component.path);
        let target = targets.get(key);
        if (!target) targets.set(key, (target = targetOf(card, component)));
        return target;
      },
      render: (component) => {
        const props = ctx.target(component).props;
        return decorate(renderComponent(component, props, ctx), component, props);
      },
      act: (component, input) => this.host.act(component, input, drawn),
      store: (component, value) => session.setValue(ctx.target(component), value),
      refresh: (component) =>
        this.elementAt(component.path, drawn.element)?.replaceWith(ctx.render(component)),
      rerender: () => drawn.repaint(),
    };
    return ctx;
  }
}

function propsOf(shown: ShownCard): Props {
  const value = valueOf(shown.card.cardNode);
  return isProps(value) ? value : {};
}
