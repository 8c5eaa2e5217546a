// What an interaction does, decided in this one place for every caller: whether the component is disabled,
// which form action it is, whether a submit is blocked by empty required fields, whether a confirm dialog
// comes first, and which input a value kind takes. The session carries the decision out, the webview asks
// it before showing the dialog, hover and `simulate` build their inputs with it.
import { callsBack, confirmOf, formActionOf, isDisabled, optionLinkOf, type ConfirmDialog } from './behavior';
import type { ValueKind } from './fields';
import { specOf, type Target } from './target';
import type { FieldValue, UserInput } from './types';

export type Effect =
  /** Nothing happens at all. */
  | 'disabled'
  /** A form's reset button: the form's fields go back to their initial values, nothing is sent. */
  | 'reset'
  /** A submit with required fields left empty: nothing is sent, the form says which. */
  | 'blocked'
  /** A submit that sends the form's values. */
  | 'submit'
  /** A field or button inside a form that is not a form action: the change stays in the card. */
  | 'in-form'
  /** Calls back on its own (maybe opening a link too). */
  | 'callback'
  /** Opens its link, or changes only the card. */
  | 'no-callback';

export interface Decision {
  effect: Effect;
  /** The dialog the user confirms before anything happens; only when the interaction goes ahead. */
  confirm?: ConfirmDialog;
  /** Names of the empty required fields of a blocked submit. */
  missing: string[];
}

/** What the decision needs to know about the values the user has entered so far. */
export interface FormState {
  missingRequired(formPath: (string | number)[]): string[];
}

export function decide(target: Target, input: UserInput, state: FormState): Decision {
  if (isDisabled(target.props)) return { effect: 'disabled', missing: [] };
  const formAction = target.formPath ? formActionOf(target.props) : undefined;
  if (formAction === 'reset') return { effect: 'reset', missing: [] };
  if (formAction === 'submit') {
    const missing = state.missingRequired(target.formPath!);
    if (missing.length > 0) return { effect: 'blocked', missing };
    return withConfirm({ effect: 'submit', missing: [] }, target);
  }
  if (target.formPath) return { effect: 'in-form', missing: [] };
  // An overflow option with a link only jumps (see optionLinkOf); the component's confirm still comes first.
  if (input.kind === 'select' && target.tag === 'overflow' && optionLinkOf(target, input.option, input.index))
    return withConfirm({ effect: 'no-callback', missing: [] }, target);
  if (callsBack(target)) return withConfirm({ effect: 'callback', missing: [] }, target);
  // A click on a link or a local-only component still asks first; picking or typing does not.
  const decision: Decision = { effect: 'no-callback', missing: [] };
  return input.kind === 'click' ? withConfirm(decision, target) : decision;
}

function withConfirm(decision: Decision, target: Target): Decision {
  const confirm = confirmOf(target.props);
  return confirm ? { ...decision, confirm } : decision;
}

/** `required` as written, else the catalog's default for the component (multi selects differ). */
export function isRequired(target: Target): boolean {
  if (typeof target.props.required === 'boolean') return target.props.required;
  return specOf(target)?.properties.required?.default === true;
}

/** How a required field is named when it is missing: name, else element_id, else its tag. */
export function fieldName(target: Target): string {
  const name = target.props.name ?? target.props.element_id;
  return typeof name === 'string' ? name : target.tag;
}

/**
 * The input that gives a component of this value kind the value `value`. A select or picker without a
 * string value has nothing to pick: undefined (the caller decides whether that is a click or an error).
 */
export function inputFor(kind: ValueKind, value: FieldValue): UserInput | undefined {
  switch (kind) {
    case 'text':
      return { kind: 'input', text: typeof value === 'string' ? value : '' };
    case 'check':
      return { kind: 'check', checked: value === true };
    case 'multi':
      return { kind: 'multi', options: Array.isArray(value) ? value : [] };
    case 'single':
    case 'date':
    case 'time':
    case 'datetime':
      return typeof value === 'string' ? { kind: 'select', option: value } : undefined;
    default:
      return { kind: 'click' };
  }
}
