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
import { getLocation, type Location, type Node } from 'jsonc-parser';
import type { CardDocument, ComponentNode } from '../parse/model';

export function locationAt(card: CardDocument, offset: number): Location {
  const anchor = innermostComponentAround(card, offset);
  if (!anchor) return getLocation(card.text, offset);
  const base = anchor.node.offset;
  const local = getLocation(card.text.slice(base), offset - base);
  const path = [...card.cardPath, ...anchor.path, ...local.path];
  return {
    path,
    previousNode: local.previousNode && shifted(local.previousNode, base),
    isAtPropertyKey: local.isAtPropertyKey,
    // Same matching rule as jsonc-parser's: `*` matches one segment, `**` any number.
    matches: (pattern) => {
      let k = 0;
      for (let i = 0; k < pattern.length && i < path.length; i++) {
        if (pattern[k] === path[i] || pattern[k] === '*') k++;
        else if (pattern[k] !== '**') return false;
      }
      return k === pattern.length;
    },
  };
}

/** The deepest component whose braces enclose the offset, with no syntax error before its start. */
function innermostComponentAround(card: CardDocument, offset: number): ComponentNode | undefined {
  const firstError = Math.min(...card.syntaxErrors.map((e) => e.offset), Infinity);
  let found: ComponentNode | undefined;
  // Pre-order (an ancestor before its descendants), so the last enclosing one is the innermost. Not in text
  // order across slots (a 2.0 card's root `elements` may come before `body`), hence no early exit.
  for (const component of card.components) {
    const { offset: start, length } = component.node;
    if (start < offset && offset < start + length && start < firstError) found = component;
  }
  return found;
}

function shifted(node: Node, by: number): Node {
  return { ...node, offset: node.offset + by };
}
