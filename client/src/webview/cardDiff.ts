// Which components of a card are the same as before an edit: pairs the components of the old and the new
// parse, so the preview redraws only what changed and keeps what the user entered in the rest. Pure (no
// DOM). A component's identity is its text: equal text means equal properties and children. Sibling lists
// are matched as editors change them: equal heads and tails, then moves by equal text, then element_id or
// name, then position (same tag); a pair whose text differs ("changed") has its children matched the same way.
import { type CardDocument, type ComponentNode, pathKey, valueOf } from '../../../server/src/card';

type Path = (string | number)[];

interface Pair {
  node: ComponentNode;
  /** Same text: properties and all descendants are unchanged. */
  exact: boolean;
}

/** The text of a component, or of any JSON node, in its card. */
export function textOf(doc: CardDocument, node: ComponentNode['node']): string {
  return doc.text.slice(node.offset, node.offset + node.length);
}

/**
 * Everything about a card's drawing that is not a top-level component: card kind, where the card sits in
 * its file, and the text of every card property but the header and the top-level element lists (the body's
 * layout properties included). Equal frames: only the header and the components need comparing.
 */
export function frameOf(doc: CardDocument): string {
  const parts: string[] = [doc.kind, pathKey(doc.cardPath)];
  for (const property of doc.cardNode?.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = String(key.value);
    if (name === 'header') continue;
    if (doc.kind === 'v1' && (name === 'elements' || name === 'i18n_elements')) continue;
    if (doc.kind === 'v2' && name === 'body' && value.type === 'object') {
      for (const inner of value.children ?? []) {
        const [k, v] = inner.children ?? [];
        if (k && v && k.value !== 'elements') parts.push(`body.${String(k.value)}=${textOf(doc, v)}`);
      }
      continue;
    }
    parts.push(`${name}=${textOf(doc, value)}`);
  }
  return parts.join('\n');
}

/** The header's text ('' without one). */
export function headerOf(doc: CardDocument): string {
  const header = doc.cardNode?.children?.find((p) => p.children?.[0]?.value === 'header');
  const value = header?.children?.[1];
  return value ? textOf(doc, value) : '';
}

export class Pairing {
  private readonly forward = new Map<ComponentNode, Pair>();
  private readonly backward = new Map<ComponentNode, Pair>();
  private oldByKey: Map<string, ComponentNode> | undefined;

  constructor(
    private readonly before: CardDocument,
    private readonly after: CardDocument,
    oldTop: ComponentNode[],
    newTop: ComponentNode[],
  ) {
    this.pairLists(oldTop, newTop);
  }

  /** The old component with exactly this one's text, if the new one was matched to it. */
  sameAs(node: ComponentNode): ComponentNode | undefined {
    const pair = this.forward.get(node);
    return pair?.exact ? pair.node : undefined;
  }

  /**
   * Where a piece of state (a value, a panel's state) kept under an old path key belongs in the new card:
   * under the component matched to its own, if that one's own properties (children aside) are unchanged;
   * undefined when it was removed or changed (it starts afresh, as on a first render).
   */
  placeOf(key: string): Path | undefined {
    let path: Path;
    try {
      path = JSON.parse(key) as Path;
    } catch {
      return undefined;
    }
    if (!Array.isArray(path)) return undefined;
    const byKey = (this.oldByKey ??= new Map(this.before.components.map((c) => [pathKey(c.path), c])));
    // The component holding the state: at the key, or (a part drawn by its parent) the nearest above it.
    let holder: ComponentNode | undefined;
    for (let n = path.length; n > 0 && !holder; n--) holder = byKey.get(pathKey(path.slice(0, n)));
    if (!holder) return undefined;
    for (let at: ComponentNode | undefined = holder; at; at = at.parent) {
      const pair = this.backward.get(at);
      if (!pair) continue;
      const rest = path.slice(at.path.length);
      if (pair.exact) return [...pair.node.path, ...rest];
      // A changed component keeps its own state when its own properties are unchanged.
      if (at === holder && rest.length === 0 && ownOf(at) === ownOf(pair.node)) return pair.node.path;
      return undefined;
    }
    return undefined;
  }

