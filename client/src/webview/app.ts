// The preview page's controller: keeps the last good card, drives the interaction session, routes each
// outcome to the console and (when sending is on) to the host, and shows the server's answers.
import {
  type CardDocument,
  type CardKind,
  CardSession,
  type ComponentNode,
  createIdentity,
  type HostMessage,
  type Identity,
  isOpenableUrl,
  isTheme,
  type Outcome,
  parseCard,
  pathKey,
  type Target,
  targetOf,
  type UserInput,
  valueOf,
} from '../../../server/src/card';
import type { Bridge } from './bridge';
import { renderComponent } from './components';
import { renderHeader } from './components/header';
import { applyLayout } from './components/layout';
import { CallbackConsole, type Entry } from './console';
import { confirmDialog, showToast } from './dialogs';
import { clear, el } from './dom';
import { fill, labelsFor, type Labels } from './labels';
import { interceptLinks } from './links';
import { closePopups } from './popup';
import { PlatformView } from './platformView';
import { decorate, type RenderContext } from './render';
import { isProps, setCardLocale, type Props } from './text';
import { renderToolbar, type ViewOptions, type WidthMode } from './toolbar';

type Init = Extract<HostMessage, { type: 'init' }>;
type Good = { card: CardDocument; session: CardSession };

let counter = 0;
const nextId = () => `${Date.now().toString(36)}-${(++counter).toString(36)}`;

export class PreviewApp {
  private labels: Labels = labelsFor('en');
  private locale: 'en' | 'zh' = 'en';
  private identity: Identity | undefined;
  private sending = false;
  private fileText: string | undefined;
  private good: Good | undefined;
  private answerCard: string | undefined;
  private notice: string | undefined;
  /** Template variables filled into the card by the host; listed with every request. */
  private variables: string[] = [];
  private readonly ui = new Map<string, unknown>();
  private view: ViewOptions = { theme: 'light', device: 'desktop', width: undefined };
  private themeChosen = false;
  private console: CallbackConsole | undefined;
  private readonly sent = new Map<string, Entry>();
  private readonly platform = new PlatformView({
    locale: () => this.locale,
    console: () => this.console,
    previewMessageId: () => this.identity?.openMessageId,
    replacePreview: (text) => {
      this.answerCard = text;
      this.load(text);
    },
    renderMessage: (container, text, messageId) => this.renderMessage(container, text, messageId),
  });
  private readonly parts: {
    toolbar: HTMLElement;
    notice: HTMLElement;
    stage: HTMLElement;
    card: HTMLElement;
    console: HTMLElement;
  };

  constructor(
    private readonly root: HTMLElement,
    private readonly bridge: Bridge,
  ) {
    const card = el('div', { class: 'card', attrs: { id: 'card' } });
    this.parts = {
      toolbar: el('div', { class: 'toolbar-slot' }),
      notice: el('div', { class: 'notice', attrs: { id: 'notice', role: 'status' } }),
      stage: el('div', { class: 'stage' }, [card]),
      card,
      console: el('aside', { class: 'console', attrs: { id: 'console' } }),
    };
    root.append(
      this.parts.toolbar,
      el('div', { class: 'main' }, [
        el('div', { class: 'canvas' }, [
          this.platform.status,
          this.parts.notice,
          this.parts.stage,
          this.platform.transcript,
        ]),
        this.parts.console,
      ]),
    );
    // Capture phase: widgets stop propagation for their own reasons, revealing must still see the click.
    card.addEventListener('click', (event) => this.reveal(event), true);
    interceptLinks(card, (url) => void this.openUrl(url));
    interceptLinks(this.platform.transcript, (url) => void this.openUrl(url));
    const saved = bridge.getState() as Partial<ViewOptions & { themeChosen: boolean }> | null;
    if (saved && typeof saved === 'object') {
      if (saved.device === 'desktop' || saved.device === 'mobile') this.view.device = saved.device;
      if (saved.width === 'default' || saved.width === 'compact' || saved.width === 'fill')
        this.view.width = saved.width;
      if (saved.themeChosen && isTheme(saved.theme)) {
        this.view.theme = saved.theme;
        this.themeChosen = true;
      }
    }
  }

