// Reads a component's interaction settings: its callback value, its link, its confirm dialog, and whether
// it calls back at all. 2.0 uses `behaviors`; 1.0 (and legacy fields the catalog marks) use value/url/multi_url.
import { fromMultiUrl, resolveOpenUrl, type LinkSpec, type OpenUrlTargets } from './openUrl';
import type { Props } from './fields';
import { specOf, type Target } from './target';
import { isRecord } from './record';

interface Behavior {
  type?: unknown;
  value?: unknown;
  default_url?: unknown;
  pc_url?: unknown;
  android_url?: unknown;
  ios_url?: unknown;
}

export function behaviorsOf(props: Props): Behavior[] {
  return Array.isArray(props.behaviors) ? props.behaviors.filter((b): b is Behavior => isRecord(b)) : [];
}

/**
 * Legacy fields (1.0 `value`, `url`, `multi_url`) are still honoured by the platform in 2.0 cards as
 * "historical attributes"; `behaviors` win when both are present.
 */
function legacyProp(target: Target, key: string): unknown {
  return target.props[key];
}

export function hasCallbackBehavior(target: Target): boolean {
  return behaviorsOf(target.props).some((b) => b.type === 'callback');
}

/** `action.value`: the callback behavior's value, else the component's own `value`. */
export function callbackValueOf(target: Target): unknown {
  const behavior = behaviorsOf(target.props).find((b) => b.type === 'callback');
  if (behavior && behavior.value !== undefined) return behavior.value;
  return legacyProp(target, 'value');
}

export function linkOf(target: Target): LinkSpec | undefined {
  const behavior = behaviorsOf(target.props).find((b) => b.type === 'open_url');
  if (behavior) return behavior;
  const multi = fromMultiUrl(legacyProp(target, 'multi_url'));
  if (multi) return multi;
  const url = legacyProp(target, 'url');
  if (typeof url === 'string') return { default_url: url };
  // column_set / column jump through `action.multi_url`.
  const action = target.props.action;
  if (isRecord(action)) return fromMultiUrl(action.multi_url);
  return undefined;
}

/**
 * The link of the overflow option the user picked (2.0 `multi_url`, 1.0 also `url`), if it has one. Such an
 * option jumps and sends nothing: the 1.0 pages say so (an option's link and the component's callback are two
 * separate interaction modes; a 1.0 element with a link only jumps unless `complex_interaction`). The 2.0
 * overflow page lists `multi_url` beside `value` without saying which wins; we read it the 1.0 way.
 */
export function optionLinkOf(target: Target, option: string, index?: number): LinkSpec | undefined {
  if (!Array.isArray(target.props.options)) return undefined;
  const options = target.props.options as unknown[];
  const at = index === undefined ? undefined : options[index];
  const byIndex = isRecord(at) && (at.value ?? '') === option ? at : undefined;
  const picked = (byIndex ?? options.find((o) => isRecord(o) && o.value === option)) as Props | undefined;
  if (!picked) return undefined;
  const multi = fromMultiUrl(picked.multi_url);
  if (multi && [multi.default_url, multi.pc_url, multi.android_url, multi.ios_url].some(Boolean))
    return multi;
  return typeof picked.url === 'string' && picked.url !== '' ? { default_url: picked.url } : undefined;
}

export function openUrlOf(target: Target): OpenUrlTargets | undefined {
  const link = linkOf(target);
  return link ? resolveOpenUrl(link) : undefined;
}

/**
 * Calls back when it has a `callback` behavior, or when the catalog says it does by default — unless it has a
 * link configured by the historical fields or an `open_url` behavior: a link button sends nothing to the
 * server. The button page's table of historical fields says a link and a `value` together only jump, unless
 * `complex_interaction: true` asks for both (its default is false, "默认仅生效跳转链接交互").
 */
export function callsBack(target: Target): boolean {
  if (hasCallbackBehavior(target)) return true;
  if (linkOf(target)) {
    const both = callbackValueOf(target) !== undefined && target.props.complex_interaction === true;
    if (!both) return false;
  }
  return specOf(target)?.callsBackByDefault ?? false;
}

export type FormAction = 'submit' | 'reset';

export function formActionOf(props: Props): FormAction | undefined {
  if (props.form_action_type === 'submit' || props.action_type === 'form_submit') return 'submit';
  if (props.form_action_type === 'reset' || props.action_type === 'form_reset') return 'reset';
  return undefined;
}

export interface ConfirmDialog {
  title: string;
  text: string;
}

function textContent(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.content === 'string') return value.content;
  return '';
}

export function confirmOf(props: Props): ConfirmDialog | undefined {
  const confirm = props.confirm;
  if (!confirm || typeof confirm !== 'object') return undefined;
  const c = confirm as Props;
  return { title: textContent(c.title), text: textContent(c.text) };
}

export function isDisabled(props: Props): boolean {
  return props.disabled === true;
}
