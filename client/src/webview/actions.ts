// What happens when the user acts on a component: the session's decision says whether a confirm dialog
// comes first, the session interacts, and the outcome is logged in the console (a callback is handed to the
// send flow; a blocked submit also shows its error under the form until the form submits or resets).
import {
  type ComponentNode,
  type Outcome,
  type Target,
  targetOf,
  type UserInput,
} from '../../../server/src/card';
import { type Callbacks, nextEntryId } from './callbacks';
import type { CardView, DrawnCard } from './cardView';
import type { CallbackConsole } from './console';
import { confirmDialog, showToast } from './dialogs';
import { el } from './dom';
import { fill, type Labels } from './labels';

export interface ActionHost {
  root: HTMLElement;
  view: CardView;
  callbacks: Callbacks;
  console(): CallbackConsole | undefined;
  labels(): Labels;
  /** Template variables filled into the card by the host; listed with every request. */
  variables(): string[];
}

export class Actions {
  constructor(private readonly host: ActionHost) {}

  /** `drawn`: the card acted on (the previewed one unless given: a transcript card has its own session). */
  async act(component: ComponentNode, input: UserInput, drawn?: DrawnCard): Promise<Outcome | undefined> {
    const view = this.host.view;
    const current = view.current;
    const where =
      drawn ?? (current && { shown: current, element: view.element, repaint: () => view.paint() });
    if (!where) return undefined;
    const { card, session } = where.shown;
    const target = targetOf(card, component);
    const decision = session.decide(target, input);
    if (decision.effect === 'disabled') return undefined;
    if (decision.confirm) {
      const { title, text } = decision.confirm;
      const ok = await confirmDialog(this.host.root, title, text, this.host.labels());
      // Cancel: nothing is sent and nothing changes.
      if (!ok) return undefined;
    }
    const outcome = session.interact(target, input);
    this.record(outcome, component, target, where);
    return outcome;
  }

  private record(outcome: Outcome, component: ComponentNode, target: Target, where: DrawnCard): void {
    const c = this.host.console();
    if (!c) return;
    const labels = this.host.labels();
    const base = { id: nextEntryId(), time: Date.now(), component: label(target), path: component.path };
    switch (outcome.kind) {
      case 'callback': {
        // A submit that went through: the error of an earlier blocked one no longer holds.
        if (target.formPath) this.formError(where, target.formPath, undefined);
        const variables = this.host.variables();
        const entry = c.add({
          ...base,
          kind: 'callback',
          request: outcome.request,
          openUrl: outcome.openUrl,
          ...(variables.length ? { note: `${labels.variablesUsed}: ${variables.join(', ')}` } : {}),
        });
        const kind = where.shown.card.kind === 'v1' ? 'v1' : 'v2';
        this.host.callbacks.send(entry, outcome.request as unknown as Record<string, unknown>, kind);
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
          note: outcome.reason === 'in-form' ? labels.localInForm : labels.localNoCallback,
        });
        return;
      case 'blocked': {
        const text = fill(labels.blockedRequired, { names: outcome.missing.join(', ') });
        c.add({ ...base, kind: 'blocked', note: text });
        showToast(this.host.root, labels.requiredToast, 'warning');
        this.formError(where, target.formPath!, text);
        return;
      }
      case 'reset':
        c.add({ ...base, kind: 'reset', note: labels.resetDone });
        where.repaint();
        return;
      default:
        return;
    }
  }

  /** Shows (or with undefined removes) the error line under the form at this path. */
  private formError(where: DrawnCard, formPath: (string | number)[], text: string | undefined): void {
    const form = this.host.view.elementAt(formPath, where.element);
    form?.querySelector('.form-error')?.remove();
    if (text !== undefined) form?.append(el('div', { class: 'form-error', text }));
  }
}

/** "button #submit_btn": the tag, with the element_id or name when there is one. */
function label(target: Target): string {
  const id = target.props.element_id ?? target.props.name;
  return typeof id === 'string' && id ? `${target.tag} #${id}` : target.tag;
}