  handle(message: HostMessage): void {
    switch (message.type) {
      case 'init':
        return this.init(message);
      case 'card':
        this.variables = Array.isArray(message.variables) ? message.variables.map(String) : [];
        this.fileText = message.text;
        this.answerCard = undefined;
        return this.load(message.text);
      case 'theme':
        if (!this.themeChosen && isTheme(message.theme)) this.view.theme = message.theme;
        return this.paint();
      case 'answer':
        return this.answer(message.id, message.answer);
      case 'platform':
        return this.platform.handle(message.event);
      case 'notSent': {
        const entry = this.sent.get(message.id);
        if (entry) this.console?.update(entry.id, { status: 'notSent' });
        return;
      }
    }
  }

  private init(message: Init): void {
    this.locale = message.locale === 'zh' ? 'zh' : 'en';
    this.labels = labelsFor(this.locale);
    setCardLocale(this.locale);
    document.documentElement.lang = this.locale === 'zh' ? 'zh-CN' : 'en';
    this.identity = createIdentity(message.identity);
    this.sending = message.sending === true;
    if (!this.themeChosen) this.view.theme = isTheme(message.theme) ? message.theme : 'light';
    clear(this.parts.console);
    this.console = new CallbackConsole(
      this.parts.console,
      this.labels,
      {
        replay: (request) => this.replay(request),
        openUrl: (url) => void this.openUrl(url),
        copy: (text) => this.copy(text),
        export: (json) => this.export(json),
      },
      this.locale,
    );
    this.console.notSentText = this.bridge.kind === 'vscode' ? this.labels.notSent : this.labels.notSentCli;
    clear(this.parts.toolbar);
    this.parts.toolbar.append(
      renderToolbar(
        this.labels,
        this.view,
        () => this.cardWidth(),
        () => {
          this.themeChosen = true;
          this.bridge.setState({ ...this.view, themeChosen: this.themeChosen });
          this.paint();
        },
      ),
    );
    if (this.fileText !== undefined) this.load(this.fileText);
    else this.paint();
  }

  /** Parses and shows a card; a broken one keeps the last good render and says so. */
  private load(text: string): void {
    if (!this.identity) return;
    const card = parseCard(text, { forceCard: true });
    if (card.syntaxErrors.length > 0 || (card.fileSyntaxErrors?.length ?? 0) > 0) {
      this.notice = this.labels.syntaxNotice;
    } else if (card.kind === 'not-card') {
      this.notice = this.labels.notCard;
    } else {
      this.notice = this.answerCard !== undefined ? this.labels.showingAnswer : undefined;
      this.good = { card, session: new CardSession(card, this.identity) };
      this.ui.clear();
    }
    this.paint();
  }

  private cardProps(): Props {
    const value = this.good ? valueOf(this.good.card.cardNode) : undefined;
    return isProps(value) ? value : {};
  }

  private cardWidth(): WidthMode {
    const config = this.cardProps().config;
    const mode = isProps(config) ? config.width_mode : undefined;
    return mode === 'compact' || mode === 'fill' ? mode : 'default';
  }

  private paint(): void {
    const root = this.root;
    root.classList.toggle('theme-dark', this.view.theme === 'dark');
    root.classList.toggle('theme-light', this.view.theme === 'light' || this.view.theme === 'hc-light');
    root.classList.toggle('theme-hc', this.view.theme === 'hc');
    root.classList.toggle('theme-hc-light', this.view.theme === 'hc-light');
    root.classList.toggle('device-mobile', this.view.device === 'mobile');
    for (const w of ['default', 'compact', 'fill'])
      root.classList.toggle(`width-${w}`, (this.view.width ?? this.cardWidth()) === w);
    clear(this.parts.notice);
    if (this.notice) {
      this.parts.notice.append(el('span', { text: this.notice }));
      if (this.answerCard !== undefined) {
        const back = el('button', {
          class: 'tool',
          attrs: { type: 'button', id: 'back-to-file' },
          text: this.labels.backToFile,
        });
        back.addEventListener('click', () => {
          this.answerCard = undefined;
          if (this.fileText !== undefined) this.load(this.fileText);
        });
        this.parts.notice.append(back);
      }
    }
    this.parts.notice.hidden = !this.notice;
    this.renderCard();
  }

