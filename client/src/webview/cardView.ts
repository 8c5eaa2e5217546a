// Draws a card with its session into its element: the previewed card, and each chat transcript message's
// card (with its own session) in a view of its own, all redrawn the same way (a new version redraws only
// what changed). Header, the body's layout, the top-level components (1.0: the preview language's
// i18n_elements) through the renderer table, with the render context the renderers use to read values and
// report what the user did (and where it was drawn).
import {
  type CardDocument,
  type CardSession,
  type ComponentNode,
  type Outcome,
  pathKey,
  type Target,
  targetOf,
  type UserInput,
  nodeAt,
  valueOf,
} from '../../../server/src/card';
import { frameOf, headerOf, Pairing } from './cardDiff';
import { carryUi, keepingFocus, reconcile, release, Reuse } from './cardUpdate';
import { renderComponent } from './components';
import { renderHeader } from './components/header';
import { applyLayout } from './components/layout';
import { clear, el } from './dom';
import type { Labels } from './labels';
import { closeDetachedPopups, closePopups } from './popup';
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
  /** UI-only state that survives re-renders (collapsible panels, table pages), by path key. */
  private readonly ui = new Map<string, unknown>();
  /** The card as drawn, while it is the one on screen. */
  private drawing: Drawing | undefined;
  /** The render context of the card: one for all its versions (see `live`). */
  private readonly ctx: RenderContext;
  private nodes: Map<string, ComponentNode> | undefined;
  private targets = new Map<string, Target>();
  /** Set while an update draws: the DOM of unchanged components, handed back instead of a new drawing. */
  private reuse: Reuse | undefined;
  /** Interactions under way (a confirm dialog may be open); superseded parses wait for them to end. */
  private acting = 0;
  private readonly superseded: CardDocument[] = [];

  constructor(
    readonly element: HTMLElement,
    private readonly host: CardViewHost,
  ) {
    this.ctx = this.live();
  }

  get current(): ShownCard | undefined {
    return this.shown;
  }

  /**
   * Shows a card. `edited`: it is a new version of the card on screen (the file was edited), so the
   * components that did not change keep their DOM, and what the user entered, toggled or paged stays with
   * them; the rest starts as on a first render. Otherwise the card is drawn afresh with nothing carried.
   */
  show(shown: ShownCard, edited = false): void {
    const previous = this.shown;
    this.shown = shown;
    this.nodes = undefined;
    this.targets = new Map();
    if (!edited || !previous) {
      this.ui.clear();
      this.paint();
    } else {
      const pairing = new Pairing(
        previous.card,
        shown.card,
        this.topLevel(previous.card),
        this.topLevel(shown.card),
      );
      const placeOf = (key: string) => pairing.placeOf(key);
      shown.session.adoptValues(previous.session, placeOf);
      carryUi(this.ui, placeOf);
      if (this.drawing && this.drawing.frame === this.frame(shown)) this.update(pairing, this.drawing);
      else this.paint();
    }
    if (previous) this.supersede(previous.card);
  }

  /** The card's own config.width_mode. */
  cardWidth(): WidthMode {
    const config = this.shown ? cardProp(this.shown, 'config') : undefined;
    const mode = isProps(config) ? config.width_mode : undefined;
    return mode === 'compact' || mode === 'fill' ? mode : 'default';
  }

  /** The drawn element of the component at this path inside `container`, if it is on screen. */
  elementAt(path: (string | number)[], container: HTMLElement = this.element): HTMLElement | null {
    return container.querySelector(`[data-path="${CSS.escape(JSON.stringify(path))}"]`);
  }

  /** Draws the card into its element, all of it (theme, device, a form reset, paging). */
  paint(): void {
    closePopups();
    const scroller = this.element.closest<HTMLElement>('.canvas');
    const scroll = scroller ? [scroller.scrollLeft, scroller.scrollTop] : undefined;
    clear(this.element);
    this.drawing = undefined;
    if (this.shown) this.drawing = this.draw(this.element, this.shown, this.ctx);
    if (scroller && scroll) [scroller.scrollLeft, scroller.scrollTop] = scroll;
  }

  private draw(card: HTMLElement, shown: ShownCard, ctx: RenderContext): Drawing {
    const { card: doc } = shown;
    const headerProps = cardProp(shown, 'header');
    card.classList.toggle('v1', doc.kind === 'v1');
    const header = isProps(headerProps) ? renderHeader(headerProps, this.host.locale()) : undefined;
    if (header) card.append(header);
    const body = el('div', { class: 'card-body' });
    const bodyProps = doc.kind === 'v2' ? ownProps(nodeAt(doc.cardNode, ['body']), 'elements') : undefined;
    if (bodyProps) applyLayout(body, bodyProps);
    const elements = new Map<ComponentNode, HTMLElement>();
    for (const component of this.topLevel(doc)) {
      const node = ctx.render(component);
      elements.set(component, node);
      body.append(node);
    }
    card.append(body);
    return { frame: this.frame(shown), header, headerText: headerOf(doc), body, elements };
  }

  /** Redraws what changed between the card drawn and the one now shown (same frame). */
  private update(pairing: Pairing, drawing: Drawing): void {
    const shown = this.shown!;
    const headerText = headerOf(shown.card);
    keepingFocus(this.element, () => {
      if (headerText !== drawing.headerText) {
        const props = cardProp(shown, 'header');
        const header = isProps(props) ? renderHeader(props, this.host.locale()) : undefined;
        if (drawing.header && header) drawing.header.replaceWith(header);
        else if (header) this.element.prepend(header);
        else drawing.header?.remove();
        drawing.header = header;
        drawing.headerText = headerText;
      }
      this.reuse = new Reuse(pairing, drawing.elements);
      try {
        const top = this.topLevel(shown.card);
        const wanted = top.map((component) => this.ctx.render(component));
        reconcile(drawing.body, wanted);
        drawing.elements = new Map(top.map((component, i) => [component, wanted[i]]));
      } finally {
        this.reuse = undefined;
      }
    });
    closeDetachedPopups();
  }

  /** What else than the components decides the drawing: the card's frame, the language, the device. */
  private frame(shown: ShownCard): string {
    return `${this.host.locale()}|${this.host.mobile()}|${frameOf(shown.card)}`;
  }

  /** Cuts a replaced parse loose once no interaction that started on it is still under way. */
  private supersede(doc: CardDocument): void {
    this.superseded.push(doc);
    if (this.acting === 0) for (const old of this.superseded.splice(0)) release(old);
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

  /**
   * The card's render context. Its components' listeners outlive the version they were drawn
   * from (an update keeps their DOM), so everything they call finds the component by path in the card
   * shown now, and its session and form.
   */
  private live(): RenderContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the view
    const view = this;
    const drawn: DrawnCard = {
      get shown() {
        return view.shown!;
      },
      element: this.element,
      repaint: () => this.paint(),
    };
    const ctx: RenderContext = {
      get session() {
        return view.shown!.session;
      },
      get labels() {
        return view.host.labels();
      },
      get mobile() {
        return view.host.mobile();
      },
      ui: this.ui,
      target: (component) => this.targetOf(component),
      render: (component) => this.reuse?.take(component) ?? this.fresh(component, ctx),
      act: async (component, input) => {
        const now = this.resolve(component);
        if (!now) return undefined;
        this.acting++;
        try {
          return await this.host.act(now, input, drawn);
        } finally {
          if (--this.acting === 0) for (const old of this.superseded.splice(0)) release(old);
        }
      },
      store: (component, value) => {
        const now = this.resolve(component);
        if (now) view.shown!.session.setValue(this.targetOf(now), value);
      },
      refresh: (component) => {
        const now = this.resolve(component);
        if (now) this.elementAt(now.path)?.replaceWith(ctx.render(now));
      },
      rerender: () => this.paint(),
    };
    return ctx;
  }

  /** The component at `component`'s path in the card shown now (undefined: it is gone). */
  private resolve(component: ComponentNode): ComponentNode | undefined {
    const doc = this.shown?.card;
    if (!doc) return undefined;
    this.nodes ??= new Map(doc.components.map((c) => [pathKey(c.path), c]));
    return this.nodes.get(pathKey(component.path));
  }

  private targetOf(component: ComponentNode): Target {
    const key = pathKey(component.path);
    let target = this.targets.get(key);
    if (!target) {
      const now = this.resolve(component) ?? component;
      target = now.node ? targetOf(this.shown!.card, now) : goneTarget(now, this.shown!.card);
      this.targets.set(key, target);
    }
    return target;
  }

  private fresh(component: ComponentNode, ctx: RenderContext): HTMLElement {
    const props = ctx.target(component).props;
    return decorate(renderComponent(component, props, ctx), component, props);
  }
}

interface Drawing {
  frame: string;
  header: HTMLElement | undefined;
  headerText: string;
  body: HTMLElement;
  /** The element of each top-level component, in the card it was drawn from. */
  elements: Map<ComponentNode, HTMLElement>;
}

/** A target for a component whose card is gone (a listener of DOM already replaced): no properties. */
function goneTarget(component: ComponentNode, card: CardDocument): Target {
  return {
    tag: component.tag ?? '',
    props: {},
    path: component.path,
    cardKind: card.kind === 'v1' ? 'v1' : 'v2',
  };
}

/** One property of the card, as a value (never the whole card: a large card's elements stay unconverted). */
function cardProp(shown: ShownCard, key: string): unknown {
  return valueOf(nodeAt(shown.card.cardNode, [key]));
}

/** An object node's properties as values, but for `skip` (the body's layout without its elements). */
function ownProps(node: ComponentNode['node'] | undefined, skip: string): Props | undefined {
  if (node?.type !== 'object') return undefined;
  const props: Props = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value && key.value !== skip) props[String(key.value)] = valueOf(value);
  }
  return props;
}
