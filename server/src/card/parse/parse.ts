// text -> jsonc-parser tree -> CardDocument. Runs once per document version; everything else reads its result.
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { catalog, componentSpec, type ComponentSpec } from '../catalog/catalog';
import { arrayItems, isObject, nodeAt, pairs, prop, propKey, sharedValueOf, stringValue } from './json';
import { isRecord, valueAtPath, type JsonObject, type JsonValue } from './values';
import { parseJsonTree } from './jsonTree';
import { guessKind } from './guessKind';
import { answerCard, isCallbackAnswer, isCallbackRequest } from './callbackFile';
import type { CardDocument, CardKind, CardWrapper, ComponentNode, NotObject } from './model';
import { decodeJsonString, maxNestingDepth, visibleRange } from './jsonText';

export interface ParseOptions {
  /** Treat the document as a card even if its shape does not say so (`*.card.json`, `feishuCard.files`). */
  forceCard?: boolean;
  /** Above this many characters the card is not analysed (default 5 MB). */
  maxSize?: number;
  /** Above this bracket depth the card is not analysed (deep recursion would risk the stack). */
  maxDepth?: number;
}

export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 256;

export function parseCard(text: string, options: ParseOptions = {}): CardDocument {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const empty = (kind: CardKind, skipped?: CardDocument['skipped']): CardDocument => ({
    text,
    kind,
    wrapper: 'none',
    root: undefined,
    cardNode: undefined,
    cardPath: [],
    syntaxErrors: [],
    components: [],
    topLevel: [],
    toFileOffset: identity,
    skipped,
  });
  if (text.length > maxSize)
    return empty(guessKind(text, options.forceCard), {
      reason: 'too-large',
      detail: text.length,
    });
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  // A UTF-8 BOM is replaced by a space of the same length so that every offset stays true.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  // Strict JSON within the depth limit takes the fast path (jsonTree.ts). Anything else goes to
  // jsonc-parser, which recurses per level: measure the nesting first so that it cannot run out of stack.
  const fast = parseJsonTree(source, maxDepth);
  if (!fast) {
    const depth = maxNestingDepth(text, maxDepth);
    if (depth > maxDepth)
      return empty(guessKind(text, options.forceCard), { reason: 'too-deep', detail: depth });
  }
  const syntaxErrors: ParseError[] = [];
  const root =
    fast ?? parseTree(source, syntaxErrors, { allowTrailingComma: false, disallowComments: false });
  const doc: CardDocument = { ...empty('not-card'), root, syntaxErrors };
  if (fast) doc.strictJson = true;
  if (!isObject(root)) {
    if (options.forceCard) doc.notObject = notObjectKind(source, root);
    return doc;
  }
  if (isCallbackRequest(root)) {
    // A request body is never a card, whatever the file is called.
    doc.callback = { role: 'request', node: root };
    return doc;
  }
  if (isCallbackAnswer(root)) {
    doc.callback = { role: 'answer', node: root };
    const inner = answerCard(root);
    if (!inner) return doc;
    doc.wrapper = 'answer';
    doc.cardNode = inner;
    doc.cardPath = ['card', 'data'];
    doc.kind = detectKind(inner, true);
    collectComponents(doc);
    return doc;
  }

  const wrapped = unwrapMessage(root);
  if (wrapped?.wrapper === 'card') {
    doc.wrapper = 'card';
    doc.cardNode = wrapped.card;
    doc.cardPath = ['card'];
  } else if (wrapped?.wrapper === 'content-string' && wrapped.card.type === 'string') {
    return parseContentString(text, wrapped.card, syntaxErrors, options);
  } else {
    doc.cardNode = root;
  }
  doc.kind = detectKind(doc.cardNode, options.forceCard || wrapped !== undefined);
  if (doc.kind !== 'not-card') collectComponents(doc);
  return doc;
}

/** What a must-be-card file holds instead of an object (for its one clear finding). */
function notObjectKind(source: string, root: Node | undefined): NotObject {
  if (source.trim() === '') return 'empty';
  switch (root?.type) {
    case 'array':
      return 'array';
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    default:
      return 'text';
  }
}

function identity(offset: number): number {
  return offset;
}

function unwrapMessage(root: Node): { wrapper: CardWrapper; card: Node } | undefined {
  if (stringValue(prop(root, 'msg_type')) !== 'interactive') return undefined;
  const card = prop(root, 'card');
  if (isObject(card)) return { wrapper: 'card', card };
  const content = prop(root, 'content');
  if (content?.type === 'string') return { wrapper: 'content-string', card: content };
  return undefined;
}

