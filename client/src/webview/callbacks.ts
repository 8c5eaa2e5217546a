// The send/answer flow of callbacks: a callback goes to the host when a callback URL is configured (else its
// console entry says it stayed here), a replay is a new delivery of an edited body with fresh ids, and the
// host's answer comes back to its entry and shows as the client would (toast, new card, error).
import { type CardKind, type HostMessage, redeliver } from '../../../server/src/card';
import type { Bridge } from './bridge';
import type { CallbackConsole, Entry } from './console';
import { showToast } from './dialogs';
import type { Labels } from './labels';

type Answer = Extract<HostMessage, { type: 'answer' }>['answer'];

let counter = 0;
/** Console entry ids: unique within the page, also the id the host answers to. */
export const nextEntryId = () => `${Date.now().toString(36)}-${(++counter).toString(36)}`;

export interface CallbackHost {
  root: HTMLElement;
  bridge: Bridge;
  console(): CallbackConsole | undefined;
  labels(): Labels;
  locale(): 'en' | 'zh';
  /** Whether callbacks are really POSTed (the host has a callback URL). */
  sending(): boolean;
  /** The JSON version of the card on screen, which the host reads the answer against. */
  cardKind(): CardKind;
  /** The server answered with a new card. */
  showAnswerCard(text: string): void;
}

export class Callbacks {
  private readonly sent = new Map<string, Entry>();

  constructor(private readonly host: CallbackHost) {}

  /** `kind`: the JSON version of the card acted on (a transcript card's own), else the card on screen's. */
  send(entry: Entry, request: Record<string, unknown>, kind?: CardKind): void {
    const console = this.host.console();
    if (!this.host.sending()) {
      console?.update(entry.id, { status: 'notSent' });
      return;
    }
    this.sent.set(entry.id, entry);
    console?.update(entry.id, { status: 'sending' });
    this.host.bridge.post({
      type: 'callback',
      id: entry.id,
      request,
      cardKind: kind ?? this.host.cardKind(),
    });
  }

  /** Sends the edited body of `from` again, as a new event of the same component. */
  replay(request: Record<string, unknown>, from: Entry): void {
    const entry = this.host.console()?.add({
      id: nextEntryId(),
      time: Date.now(),
      kind: 'replay',
      component: from.component,
      path: from.path,
      request: redeliver(request, from.request),
    });
    if (entry) this.send(entry, entry.request as Record<string, unknown>);
  }

  notSent(id: string): void {
    const entry = this.sent.get(id);
    if (entry) this.host.console()?.update(entry.id, { status: 'notSent' });
  }

  answer(id: string, answer: Answer): void {
    if (!this.sent.has(id)) return;
    this.host.console()?.update(id, { status: 'answered', answer });
    const root = this.host.root;
    if (answer.error) {
      const code = answer.error.code ? ` code: ${answer.error.code}` : '';
      showToast(root, `${answer.error.message[this.host.locale()]}${code}`, 'error');
      return;
    }
    if (answer.toast) showToast(root, answer.toast.text, answer.toast.type);
    if (answer.card) this.host.showAnswerCard(answer.card.text);
  }
}
