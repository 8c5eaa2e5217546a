// A component as the interaction layer sees it: tag, plain properties, where it is, which form holds it.
// Built from the parsed card; the preview also builds targets for buttons the parser does not walk
// (e.g. a checker's `button_area`), which is why this is not simply a ComponentNode.
import { componentSpec, type ComponentSpec } from '../catalog/catalog';
import { valueOf } from '../parse/json';
import type { CardDocument, ComponentNode } from '../parse/model';
import type { Props } from './fields';
import { isRecord } from './record';

export interface Target {
  tag: string;
  props: Props;
  path: (string | number)[];
  /** Path of the enclosing form, if any. */
  formPath?: (string | number)[];
  cardKind: 'v1' | 'v2';
}

export function pathKey(path: (string | number)[]): string {
  return JSON.stringify(path);
}

export function specOf(target: Target): ComponentSpec | undefined {
  return componentSpec(target.tag, target.cardKind);
}

export function targetOf(card: CardDocument, component: ComponentNode): Target {
  // jsonc-parser builds null-prototype objects; a JSON round trip gives plain ones for the request body.
  const value: unknown = JSON.parse(JSON.stringify(valueOf(component.node) ?? null));
  return {
    tag: component.tag ?? '',
    props: isRecord(value) ? value : {},
    path: component.path,
    formPath: component.form?.path,
    cardKind: card.kind === 'v1' ? 'v1' : 'v2',
  };
}

/** Unescapes one JSON Pointer segment (RFC 6901). */
function pointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Finds a component by `element_id`, then by `name`, then by JSON Pointer (`/body/elements/0`), the way
 * `feishu-card simulate --target` accepts it. Pointers are relative to the card object.
 */
export function findTarget(card: CardDocument, ref: string): ComponentNode | undefined {
  const byProp = (key: string) =>
    card.components.find((c) => {
      const props = valueOf(c.node);
      return isRecord(props) && props[key] === ref;
    });
  const found = byProp('element_id') ?? byProp('name');
  if (found) return found;
  if (!ref.startsWith('/') && !ref.startsWith('#/')) return undefined;
  const segments = ref.replace(/^#/, '').split('/').slice(1).map(pointerSegment);
  const wanted = JSON.stringify(segments);
  return card.components.find((c) => JSON.stringify(c.path.map(String)) === wanted);
}
