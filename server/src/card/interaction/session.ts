// One preview session over one card: holds what the user has typed, picked and ticked, and turns each
// interaction into what the platform would do — a callback request, a jump, a local change, or a blocked
// submit. The webview, hover and `feishu-card simulate` all drive this class; what each interaction does is
// decided by `decide.ts`, which the webview also asks before its confirm dialog.
import { componentSpec } from '../catalog/catalog';
import type { CardDocument } from '../parse/model';
import { callbackValueOf, openUrlOf, optionLinkOf } from './behavior';
import { decide, fieldName, isRequired, type Decision } from './decide';
import { callbackValue, initialValue, isEmpty, optionValues, valueKind, type ValueKind } from './fields';
import type { Identity } from './identity';
import { resolveOpenUrl, type OpenUrlTargets } from './openUrl';
import { buildRequest, systemClock, type Clock } from './request';
import { pathKey, specOf, targetOf, type Target } from './target';
import type { CallbackAction, CallbackRequest, FieldValue, UserInput } from './types';

export type Outcome =
  | { kind: 'callback'; request: CallbackRequest; openUrl?: OpenUrlTargets }
  | { kind: 'open_url'; openUrl: OpenUrlTargets }
  /** Changed only in the card: a component that does not call back, or a field inside a form. */
  | { kind: 'local'; reason: 'no-callback' | 'in-form'; openUrl?: OpenUrlTargets }
  | { kind: 'blocked'; reason: 'required'; missing: string[] }
  | { kind: 'reset' }
  | { kind: 'disabled' };

/** Order of keys in `action`, as the platform's examples print them. */
const ACTION_KEYS: (keyof CallbackAction)[] = [
  'value',
  'tag',
  'option',
  'options',
  'input_value',
  'checked',
  'timezone',
  'name',
  'form_value',
];

export function assembleAction(tag: string, fields: string[], data: Partial<CallbackAction>): CallbackAction {
  const action: Record<string, unknown> = {};
  for (const key of ACTION_KEYS) {
    if (key === 'tag') action.tag = tag;
    else if (fields.includes(key) && data[key] !== undefined) action[key] = data[key];
  }
  return action as unknown as CallbackAction;
}

interface Field {
  target: Target;
  kind: ValueKind;
  initial: FieldValue;
}

export class CardSession {
  private readonly values = new Map<string, FieldValue>();
  private readonly fields = new Map<string, Field>();

  constructor(
    readonly card: CardDocument,
    readonly identity: Identity,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * Takes over what the user entered in `previous` (the same card before an edit): each entered value whose
   * component `placeOf` finds in this card (by its path key there) keeps it; the others start afresh.
   */
  adoptValues(previous: CardSession, placeOf: (key: string) => (string | number)[] | undefined): void {
    for (const [key, value] of previous.values) {
      const path = placeOf(key);
      // Stryker disable next-line ConditionalExpression: a value without a place would be kept under the key `undefined`, which no component's path key equals
      if (path) this.values.set(pathKey(path), value);
    }
  }

  /**
   * Makes a component's value known (the preview calls this for buttons the parser does not walk). Fields
   * are registered when first asked about (a form's when it is submitted), so a session over a large card
   * costs nothing until the user acts.
   */
  register(target: Target): Field {
    const key = pathKey(target.path);
    const existing = this.fields.get(key);
    // Stryker disable next-line ConditionalExpression: registering again builds the same field from the same component
    if (existing) return existing;
    const kind = valueKind(specOf(target), target.props);
    const field = { target, kind, initial: initialValue(kind, target.props) };
    this.fields.set(key, field);
    return field;
  }

  kindOf(target: Target): ValueKind {
    return this.register(target).kind;
  }

  valueOf(target: Target): FieldValue {
    const key = pathKey(target.path);
    return this.values.has(key) ? this.values.get(key) : this.register(target).initial;
  }

  /** Holds a value without interacting (text typed but not yet submitted). */
  setValue(target: Target, value: FieldValue): void {
    this.register(target);
    this.values.set(pathKey(target.path), value);
  }

  /** What `interact` would do with this input now (the webview asks before its confirm dialog). */
  decide(target: Target, input: UserInput): Decision {
    return decide(target, input, this);
  }

  interact(target: Target, input: UserInput): Outcome {
    const decision = this.decide(target, input);
    if (decision.effect === 'disabled') return { kind: 'disabled' };
    const field = this.register(target);
    const value = valueFromInput(input);
    if (value !== undefined && field.kind !== 'none') this.values.set(pathKey(target.path), value);

    switch (decision.effect) {
      case 'reset':
        this.resetForm(target.formPath!);
        return { kind: 'reset' };
      case 'blocked':
        return { kind: 'blocked', reason: 'required', missing: decision.missing };
      case 'submit':
        return this.submit(target);
      // Stryker disable next-line ConditionalExpression: without the default the switch falls out the same way
      default:
        break;
    }
    const openUrl = this.linkFor(target, input);
    if (decision.effect === 'in-form') return { kind: 'local', reason: 'in-form', openUrl };
    if (decision.effect === 'no-callback')
      return openUrl ? { kind: 'open_url', openUrl } : { kind: 'local', reason: 'no-callback' };
    const fields = specOf(target)?.callbackFields ?? ['value'];
    const action = assembleAction(target.tag, fields, {
      ...this.common(target),
      ...inputFields(field.kind, input, this.identity.timezone, this.clock.now()),
    });
    return { kind: 'callback', request: buildRequest(action, this.identity, this.clock), openUrl };
  }

  /** Names of required fields left empty in the form at this path. */
  missingRequired(formPath: (string | number)[]): string[] {
    return this.missingFields(formPath).map(fieldName);
  }

  /** Required fields left empty in the form at this path. */
  missingFields(formPath: (string | number)[]): Target[] {
    return this.formFields(formPath)
      .filter((f) => isRequired(f.target) && isEmpty(this.valueOf(f.target)))
      .map((f) => f.target);
  }

  formValue(formPath: (string | number)[]): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const now = this.clock.now();
    for (const f of this.formFields(formPath)) {
      const name = f.target.props.name;
      if (typeof name !== 'string' || name === '') continue;
      const value = callbackValue(f.kind, this.valueOf(f.target), this.identity.timezone, now);
      // Text and ticks always have a value; an untouched select or picker has none to send.
      if (value !== undefined) result[name] = value;
    }
    return result;
  }