  private link(old: ComponentNode, node: ComponentNode, exact: boolean): void {
    this.forward.set(node, { node: old, exact });
    this.backward.set(old, { node, exact });
    if (!exact) {
      for (const slot of new Set([...old.children, ...node.children].map((c) => c.slot)))
        this.pairLists(
          old.children.filter((c) => c.slot === slot),
          node.children.filter((c) => c.slot === slot),
        );
    }
  }

  private pairLists(olds: ComponentNode[], news: ComponentNode[]): void {
    const oldText = (c: ComponentNode) => textOf(this.before, c.node);
    const newText = (c: ComponentNode) => textOf(this.after, c.node);
    let head = 0;
    while (head < olds.length && head < news.length && oldText(olds[head]) === newText(news[head])) {
      this.link(olds[head], news[head], true);
      head++;
    }
    let oldEnd = olds.length;
    let newEnd = news.length;
    while (oldEnd > head && newEnd > head && oldText(olds[oldEnd - 1]) === newText(news[newEnd - 1])) {
      this.link(olds[--oldEnd], news[--newEnd], true);
    }
    const restOld = olds.slice(head, oldEnd);
    const restNew = news.slice(head, newEnd);
    if (!restOld.length || !restNew.length) return;
    const taken = new Set<ComponentNode>();
    const open = (c: ComponentNode) => !taken.has(c) && !this.forward.has(c);
    const take = (old: ComponentNode, node: ComponentNode, exact: boolean) => {
      taken.add(old);
      this.link(old, node, exact);
    };
    // Moved unchanged.
    const byText = new Map<string, ComponentNode[]>();
    for (const c of restOld) {
      const list = byText.get(oldText(c));
      if (list) list.push(c);
      else byText.set(oldText(c), [c]);
    }
    for (const c of restNew) {
      const old = byText.get(newText(c))?.find(open);
      if (old) take(old, c, true);
    }
    // The same component, changed: its element_id (else its name), with the same tag.
    const byId = new Map<string, ComponentNode>();
    for (const c of restOld) {
      const id = identityOf(c);
      if (id && open(c) && !byId.has(id)) byId.set(id, c);
    }
    for (const c of restNew) {
      if (this.forward.has(c)) continue;
      const id = identityOf(c);
      const old = id ? byId.get(id) : undefined;
      if (old && open(old)) take(old, c, false);
    }
    // Edited in place: what is left, by position, when the tag is the same.
    for (let i = 0; i < Math.min(restOld.length, restNew.length); i++) {
      const old = restOld[i];
      const c = restNew[i];
      if (open(old) && !this.forward.has(c) && old.tag === c.tag) take(old, c, false);
    }
  }
}

/** `tag#element_id`, else `tag@name`, else undefined. */
function identityOf(c: ComponentNode): string | undefined {
  for (const property of c.node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (value?.type !== 'string' || typeof value.value !== 'string' || !value.value) continue;
    if (key?.value === 'element_id') return `${c.tag}#${value.value}`;
  }
  for (const property of c.node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.value === 'name' && value?.type === 'string' && value.value) return `${c.tag}@${value.value}`;
  }
  return undefined;
}

/** A component's own properties, its child components left out: what its state depends on. */
function ownOf(c: ComponentNode): string {
  const value = valueOf(c.node) as Record<string, unknown> | null;
  if (!value || typeof value !== 'object') return '';
  for (const child of c.children) {
    // Blank the child's slot array (children leave it as a whole: adding one is not a change of this one).
    const rel = child.path.slice(c.path.length, -1);
    let parent: unknown = value;
    for (const step of rel.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[step];
    if (parent && typeof parent === 'object') (parent as Record<string, unknown>)[rel[rel.length - 1]] = 0;
  }
  return JSON.stringify(value);
}
