// Small helpers the interaction, form and limit rules share: finding components again from a finding's
// path, reading form button roles (current and deprecated spellings), and building fix edits in steps.
import type { JSONPath, Node } from 'jsonc-parser';
import { componentSpec, type LocalizedText } from '../../../catalog/catalog';
import { applyEdits, minimalEdit, setAt } from '../../../edit/jsonEdits';
import { localize, type Locale } from '../../../i18n';
import type { CardDocument, ComponentNode, TextEdit } from '../../../parse/model';
import { isRecord, ownItems, type JsonObject } from '../../../parse/values';
import { inComponent, type Place } from '../../locate';

export type Path = (string | number)[];

/** Where to report a component-level problem: its `tag` value, which is short and nearly always there. */
export function tagPlace(component: ComponentNode): Place {
  return inComponent(component, component.value.tag !== undefined ? ['tag'] : []);
}

export function samePath(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/** The path stored in a finding's `data`, when it is a well-formed one. */
export function dataPath(data: Record<string, unknown> | undefined, key = 'path'): Path | undefined {
  const value = data?.[key];
  if (!Array.isArray(value)) return undefined;
  return value.every((s) => typeof s === 'string' || typeof s === 'number') ? (value as Path) : undefined;
}

export function componentAt(card: CardDocument, path: Path | undefined): ComponentNode | undefined {
  if (!path) return undefined;
  return card.components.find((c) => samePath(c.path, path));
}

export function text(locale: Locale, message: LocalizedText, args?: Record<string, string | number>): string {
  return localize(message, locale, args);
}

/**
 * What a form button does: `form_action_type`, or the deprecated `action_type: "form_submit" | "form_reset"`
 * that older cards still carry (the platform still recognises them, so rules treat them the same).
 */
export function formActionOf(component: JsonObject, v1 = false): 'submit' | 'reset' | undefined {
  const current = component.form_action_type;
  if (current === 'submit' || current === 'reset') return current;
  const legacy = component.action_type;
  if (legacy === 'form_submit') return 'submit';
  if (legacy === 'form_reset') return 'reset';
  // The 1.0 button page also shows a `{"type": "form_action", "behavior": "submit"}` behavior (default
  // submit); 2.0 has no such behavior (behavior-unknown-type reports it there).
  if (!v1) return undefined;
  const behaviors = ownItems(component, 'behaviors');
  for (let i = 0; i < behaviors.length; i++) {
    const behavior = behaviors[i];
    if (!isRecord(behavior) || behavior.type !== 'form_action') continue;
    return behavior.behavior === 'reset' ? 'reset' : 'submit';
  }
  return undefined;
}

export function isSubmitButton(component: ComponentNode): boolean {
  return formActionOf(component.value, inV1Card(component)) === 'submit';
}

/** Whether the component belongs to a JSON 1.0 card (parse.ts gives it its spec from the 1.0 catalog). */
export function inV1Card(component: ComponentNode): boolean {
  return component.spec !== undefined && component.spec === componentSpec(component.tag, 'v1');
}

/** Components inside `component` (not itself), depth first. */
export function descendants(component: ComponentNode): ComponentNode[] {
  const out: ComponentNode[] = [];
  const walk = (c: ComponentNode) => {
    for (const child of c.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(component);
  return out;
}

/** One change to make to the card: set (or remove, with `undefined`) the value at a path below the card. */
export interface Step {
  path: JSONPath;
  value: unknown;
  insertAt?: boolean;
  /** For a new object property: where among the existing keys it goes (default: last). */
  insertionIndex?: number;
}

/**
 * Applies several modifications one after the other (each one computed on the text the previous one left)
 * and returns a single edit covering only what changed. Separate edits computed on the same text could
 * overlap where neighbouring properties share a comma. No edit at all when a step cannot be made: half a
 * repair is not offered.
 */
export function stepEdits(card: CardDocument, original: string, steps: Step[]): TextEdit[] {
  let current = original;
  for (const step of steps) {
    const edits = setAt(card, current, step.path, step.value, {
      insertAt: step.insertAt,
      insertionIndex: step.insertionIndex,
    });
    // Removing what is not there is nothing to do; failing to set a value is a failed repair.
    if (edits.length === 0 && step.value !== undefined) return [];
    current = applyEdits(current, edits);
  }
  return minimalEdit(original, current);
}

/** Replaces a string node's literal with another string (keeps everything around it as it is). */
export function replaceString(card: CardDocument, node: Node, value: string): TextEdit[] {
  return [{ offset: card.toFileOffset(node.offset), length: node.length, newText: JSON.stringify(value) }];
}

/** The common repair "remove what the finding points at" (its `data.path`), with the rule's own title. */
export function removeAtPathFix(
  finding: { data?: Record<string, unknown> },
  ctx: { card: CardDocument; text: string; locale: Locale },
  title: LocalizedText,
  safe: boolean,
  args?: (path: Path) => Record<string, string | number>,
): { title: string; edits: TextEdit[]; safe: boolean }[] {
  const path = dataPath(finding.data);
  if (!path) return [];
  const edits = setAt(ctx.card, ctx.text, path, undefined);
  return edits.length ? [{ title: text(ctx.locale, title, args?.(path)), edits, safe }] : [];
}