  private renderCard(): void {
    closePopups();
    clear(this.parts.card);
    if (this.good) this.renderInto(this.parts.card, this.good);
    this.platform.paintTranscript();
  }

  /** Draws a card into `card` with the same renderers; clicks go through `good`'s own session. */
  private renderInto(card: HTMLElement, good: Good): void {
    const { card: doc } = good;
    const value = valueOf(doc.cardNode);
    const props = isProps(value) ? value : {};
    card.classList.toggle('v1', doc.kind === 'v1');
    if (isProps(props.header)) card.append(renderHeader(props.header, this.locale));
    const body = el('div', { class: 'card-body' });
    if (doc.kind === 'v2' && isProps(props.body)) applyLayout(body, props.body);
    const ctx = this.context(good, card);
    for (const component of this.topLevel(doc)) body.append(ctx.render(component));
    card.append(body);
  }

  /** A transcript card: its own session, whose callbacks carry its own open_message_id. */
  private renderMessage(card: HTMLElement, text: string, messageId: string): void {
    if (!this.identity) return;
    const doc = parseCard(text, { forceCard: true });
    if (doc.kind === 'not-card' || doc.syntaxErrors.length > 0) return;
    const session = new CardSession(doc, { ...this.identity, openMessageId: messageId });
    this.renderInto(card, { card: doc, session });
  }

  /** 2.0: body.elements; 1.0: root elements, else the i18n_elements of the preview language. */
  private topLevel(doc: CardDocument): ComponentNode[] {
    if (doc.kind === 'v2') return doc.topLevel.filter((c) => c.path[0] === 'body');
    const root = doc.topLevel.filter((c) => c.path[0] === 'elements');
    if (root.length) return root;
    const i18n = doc.topLevel.filter((c) => c.path[0] === 'i18n_elements');
    const wanted = this.locale === 'zh' ? 'zh_cn' : 'en_us';
    const keys = [...new Set(i18n.map((c) => c.path[1]))];
    const key = keys.includes(wanted) ? wanted : keys[0];
    return i18n.filter((c) => c.path[1] === key);
  }

  private context(good: Good, container: HTMLElement): RenderContext {
    const { card, session } = good;
    const targets = new Map<string, Target>();
    const ctx: RenderContext = {
      session,
      labels: this.labels,
      mobile: this.view.device === 'mobile',
      ui: this.ui,
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
      act: (component, input) => this.act(component, input, good),
      store: (component, value) => session.setValue(ctx.target(component), value),
      refresh: (component) => {
        const old = container.querySelector(`[data-path="${CSS.escape(JSON.stringify(component.path))}"]`);
        if (old) old.replaceWith(ctx.render(component));
      },
      rerender: () => (good === this.good ? this.renderCard() : this.platform.paintTranscript()),
    };
    return ctx;
  }

  private async act(
    component: ComponentNode,
    input: UserInput,
    good: Good | undefined = this.good,
  ): Promise<Outcome | undefined> {
    if (!good) return undefined;
    const session = good.session;
    const target = targetOf(good.card, component);
    const decision = session.decide(target, input);
    if (decision.effect === 'disabled') return undefined;
    if (decision.confirm) {
      const { title, text } = decision.confirm;
      const ok = await confirmDialog(this.root, title, text, this.labels);
      // Cancel: nothing is sent and nothing changes.
      if (!ok) return undefined;
    }
    const outcome = session.interact(target, input);
    this.record(outcome, component, target, good.card.kind === 'v1' ? 'v1' : 'v2');
    return outcome;
  }

  private label(target: Target): string {
    const id = target.props.element_id ?? target.props.name;
    return typeof id === 'string' && id ? `${target.tag} #${id}` : target.tag;
  }

