// The preview page's controller: takes the host's messages (settings, the card, theme, answers), keeps the
// last good card and its session, and wires the parts that each do one job: the card view, the actions
// (confirm, interact, log), the callback send/answer flow, the console, the toolbar and its view state, and
// the local platform (its status, the chat transcript whose cards are drawn with their own sessions).
import {
  type CardKind,
  CardSession,
  createIdentity,
  type HostMessage,
  type Identity,
  parseCard,
} from '../../../server/src/card';
import { Actions } from './actions';
import type { Bridge } from './bridge';
import { Callbacks } from './callbacks';
import { CardView, type CardViewHost } from './cardView';
import { CallbackConsole } from './console';
import { ConsoleSync } from './consoleSync';
import { clear, el } from './dom';
import { HostActions } from './hostActions';
import { labelsFor, type Labels } from './labels';
import { interceptLinks } from './links';
import { PlatformView } from './platformView';
import { revealOnClick } from './reveal';
import { setCardLocale } from './text';
import { renderToolbar } from './toolbar';
import { ViewState } from './viewState';

type Init = Extract<HostMessage, { type: 'init' }>;

export class PreviewApp {
  private labels: Labels = labelsFor('en');
  private locale: 'en' | 'zh' = 'en';
  private identity: Identity | undefined;
  private sending = false;
  private fileText: string | undefined;
  private answerCard: string | undefined;
  private notice: string | undefined;
  /** Template variables filled into the card by the host; listed with every request. */
  private variables: string[] = [];
  private console: CallbackConsole | undefined;
  private readonly view: ViewState;
  private readonly card: CardView;
  /** What every card view on the page draws with: the previewed card's and each transcript card's. */
  private readonly cardHost: CardViewHost;
  private readonly callbacks: Callbacks;
  private readonly actions: Actions;
  private readonly hostActions: HostActions;
  private readonly platform: PlatformView;
  /** The console's history per card file, kept by the host across closing and reopening the preview. */
  private readonly history: ConsoleSync;
  /**
   * Each transcript card's view (its parse, session and UI state: what the user typed, toggled or paged in
   * it) and the text it shows, by message id: redrawn as the previewed card is, kept while the page redraws.
   */
  private readonly transcriptCards = new Map<string, { text: string; view: CardView }>();
  private readonly parts: { toolbar: HTMLElement; notice: HTMLElement; console: HTMLElement };

  constructor(
    private readonly root: HTMLElement,
    private readonly bridge: Bridge,
  ) {
    const card = el('div', { class: 'card', attrs: { id: 'card' } });
    this.parts = {
      toolbar: el('div', { class: 'toolbar-slot' }),
      notice: el('div', { class: 'notice', attrs: { id: 'notice', role: 'status' } }),
      console: el('aside', { class: 'console', attrs: { id: 'console' } }),
    };
    this.platform = new PlatformView({
      locale: () => this.locale,
      mobile: () => this.view.mobile,
      console: () => this.console,
      previewMessageId: () => this.identity?.openMessageId,
      replacePreview: (text) => {
        this.answerCard = text;
        this.load(text);
      },
      messageCard: (text, messageId, streamed) => this.messageCard(text, messageId, streamed),
    });
    root.append(
      this.parts.toolbar,
      el('div', { class: 'main' }, [
        el('div', { class: 'canvas' }, [
          this.platform.status,
          this.parts.notice,
          el('div', { class: 'stage' }, [card]),
          this.platform.transcript,
        ]),
        this.parts.console,
      ]),
    );
    revealOnClick(card, bridge);
    // Links in markdown open only through the host, after the user confirms (never navigating the page).
    interceptLinks(card, (url) => void this.hostActions.openUrl(url));
    interceptLinks(this.platform.transcript, (url) => void this.hostActions.openUrl(url));
    this.view = new ViewState(bridge);
    const page = {
      root,
      bridge,
      console: () => this.console,
      labels: () => this.labels,
      locale: () => this.locale,
    };
    this.cardHost = {
      ...page,
      mobile: () => this.view.mobile,
      act: (component, input, drawn) => this.actions.act(component, input, drawn),
    };
    this.card = new CardView(card, this.cardHost);
    this.callbacks = new Callbacks({
      ...page,
      sending: () => this.sending,
      cardKind: () => this.cardKind(),
      showAnswerCard: (text) => {
        this.answerCard = text;
        this.load(text);
      },
    });
    this.actions = new Actions({
      ...page,
      view: this.card,
      callbacks: this.callbacks,
      variables: () => this.variables,
    });
    this.hostActions = new HostActions(root, bridge, () => this.labels);
    this.history = new ConsoleSync(
      bridge,
      () => this.console,
      () => this.identity?.verificationToken,
    );
  }

  handle(message: HostMessage): void {
    switch (message.type) {
      case 'init':
        return this.init(message);
      case 'card': {
        this.variables = Array.isArray(message.variables) ? message.variables.map(String) : [];
        // An edit of the file shown: what did not change keeps its state (not after a server's answer card).
        const edited = this.fileText !== undefined && this.answerCard === undefined;
        this.fileText = message.text;
        this.answerCard = undefined;
        return this.load(message.text, edited);
      }
      case 'theme':
        this.view.followHost(message.theme);
        return this.paint();
      case 'answer':
        return this.callbacks.answer(message.id, message.answer);
      case 'platform':
        return this.platform.handle(message.event);
      case 'notSent':
        return this.callbacks.notSent(message.id);
      case 'history':
        return this.history.restore(message.fileName, message.entries);
    }
  }

