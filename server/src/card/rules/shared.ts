// Small helpers the interaction, form and limit rules share: finding components again from a finding's
// path, reading form button roles (current and deprecated spellings), and building fix edits in steps.
import { modify, type JSONPath, type Node } from 'jsonc-parser';
import type { LocalizedText } from '../catalog';
import { detectFormatting, setAt } from '../edits';
import { localize, type Locale } from '../i18n';
import { prop, stringValue } from '../json';
import type { CardDocument, ComponentNode, TextEdit } from '../model';

export type Path = (string | number)[];

/** The node to report a component-level problem at: its `tag` value, which is short and always there. */
export function tagNode(component: ComponentNode): Node {
  return prop(component.node, 'tag') ?? component.node;
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
export function formActionOf(node: Node): 'submit' | 'reset' | undefined {
  const current = stringValue(prop(node, 'form_action_type'));
  if (current === 'submit' || current === 'reset') return current;
  const legacy = stringValue(prop(node, 'action_type'));
  if (legacy === 'form_submit') return 'submit';
  if (legacy === 'form_reset') return 'reset';
  return undefined;
}

export function isSubmitButton(component: ComponentNode): boolean {
  return formActionOf(component.node) === 'submit';
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
 * overlap where neighbouring properties share a comma.
 */
export function stepEdits(card: CardDocument, original: string, steps: Step[]): TextEdit[] {
  let current = original;
  const formattingOptions = detectFormatting(original);
  for (const step of steps) {
    const edits =
      step.insertionIndex === undefined
        ? setAt(card, current, step.path, step.value, { insertAt: step.insertAt })
        : modify(current, [...card.cardPath, ...step.path], step.value, {
            formattingOptions,
            getInsertionIndex: () => step.insertionIndex ?? 0,
          }).map((e) => ({ offset: e.offset, length: e.length, newText: e.content }));
    current = applyAll(current, edits);
  }
  return diffEdit(original, current);
}

function applyAll(text: string, edits: TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
  }
  return result;
}

/** One edit spanning the changed middle of two texts. */
export function diffEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return [{ offset: start, length: endBefore - start, newText: after.slice(start, endAfter) }];
}

/** Replaces a string node's literal with another string (keeps everything around it as it is). */
export function replaceString(card: CardDocument, node: Node, value: string): TextEdit[] {
  return [{ offset: card.toFileOffset(node.offset), length: node.length, newText: JSON.stringify(value) }];
}