  resetForm(formPath: (string | number)[]): void {
    for (const f of this.formFields(formPath)) this.values.delete(pathKey(f.target.path));
  }

  /** A submit the decision let through (no required field is empty). */
  private submit(button: Target): Outcome {
    const formPath = button.formPath!;
    // The catalog lists what a form adds to the button's own fields (both catalogs have the form).
    const fields = [
      ...(specOf(button)?.callbackFields ?? ['value']),
      ...componentSpec('form', button.cardKind)!.callbackFields!,
    ];
    const action = assembleAction(button.tag, fields, {
      ...this.common(button),
      form_value: this.formValue(formPath),
    });
    return {
      kind: 'callback',
      request: buildRequest(action, this.identity, this.clock),
      openUrl: openUrlOf(button),
    };
  }

  private common(target: Target): Partial<CallbackAction> {
    const name = target.props.name;
    return {
      value: callbackValueOf(target),
      name: typeof name === 'string' ? name : undefined,
      timezone: this.identity.timezone,
    };
  }

  /** The component's own link, or for an overflow the chosen option's `multi_url` (1.0 also `url`). */
  private linkFor(target: Target, input: UserInput): OpenUrlTargets | undefined {
    const link = input.kind === 'select' ? optionLinkOf(target, input.option, input.index) : undefined;
    return link ? resolveOpenUrl(link) : openUrlOf(target);
  }

  /** The fields of the form at this path: its components that hold a value and that the catalog calls form fields. */
  private formFields(formPath: (string | number)[]): Field[] {
    const key = pathKey(formPath);
    const fields: Field[] = [];
    for (const component of this.card.components) {
      if (component.form === undefined || pathKey(component.form.path) !== key) continue;
      const field = this.register(targetOf(this.card, component));
      // A component with a value kind has a catalog entry (valueKind reads it).
      if (field.kind !== 'none' && specOf(field.target)!.formField === true) fields.push(field);
    }
    return fields;
  }
}

function valueFromInput(input: UserInput): FieldValue {
  switch (input.kind) {
    case 'input':
      return input.text;
    case 'select':
      return input.option;
    case 'multi':
      return input.options;
    case 'check':
      return input.checked;
    // Stryker disable next-line ConditionalExpression: without the default the function returns undefined all the same
    default:
      return undefined;
  }
}

function inputFields(
  kind: ValueKind,
  input: UserInput,
  timezone: string,
  now: number,
): Partial<CallbackAction> {
  switch (input.kind) {
    case 'input':
      return { input_value: input.text };
    case 'select':
      return { option: callbackValue(kind, input.option, timezone, now) as string };
    case 'multi':
      return { options: input.options };
    case 'check':
      return { checked: input.checked };
    // Stryker disable next-line ConditionalExpression: without the default the result is undefined, which spreads into nothing as {} does
    default:
      return {};
  }
}

export { optionValues };