  private record(outcome: Outcome, component: ComponentNode, target: Target, kind?: CardKind): void {
    const c = this.console;
    if (!c) return;
    const base = { id: nextId(), time: Date.now(), component: this.label(target), path: component.path };
    switch (outcome.kind) {
      case 'callback': {
        const entry = c.add({
          ...base,
          kind: 'callback',
          request: outcome.request,
          openUrl: outcome.openUrl,
          ...(this.variables.length
            ? { note: `${this.labels.variablesUsed}: ${this.variables.join(', ')}` }
            : {}),
        });
        this.send(entry, outcome.request as unknown as Record<string, unknown>, kind);
        return;
      }
      case 'open_url':
        c.add({ ...base, kind: 'open_url', openUrl: outcome.openUrl });
        return;
      case 'local':
        c.addOrCoalesce({
          ...base,
          kind: 'local',
          openUrl: outcome.openUrl,
          note: outcome.reason === 'in-form' ? this.labels.localInForm : this.labels.localNoCallback,
        });
        return;
      case 'blocked': {
        const text = fill(this.labels.blockedRequired, { names: outcome.missing.join(', ') });
        c.add({ ...base, kind: 'blocked', note: text });
        showToast(this.root, this.labels.requiredToast, 'warning');
        const form = this.parts.card.querySelector(
          `[data-path="${CSS.escape(JSON.stringify(target.formPath))}"]`,
        );
        form?.querySelector('.form-error')?.remove();
        form?.append(el('div', { class: 'form-error', text }));
        return;
      }
      case 'reset':
        c.add({ ...base, kind: 'reset', note: this.labels.resetDone });
        this.renderCard();
        return;
      default:
        return;
    }
  }

  private send(entry: Entry, request: Record<string, unknown>, kind?: CardKind): void {
    if (!this.sending) {
      this.console?.update(entry.id, { status: 'notSent' });
      return;
    }
    this.sent.set(entry.id, entry);
    this.console?.update(entry.id, { status: 'sending' });
    const cardKind = kind ?? (this.good?.card.kind === 'v1' ? 'v1' : 'v2');
    this.bridge.post({ type: 'callback', id: entry.id, request, cardKind });
  }

  private replay(request: Record<string, unknown>): void {
    const entry = this.console?.add({
      id: nextId(),
      time: Date.now(),
      kind: 'replay',
      component: 'replay',
      request,
    });
    if (entry) this.send(entry, request);
  }

  private answer(id: string, answer: Extract<HostMessage, { type: 'answer' }>['answer']): void {
    if (!this.sent.has(id)) return;
    this.console?.update(id, { status: 'answered', answer });
    if (answer.error) {
      const code = answer.error.code ? ` code: ${answer.error.code}` : '';
      showToast(this.root, `${answer.error.message[this.locale]}${code}`, 'error');
      return;
    }
    if (answer.toast) showToast(this.root, answer.toast.text, answer.toast.type);
    if (answer.card) {
      this.answerCard = answer.card.text;
      this.load(answer.card.text);
    }
  }

  private async openUrl(url: string): Promise<void> {
    if (!isOpenableUrl(url)) return;
    const ok = await confirmDialog(
      this.root,
      this.labels.openIn,
      fill(this.labels.openConfirm, { url }),
      this.labels,
    );
    if (!ok) return;
    if (this.bridge.kind === 'browser') window.open(url, '_blank', 'noopener,noreferrer');
    else this.bridge.post({ type: 'openExternal', url });
  }

  private copy(text: string): void {
    if (this.bridge.kind === 'vscode') this.bridge.post({ type: 'copy', text });
    else void navigator.clipboard?.writeText(text).catch(() => undefined);
  }

  private export(json: string): void {
    if (this.bridge.kind === 'vscode') return this.bridge.post({ type: 'export', json });
    const link = el('a', { attrs: { download: 'feishu-card-callbacks.json' } });
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  private reveal(event: Event): void {
    const node = (event.target as Element | null)?.closest?.('[data-path]') as HTMLElement | null;
    if (!node?.dataset.path) return;
    try {
      const path: unknown = JSON.parse(node.dataset.path);
      // Relative to the card object; the host maps it through its own parse (wrappers included).
      if (Array.isArray(path)) this.bridge.post({ type: 'reveal', path });
    } catch {
      // Paths are written by us; a bad one is simply not revealed.
    }
  }
}