/** `{"msg_type":"interactive","content":"{...}"}`: parse the string as its own card, mapping offsets back. */
function parseContentString(
  fileText: string,
  content: Node,
  outerErrors: ParseError[],
  options: ParseOptions,
): CardDocument {
  const raw = fileText.slice(content.offset, content.offset + content.length);
  const { value, offsets } = decodeJsonString(raw);
  const inner = parseCard(value, { ...options, forceCard: true });
  const base = content.offset;
  return {
    ...inner,
    wrapper: 'content-string',
    // File-level errors are kept inside the file, as the card's own errors are by the engine.
    fileSyntaxErrors: outerErrors.map((e) => {
      const range = visibleRange(e.offset, e.length, fileText.length);
      return { ...e, offset: range.start, length: range.end - range.start };
    }),
    toFileOffset: (offset) =>
      base + (offsets[Math.max(0, Math.min(offset, offsets.length - 1))] ?? raw.length),
  };
}

function detectKind(card: Node | undefined, force: boolean | undefined): CardKind {
  if (!isObject(card)) return 'not-card';
  // A reference to a card the platform builds itself, never card JSON, even where a card is expected.
  if (isCardReference(card)) return 'not-card';
  const schema = stringValue(prop(card, 'schema'));
  if (schema === '2.0') return 'v2';
  // Only a file the user calls a card is checked as one when its root is a component (`tag`: a
  // collapsible_panel or form snippet from a docs page) or when its `elements` hold arrays (the content a
  // message API returns, rows of rich-text runs).
  if (!force && (prop(card, 'tag') !== undefined || !elementsHoldComponents(card))) return 'not-card';
  const hasV1Shape =
    prop(card, 'elements')?.type === 'array' ||
    isObject(prop(card, 'i18n_elements')) ||
    (isObject(prop(card, 'header')) &&
      (prop(card, 'config') !== undefined || prop(card, 'card_link') !== undefined));
  if (schema === undefined && hasV1Shape) return 'v1';
  if (schema === '1.0') return 'v1';
  // Any other `schema` (e.g. "3.0", 2) on something card-shaped: check it as the 2.0 card it most likely
  // meant to be; `schema-invalid` names the accepted values.
  if (prop(card, 'schema') !== undefined && (hasV1Shape || prop(card, 'body') !== undefined))
    return prop(card, 'body') !== undefined ? 'v2' : 'v1';
  // A `schema` key with no value yet is a card being written: only 2.0 cards carry that key.
  if (force) return prop(card, 'body') !== undefined || propKey(card, 'schema') !== undefined ? 'v2' : 'v1';
  return 'not-card';
}

/**
 * `{"type": "template", "data": {"template_id": …}}` or `{"type": "card", "data": {"card_id": …}}` where a
 * message carries its card (send-message pages, the ephemeral-card page): the platform builds the card from a
 * template or a card entity, so there is no card JSON here to check.
 */
function isCardReference(card: Node): boolean {
  const type = stringValue(prop(card, 'type'));
  if (type !== 'template' && type !== 'card') return false;
  if (!isObject(prop(card, 'data'))) return false;
  return !['elements', 'body', 'header', 'i18n_elements', 'schema'].some(
    (key) => prop(card, key) !== undefined,
  );
}

/** False when a root `elements` array holds only arrays (rich-text rows), which no card has. */
function elementsHoldComponents(card: Node): boolean {
  const items = arrayItems(prop(card, 'elements'));
  return items.length === 0 || items.some((item) => item.type !== 'array');
}

/**
 * One component of the model. A class only so that `path` can be built on first read: most paths are read
 * by no one (a rule reads one for a finding or a fix), and building all of them up front (`concat` per
 * component) was about a third of the model's allocations. On a large card every MB allocated while the
 * tree is young brings the next scavenge, which copies the tree, closer. Measured with bench/allocations.ts
 * (sampled, 30 lints): the model of the 10,000-component card allocated 3.03 MB per lint before, 2.41 MB
 * with this and exact-size `children` (below); the 1 MB card's 0.68 → 0.50 MB. (rules/utils/behaviors.ts
 * still reads the path of every component with behaviors, and so of its ancestors: 0.64 MB of the rest.)
 */
class Component implements ComponentNode {
  children: ComponentNode[] = NO_CHILDREN;
  private cachedPath: (string | number)[] | undefined = undefined;

  constructor(
    readonly tag: string | undefined,
    readonly spec: ComponentSpec | undefined,
    readonly node: Node,
    readonly value: JsonObject,
    readonly parent: Component | undefined,
    readonly slot: string,
    readonly containerDepth: number,
    readonly form: ComponentNode | undefined,
    /** The path of the array or place it stands in: the parent's slot path, or the top-level array's. */
    private readonly slotPath: readonly string[],
    /** Its index in that array; -1 for a component in place (1.0 `div.extra`). */
    private readonly index: number,
  ) {}

