// The `action` one sample interaction with a component sends, for hover to show: a real session performs a
// click with a sample input (the first option, the other tick state, some text), so hover, the preview and
// `simulate` can never disagree about a body. Disabled components are shown as if enabled, and empty
// required fields get sample values, so the sample is always what a successful interaction sends.
import type { CardDocument, ComponentNode } from '../parse/model';
import { formActionOf } from './behavior';
import { inputFor } from './decide';
import { optionValues, type ValueKind } from './fields';
import { createIdentity } from './identity';
import { CardSession } from './session';
import { pathKey, targetOf, type Target } from './target';
import type { CallbackAction, FieldValue } from './types';

/** Stands for text the user types, or an option the card does not list. */
const SAMPLE_TEXT = '…';

/** Picker values when the card sets no initial one, in the format the pickers use before the zone is added. */
const SAMPLE_PICK: Partial<Record<ValueKind, string>> = {
  date: '2024-01-01',
  time: '00:00',
  datetime: '2024-01-01 00:00',
};

export interface SampleCallback {
  action: CallbackAction;
  /** 'submit': the component submits its form; 'field': it is a field whose value rides along with one. */
  form?: 'submit' | 'field';
}

/** Undefined when the component does not call back (a link, a local change). */
export function sampleCallback(card: CardDocument, component: ComponentNode): SampleCallback | undefined {
  const target = enabled(targetOf(card, component));
  const session = new CardSession(card, createIdentity());
  if (target.formPath && formActionOf(target.props) === 'submit')
    return { action: submit(session, target.formPath, target), form: 'submit' };
  if (target.formPath) {
    // A field in a form sends nothing on its own; its state rides along with the submit.
    session.setValue(target, sampleValue(session, target));
    const button = formMembers(card, target.formPath).find((t) => formActionOf(t.props) === 'submit');
    const sent = submit(session, target.formPath, button && enabled(button));
    return { action: { tag: 'button', form_value: sent.form_value ?? {} }, form: 'field' };
  }
  const input = inputFor(session.kindOf(target), sampleValue(session, target)) ?? { kind: 'click' };
  const outcome = session.interact(target, input);
  return outcome.kind === 'callback' ? { action: outcome.request.event.action } : undefined;
}

/** A disabled component sends nothing; the sample shows what it sends once enabled. */
function enabled(target: Target): Target {
  return { ...target, props: { ...target.props, disabled: false } };
}

/** Every component inside the form at this path. */
function formMembers(card: CardDocument, formPath: (string | number)[]): Target[] {
  const key = pathKey(formPath);
  return card.components
    .filter((c) => c.form !== undefined && pathKey(c.form.path) === key)
    .map((c) => targetOf(card, c));
}

/** The action of a submit, after giving the form's empty required fields sample values. */
function submit(
  session: CardSession,
  formPath: (string | number)[],
  button: Target | undefined,
): CallbackAction {
  for (const field of session.missingFields(formPath)) session.setValue(field, sampleValue(session, field));
  const outcome = button && session.interact(button, { kind: 'click' });
  if (outcome?.kind === 'callback') return outcome.request.event.action;
  return { tag: button?.tag ?? 'button', form_value: session.formValue(formPath) };
}

/** What the user enters in the sample interaction: the first option, the other tick state, some text. */
function sampleValue(session: CardSession, target: Target): FieldValue {
  const kind = session.kindOf(target);
  const first = optionValues(target.props)[0];
  const current = session.valueOf(target);
  switch (kind) {
    case 'text':
      return SAMPLE_TEXT;
    case 'check':
      // The state after the click: the opposite of the current one.
      return current !== true;
    case 'single':
      return first ?? SAMPLE_TEXT;
    case 'multi':
      return [first ?? SAMPLE_TEXT];
    case 'date':
    case 'time':
    case 'datetime':
      return typeof current === 'string' && current !== '' ? current : SAMPLE_PICK[kind];
    default:
      return undefined;
  }
}
