// Document symbols: the card's components as a tree, for the outline and breadcrumbs. Read straight from
// the parsed model, so the outline shows exactly what the rules see.
import type { Node } from 'jsonc-parser';
import type { Category } from '../catalog/catalog';
import { ft } from './featureText';
import type { Locale } from '../i18n';
import { isObject, prop, propKey, stringValue } from '../parse/json';
import { behaviorsOf } from '../lint/rules/utils/behaviors';
import type { CardDocument, ComponentNode } from '../parse/model';

export interface CardSymbol {
  /** The component's tag (`?` when it has none). */
  name: string;
  /** `element_id` or `name`, then the behavior kinds on it. */
  detail: string;
  kind: Category | 'unknown' | 'header';
  /** File offsets of the whole component object. */
  start: number;
  end: number;
  /** File offsets of what the editor highlights when the symbol is picked (the tag value, if any). */
  selectionStart: number;
  selectionEnd: number;
  children: CardSymbol[];
}

export interface SymbolOptions {
  locale: Locale;
}

// A file that is not a card, or a card too large to analyse, has no card node and no components: no symbols.
export function documentSymbols(card: CardDocument, options: SymbolOptions): CardSymbol[] {
  const symbols: CardSymbol[] = [];
  const header = prop(card.cardNode, 'header');
  if (isObject(header)) symbols.push(headerSymbol(card, header, options.locale));
  for (const component of card.topLevel) symbols.push(componentSymbol(card, component));
  return symbols;
}

function componentSymbol(card: CardDocument, component: ComponentNode): CardSymbol {
  const id = stringValue(prop(component.node, 'element_id')) ?? stringValue(prop(component.node, 'name'));
  const kinds = [...new Set(behaviorsOf(component).map((b) => b.type ?? '?'))];
  const detail = [id, kinds.length ? kinds.join(', ') : undefined].filter(Boolean).join(' · ');
  const tagNode = prop(component.node, 'tag');
  return {
    name: component.tag ?? '?',
    detail,
    kind: component.spec?.category ?? 'unknown',
    ...ranges(card, component.node, tagNode),
    children: component.children.map((child) => componentSymbol(card, child)),
  };
}

function headerSymbol(card: CardDocument, header: Node, locale: Locale): CardSymbol {
  const title = stringValue(prop(prop(header, 'title'), 'content'));
  const keyNode = propKey(card.cardNode, 'header');
  const symbol = ranges(card, header, undefined);
  // The key sits before the object: the range starts there and the key is what gets selected.
  // Stryker disable next-line ConditionalExpression: the header was found under this key, so it exists
  if (keyNode) {
    symbol.start = card.toFileOffset(keyNode.offset);
    symbol.selectionStart = symbol.start;
    symbol.selectionEnd = card.toFileOffset(keyNode.offset + keyNode.length);
  }
  return {
    name: 'header',
    detail: title ?? ft('outlineHeader', locale),
    kind: 'header',
    ...symbol,
    children: [],
  };
}

function ranges(
  card: CardDocument,
  node: Node,
  selection: Node | undefined,
): { start: number; end: number; selectionStart: number; selectionEnd: number } {
  const start = card.toFileOffset(node.offset);
  const end = card.toFileOffset(node.offset + Math.max(node.length, 0));
  // The selection (a component's tag value) is read from inside the node.
  const selStart = selection ? card.toFileOffset(selection.offset) : start;
  const selEnd = selection
    ? card.toFileOffset(selection.offset + selection.length)
    : Math.min(end, start + 1);
  return { start, end, selectionStart: selStart, selectionEnd: selEnd };
}