  private init(message: Init): void {
    this.locale = message.locale === 'zh' ? 'zh' : 'en';
    this.labels = labelsFor(this.locale);
    setCardLocale(this.locale);
    document.documentElement.lang = this.locale === 'zh' ? 'zh-CN' : 'en';
    this.identity = createIdentity(message.identity);
    // Sessions carry the identity (user, chat): a new one starts them again.
    this.transcriptCards.clear();
    this.sending = message.sending === true;
    this.view.followHost(message.theme, 'light');
    // A restart of the page (new settings) keeps what the console showed.
    const shown = this.console?.all() ?? [];
    clear(this.parts.console);
    this.console = new CallbackConsole(
      this.parts.console,
      this.labels,
      {
        replay: (request, from) => this.callbacks.replay(request, from),
        openUrl: (url) => void this.hostActions.openUrl(url),
        copy: (text) => this.hostActions.copy(text),
        export: (json) => this.hostActions.export(json),
        changed: () => this.history.changed(),
        openSettings:
          this.bridge.kind === 'vscode'
            ? () => this.bridge.post({ type: 'openSettings', setting: 'feishuCard.callback.url' })
            : undefined,
      },
      this.locale,
    );
    if (shown.length) this.console.restore(shown);
    this.console.notSentText = this.bridge.kind === 'vscode' ? this.labels.notSent : this.labels.notSentCli;
    clear(this.parts.toolbar);
    this.parts.toolbar.append(
      renderToolbar(
        this.labels,
        this.view.options,
        () => this.card.cardWidth(),
        () => {
          this.view.chosen();
          this.paint();
        },
      ),
    );
    if (this.fileText !== undefined) this.load(this.fileText);
    else this.paint();
  }

  /**
   * Parses and shows a card; a broken one keeps the last good render and says so. `edited`: a new version
   * of the file's card on screen, redrawn where it changed (CardView.show).
   */
  private load(text: string, edited = false): void {
    if (!this.identity) return;
    const card = parseCard(text, { forceCard: true });
    if (card.syntaxErrors.length > 0 || (card.fileSyntaxErrors?.length ?? 0) > 0) {
      this.notice = this.labels.syntaxNotice;
    } else if (card.kind === 'not-card') {
      this.notice = this.labels.notCard;
    } else {
      this.notice = this.answerCard !== undefined ? this.labels.showingAnswer : undefined;
      this.card.show({ card, session: new CardSession(card, this.identity) }, edited);
    }
    this.paint(false);
  }

  /** The version of the card on screen (the server's answer card when one is shown). */
  private cardKind(): CardKind {
    return this.card.current?.card.kind === 'v1' ? 'v1' : 'v2';
  }

  /** `card`: draw the previewed card again too (not needed when `load` has just shown it). */
  private paint(card = true): void {
    this.view.apply(this.root, this.card.cardWidth());
    this.paintNotice();
    if (card) this.card.paint();
    this.platform.paintTranscript();
  }

  /**
   * A transcript card, drawn by a CardView of its own as the previewed card is: its own session, whose
   * callbacks carry its own open_message_id. A new text is shown as an edit when `streamed` (a CardKit card
   * typed out or updated by the bot): the components that did not change keep their DOM and what the user
   * entered, as an edit of the file does in the preview; a patch starts afresh. The same text is drawn again
   * (the page's theme, locale or device changed). Undefined: the text is no card to draw.
   */
  private messageCard(text: string, messageId: string, streamed: boolean): HTMLElement | undefined {
    if (!this.identity) return undefined;
    const kept = this.transcriptCards.get(messageId);
    if (kept?.text === text) {
      kept.view.paint();
      return kept.view.element;
    }
    const card = parseCard(text, { forceCard: true });
    if (card.kind === 'not-card' || card.syntaxErrors.length > 0) {
      this.transcriptCards.delete(messageId);
      return undefined;
    }
    const session = new CardSession(card, { ...this.identity, openMessageId: messageId });
    const view = kept?.view ?? new CardView(el('div', { class: 'card transcript-card' }), this.cardHost);
    view.show({ card, session }, streamed);
    this.transcriptCards.delete(messageId);
    this.transcriptCards.set(messageId, { text, view });
    // The platform keeps at most 500 messages; so do we (the oldest go first).
    if (this.transcriptCards.size > 500)
      this.transcriptCards.delete(this.transcriptCards.keys().next().value as string);
    return view.element;
  }

  /** Why the card shown is not the file's (syntax errors, not a card, the server's answer), with a way back. */
  private paintNotice(): void {
    const notice = this.parts.notice;
    clear(notice);
    notice.hidden = !this.notice;
    if (!this.notice) return;
    notice.append(el('span', { text: this.notice }));
    if (this.answerCard === undefined) return;
    const back = el('button', {
      class: 'tool',
      attrs: { type: 'button', id: 'back-to-file' },
      text: this.labels.backToFile,
    });
    back.addEventListener('click', () => {
      this.answerCard = undefined;
      if (this.fileText !== undefined) this.load(this.fileText);
    });
    notice.append(back);
  }
}
