// Walks the parsed card and asks the renderer of each tag for its DOM. Every component element carries its
// JSON path (for "reveal in editor") and its tag (for tests and styles).
import {
  type CardSession,
  type ComponentNode,
  type FieldValue,
  type Outcome,
  type Target,
  targetOf,
  type UserInput,
} from '../../../server/src/card';
import { el, spacing } from './dom';
import type { Labels } from './labels';
import { isProps, type Props } from './text';

export interface RenderContext {
  session: CardSession;
  labels: Labels;
  mobile: boolean;
  /** UI-only state that survives re-renders (collapsible panels, open menus), by path key. */
  ui: Map<string, unknown>;
  render(component: ComponentNode): HTMLElement;
  /** The user did something to a component: confirm, interact, log, re-render as needed. */
  act(component: ComponentNode, input: UserInput): Promise<Outcome | undefined>;
  /** Replaces a component's DOM with a fresh render from the session's values. */
  refresh(component: ComponentNode): void;
  target(component: ComponentNode): Target;
  /** Keeps a value without interacting (typing into a field before Enter or submit). */
  store(component: ComponentNode, value: FieldValue): void;
  rerender(): void;
}

export type Renderer = (component: ComponentNode, props: Props, ctx: RenderContext) => HTMLElement;

export function propsOf(ctx: RenderContext, component: ComponentNode): Props {
  const props = ctx.target(component).props;
  return isProps(props) ? props : {};
}

export function childrenIn(component: ComponentNode, slot: string): ComponentNode[] {
  return component.children.filter((c) => c.slot === slot);
}

export function renderChildren(
  ctx: RenderContext,
  component: ComponentNode,
  slot = 'elements',
): HTMLElement[] {
  return childrenIn(component, slot).map((c) => ctx.render(c));
}

/** Wraps a renderer's output with the attributes every component gets. */
export function decorate(node: HTMLElement, component: ComponentNode, props: Props): HTMLElement {
  node.classList.add('cmp');
  node.dataset.tag = component.tag ?? '';
  node.dataset.path = JSON.stringify(component.path);
  if (typeof props.element_id === 'string') node.dataset.elementId = props.element_id;
  const margin = spacing(props.margin);
  if (margin) node.style.margin = margin;
  return node;
}

export function placeholder(kind: string, label: string, detail?: string): HTMLElement {
  return el('div', { class: `ph ph-${kind}` }, [
    el('span', { class: 'ph-kind', text: label }),
    detail ? el('span', { class: 'ph-detail', text: detail }) : undefined,
  ]);
}

export { targetOf };
