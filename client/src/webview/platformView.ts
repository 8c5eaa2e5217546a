// The local platform on the preview page: its status above the card (a bot connected, or the two SDK lines
// to copy while waiting), the chat transcript under the card (each message drawn by the same renderer and
// clickable with its own open_message_id), and its API calls and notes as console entries. Card updates
// for the previewed message (patch, delayed update, CardKit, revert) go back to the app; a card in CardKit
// streaming mode is typed out (typewriter.ts), in the preview and in the transcript alike.
import type {
  CardUpdateVia,
  PlatformEvent,
  PlatformStatus,
  TranscriptMessage,
} from '../../../server/src/card';
import type { CallbackConsole } from './console';
import { clear, el } from './dom';
import { fill } from './labels';
import { platformLabels, type PlatformLabels } from './platformLabels';
import { Typewriter } from './typewriter';

export interface PlatformHooks {
  locale(): 'en' | 'zh';
  mobile(): boolean;
  console(): CallbackConsole | undefined;
  /** The previewed card's own message id (identity.openMessageId). */
  previewMessageId(): string | undefined;
  replacePreview(text: string, via: CardUpdateVia): void;
  /**
   * The element a message's card is drawn in, drawn for `text` (the same element while the message lasts,
   * redrawn where its card changed). `streamed`: a CardKit card (its new versions keep what the user
   * entered where nothing changed). Undefined: the text is no card to draw.
   */
  messageCard(text: string, messageId: string, streamed: boolean): HTMLElement | undefined;
}

let counter = 0;

export class PlatformView {
  readonly status = el('div', { class: 'platform-status', attrs: { id: 'platform-status', role: 'status' } });
  readonly transcript = el('div', { class: 'transcript', attrs: { id: 'transcript' } });
  private messages: TranscriptMessage[] = [];
  /** What each transcript card shows at this step of its typewriter (its whole text when not streaming). */
  private readonly typed = new Map<string, string>();
  /**
   * Each message's drawn item, the text it was drawn from and its card's element: kept while that text is
   * unchanged, and while it stays a card (its card element then redraws what changed itself).
   */
  private drawn = new Map<string, Drawn>();
  private title: HTMLElement | undefined;
  private readonly typewriter = new Typewriter({
    mobile: () => this.hooks.mobile(),
    changed: (messageId, text) => {
      if (messageId === this.hooks.previewMessageId()) return this.hooks.replacePreview(text, 'cardkit');
      this.typed.set(messageId, text);
      this.updateTranscript();
    },
  });

  constructor(private readonly hooks: PlatformHooks) {
    this.status.hidden = true;
    this.transcript.hidden = true;
  }

  handle(event: PlatformEvent): void {
    switch (event.type) {
      case 'status':
        return this.paintStatus(event.status);
      case 'transcript':
        this.messages = Array.isArray(event.messages) ? event.messages : [];
        this.typeTranscript();
        return this.updateTranscript();
      case 'cardUpdate':
        if (event.messageId !== this.hooks.previewMessageId()) return;
        // Only CardKit entities stream; a patch or delayed update shows whole, and stops any typing.
        if (event.via === 'cardkit')
          return this.hooks.replacePreview(this.typewriter.update(event.messageId, event.text), event.via);
        this.typewriter.forget(event.messageId);
        return this.hooks.replacePreview(event.text, event.via);
      case 'call': {
        const call = event.call;
        this.hooks.console()?.add({
          id: `api-${++counter}`,
          time: call.time,
          kind: 'api',
          component: `${call.method} ${call.path}`.slice(0, 120),
          note: `HTTP ${call.status} · code ${call.code} ${call.msg} · ${call.ms} ms`,
          call,
        });
        return;
      }
      case 'note':
        this.hooks.console()?.add({
          id: `note-${++counter}`,
          time: event.time,
          kind: 'platform',
          component: platformLabels(this.hooks.locale()).title,
          note: event.text[this.hooks.locale()],
        });
        return;
    }
  }

