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
import { targetOf, type Target } from './target';
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
  const formPath = target.formPath;
  if (formPath === undefined) {
    // Every sample value is a string where a kind needs one, so there always is an input.
    const outcome = session.interact(target, inputFor(session.kindOf(target), sampleValue(session, target))!);
    return outcome.kind === 'callback' ? { action: outcome.request.event.action } : undefined;
  }
  const submits = formActionOf(target.props) === 'submit';
  // A field in a form sends nothing on its own; its state rides along with the form's submit.
  if (!submits) session.setValue(target, sampleValue(session, target));
  for (const field of session.missingFields(formPath)) session.setValue(field, sampleValue(session, field));
  if (!submits) return { action: { tag: 'button', form_value: session.formValue(formPath) }, form: 'field' };
  const outcome = session.interact(target, { kind: 'click' });
  // Stryker disable next-line ConditionalExpression: an enabled submit of a form without empty required fields always calls back
  return outcome.kind === 'callback' ? { action: outcome.request.event.action, form: 'submit' } : undefined;
}

/** A disabled component sends nothing; the sample shows what it sends once enabled. */
function enabled(target: Target): Target {
  return { ...target, props: { ...target.props, disabled: false } };
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
    // Stryker disable next-line ConditionalExpression: without the default the function returns undefined all the same
    default:
      return undefined;
  }
}
