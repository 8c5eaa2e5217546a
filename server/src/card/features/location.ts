// Where in the JSON the cursor is (path, property key or value, the token under it), as jsonc-parser's
// `getLocation` says, but without scanning the whole text before the cursor each time.
//
// Why: `getLocation` scans from the top of the file; in the middle of a 1 MB card that is ~20 ms per
// completion request. The parsed tree already tells where each component starts, and the scanner's state at
// a component's `{` is simply "an object value at this component's path". So the scan starts there and the
// component's path is put in front. The result is the same as a scan from the top (test/unit/location.test.ts
// and the fuzz suite compare the two), provided the tree agrees with the scanner about everything before the
// component: that holds unless there is a syntax error before it (error recovery may count array items
// differently from the scanner's commas), so then we scan from the top as before.
//
// Finding the component is only a shortcut: a mutant that finds none gives the same location, only slower,
// so those lines carry `Stryker disable` notes.
import { getLocation, type Location, type Node } from 'jsonc-parser';
import type { CardDocument, ComponentNode } from '../parse/model';

/** jsonc-parser's Location without `matches`, which completion does not use. */
export type CursorLocation = Pick<Location, 'path' | 'previousNode' | 'isAtPropertyKey'>;

export function locationAt(card: CardDocument, offset: number): CursorLocation {
  const anchor = innermostComponentAround(card, offset);
  // Stryker disable next-line ConditionalExpression: a scan from the top gives the same location, only slower
  if (!anchor) return getLocation(card.text, offset);
  const base = anchor.node.offset;
  const local = getLocation(card.text.slice(base), offset - base);
  return {
    path: [...card.cardPath, ...anchor.path, ...local.path],
    previousNode: local.previousNode && shifted(local.previousNode, base),
    isAtPropertyKey: local.isAtPropertyKey,
  };
}

/** The deepest component whose braces enclose the offset, with no syntax error before its start. */
// Stryker disable next-line BlockStatement: finding none means a scan from the top, the same location
function innermostComponentAround(card: CardDocument, offset: number): ComponentNode | undefined {
  // Stryker disable next-line ArrowFunction: NaN for the first error means no component, so a scan from the top
  const firstError = Math.min(...card.syntaxErrors.map((e) => e.offset), Infinity);
  let found: ComponentNode | undefined;
  // Pre-order (an ancestor before its descendants), so the last enclosing one is the innermost. Not in text
  // order across slots (a 2.0 card's root `elements` may come before `body`), hence no early exit.
  // Stryker disable next-line BlockStatement: no component found means a scan from the top, the same location
  for (const component of card.components) {
    const { offset: start, length } = component.node;
    // Stryker disable next-line ArithmeticOperator: `start - length` finds no component, a scan from the top
    const encloses = start < offset && offset < start + length;
    if (encloses && start < firstError) found = component;
  }
  return found;
}

function shifted(node: Node, by: number): Node {
  return { ...node, offset: node.offset + by };
}