  private paintStatus(status: PlatformStatus): void {
    const l = platformLabels(this.hooks.locale());
    clear(this.status);
    this.status.hidden = false;
    const lines: HTMLElement[] = [el('strong', { text: `${l.title}: ${status.url}` })];
    if (status.bots.length === 0) {
      this.status.dataset.state = 'waiting';
      lines.push(
        el('div', { text: l.waiting }),
        el('pre', {
          class: 'sdk-lines',
          text:
            `new lark.Client({ appId, appSecret, domain: '${status.url}' })\n` +
            `new lark.WSClient({ appId, appSecret, domain: '${status.url}' })`,
        }),
      );
    } else {
      this.status.dataset.state = 'connected';
      for (const bot of status.bots)
        lines.push(
          el('div', {
            class: 'bot-line',
            text:
              bot.mode === 'http'
                ? fill(l.http, { appId: bot.appId })
                : fill(l.connected, { appId: bot.appId, n: String(bot.connections) }),
          }),
        );
    }
    if (status.warning)
      lines.push(el('div', { class: 'answer-error', text: status.warning[this.hooks.locale()] }));
    this.status.append(...lines);
  }

  /** Each transcript card's text as its typewriter shows it now; cards no longer listed stop typing. */
  private typeTranscript(): void {
    const listed = new Set<string>();
    for (const m of this.messages) {
      if (typeof m.cardText !== 'string') continue;
      listed.add(m.messageId);
      if (m.cardId) this.typed.set(m.messageId, this.typewriter.update(m.messageId, m.cardText));
      else {
        this.typewriter.forget(m.messageId);
        this.typed.set(m.messageId, m.cardText);
      }
    }
    for (const key of [...this.typed.keys()])
      if (!listed.has(key)) {
        this.typed.delete(key);
        this.typewriter.forget(key);
      }
  }

  /** Everything drawn again (the page's locale, theme or device changed, or a card asked to be redrawn). */
  paintTranscript(): void {
    this.drawn.clear();
    this.title = undefined;
    this.updateTranscript();
  }

  /**
   * Draws the messages whose text changed and keeps the others' DOM as it is (what the user typed, the
   * focus), in order: a card typed out every 70 ms must not take the focus from another one.
   */
  private updateTranscript(): void {
    const l = platformLabels(this.hooks.locale());
    this.transcript.hidden = this.messages.length === 0;
    if (this.transcript.hidden) {
      clear(this.transcript);
      this.drawn.clear();
      this.title = undefined;
      return;
    }
    this.title ??= el('div', { class: 'section-title', text: l.transcript });
    const wanted: HTMLElement[] = [this.title];
    const drawn = new Map<string, Drawn>();
    for (const m of this.messages) {
      const text = m.cardText !== undefined ? (this.typed.get(m.messageId) ?? m.cardText) : undefined;
      const key = text ?? `(${m.msgType}) ${m.text ?? ''}`;
      let item = this.drawn.get(m.messageId);
      if (item && item.text !== key)
        item = item.card && text !== undefined ? this.redrawn(item, m, text) : undefined;
      item ??= this.item(m, text, key, l);
      drawn.set(m.messageId, item);
      wanted.push(item.item);
    }
    this.drawn = drawn;
    let at: ChildNode | null = this.transcript.firstChild;
    for (const node of wanted) {
      if (at === node) at = node.nextSibling;
      else this.transcript.insertBefore(node, at);
    }
    while (at) {
      const next: ChildNode | null = at.nextSibling;
      at.remove();
      at = next;
    }
  }

  private item(m: TranscriptMessage, text: string | undefined, key: string, l: PlatformLabels): Drawn {
    const item = el('div', { class: 'transcript-message', data: { messageId: m.messageId } }, [
      el('div', {
        class: 'muted',
        text: `${m.via === 'reply' ? l.replied : l.sent} · ${new Date(m.time).toLocaleTimeString()} · ${m.messageId}`,
      }),
    ]);
    let card: HTMLElement | undefined;
    if (text !== undefined) {
      card = this.hooks.messageCard(text, m.messageId, m.cardId !== undefined);
      item.append(card ?? el('div', { class: 'card transcript-card' }));
    } else item.append(el('p', { class: 'transcript-text', text: m.text ?? `(${m.msgType})` }));
    return { item, text: key, card };
  }

  /** A card message with a new text: its card element redraws in place (a new one if it now is no card). */
  private redrawn(drawn: Drawn, m: TranscriptMessage, text: string): Drawn {
    const card = this.hooks.messageCard(text, m.messageId, m.cardId !== undefined);
    const now = card ?? el('div', { class: 'card transcript-card' });
    if (now !== drawn.card) drawn.card?.replaceWith(now);
    return { item: drawn.item, text, card };
  }
}

interface Drawn {
  item: HTMLElement;
  text: string;
  /** The card's element (undefined for a text message, or a card text that does not parse). */
  card: HTMLElement | undefined;
}