  get path(): (string | number)[] {
    if (this.cachedPath) return this.cachedPath;
    const path: (string | number)[] = this.parent
      ? [...this.parent.path, ...this.slotPath]
      : [...this.slotPath];
    if (this.index >= 0) path.push(this.index);
    return (this.cachedPath = path);
  }
}

/** Walks the component tree (2.0: body.elements and container slots; 1.0: elements and action modules). */
function collectComponents(doc: CardDocument): void {
  const card = doc.cardNode;
  const kind = doc.kind;
  // The card's value, walked beside its tree: each component gets its object. The two agree item for item
  // (JSON.parse and the tree both keep the last of a repeated key).
  const cardValue = card ? sharedValueOf(card, doc.text) : undefined;
  doc.cardValue = cardValue as JsonValue | undefined;
  // The children of the components being visited, innermost last, copied out when a component's slots are
  // done: each `children` array then has exactly its size, where pushing onto `[]` gave every container room
  // for 17 (measured above, with the paths). jsonTree.ts builds its `children` the same way.
  // (A count of its own, since lowering an array's `length` may shrink its store and pushing grows it again.)
  const pending: ComponentNode[] = [];
  let pendingLength = 0;
  const visit = (
    item: Node,
    itemValue: JsonValue | undefined,
    parent: Component | undefined,
    slotPath: readonly string[],
    index: number,
    slot: string,
    form: ComponentNode | undefined,
  ): void => {
    if (!isObject(item)) return;
    const tag = stringValue(prop(item, 'tag'));
    const spec = componentSpec(tag, kind);
    const parentCounts = parent !== undefined && (parent.spec?.countsForNesting ?? false);
    const depth = parent ? parent.containerDepth + (parentCounts ? 1 : 0) : 0;
    const value = isRecord(itemValue) ? itemValue : NO_VALUE;
    const component = new Component(tag, spec, item, value, parent, slot, depth, form, slotPath, index);
    doc.components.push(component);
    if (!parent) doc.topLevel.push(component);
    const childForm = tag === 'form' ? component : form;
    const first = pendingLength;
    for (const { path: childSlotPath, single } of spec ? (spec.slots ?? NO_SLOTS) : UNKNOWN_SLOTS) {
      const slotName = childSlotPath[childSlotPath.length - 1];
      const held = nodeAt(item, childSlotPath);
      const heldValue = valueAtPath(value, childSlotPath);
      if (single) {
        // One component in place (1.0 `div.extra`).
        if (isObject(held)) visit(held, heldValue, component, childSlotPath, -1, slotName, childForm);
        continue;
      }
      const items = arrayItems(held);
      const values = Array.isArray(heldValue) ? heldValue : [];
      for (let i = 0; i < items.length; i++)
        visit(items[i], values[i], component, childSlotPath, i, slotName, childForm);
    }
    component.children = pending.slice(first, pendingLength);
    pendingLength = first;
    if (parent) pending[pendingLength++] = component;
  };
  const visitAll = (items: Node[], path: string[]) => {
    const values = valueAtPath(cardValue, path);
    const itemValues = Array.isArray(values) ? values : [];
    for (let i = 0; i < items.length; i++)
      visit(items[i], itemValues[i], undefined, path, i, 'elements', undefined);
  };

  if (kind === 'v2') {
    visitAll(arrayItems(nodeAt(card, ['body', 'elements'])), ['body', 'elements']);
    // Root `elements` in a 2.0 card is a 1.0 habit; walk it too so its components are still checked.
    visitAll(arrayItems(prop(card, 'elements')), ['elements']);
  } else {
    visitAll(arrayItems(prop(card, 'elements')), ['elements']);
    for (const { key, value } of pairs(prop(card, 'i18n_elements')))
      visitAll(arrayItems(value), ['i18n_elements', key]);
  }
}

const NO_SLOTS: { path: string[]; single?: boolean }[] = [];
/** The value of a component whose value is not an object (never from a parse; a guard for the types). */
const NO_VALUE: JsonObject = Object.freeze({}) as JsonObject;
/** Placeholder until a component's slots are walked (collectComponents then gives it its own array). */
const NO_CHILDREN: ComponentNode[] = [];
/** Unknown tags, and 1.0 tags in a 2.0 card (an `action` module), still get their children walked. */
const UNKNOWN_SLOTS: { path: string[]; single?: boolean }[] = [
  { path: ['elements'] },
  { path: ['actions'] },
  { path: ['columns'] },
];

/** All tags the catalog knows, for did-you-mean on unknown tags. */
export function knownTags(): string[] {
  return Object.keys(catalog.components);
}
