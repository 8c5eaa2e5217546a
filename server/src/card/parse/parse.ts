// text -> CardDocument (model.ts). Runs once per document version; everything else reads its result.
// Two ways in: strict JSON that is a card (nearly every card) is read with JSON.parse, its offsets recorded
// in typed arrays (jsonOffsets.ts) and its jsonc-parser tree built only when something asks for it (an
// editor feature; the lint reads values and paths). Everything else (comments, syntax errors, callback
// bodies, message strings, JSON that is no card) gets its tree at once, as before.
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { catalog } from '../catalog/catalog';
import { collectComponents } from './components';
import { answerHasCard, detectKind, isCallbackAnswer, isCallbackRequest, messageWrapper } from './detect';
import { isObject, nodeAt, prop, rememberValue, sharedValueOf } from './json';
import { JsonOffsets } from './jsonOffsets';
import { parseJsonTree } from './jsonTree';
import { guessKind } from './guessKind';
import type { CardDocument, CardKind, NotObject } from './model';
import { decodeJsonString, maxNestingDepth, visibleRange } from './jsonText';
import { isRecord, valueAtPath, type JsonValue } from './values';

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
  if (text.length > maxSize)
    return emptyDocument(text, guessKind(text, options.forceCard), {
      reason: 'too-large',
      detail: text.length,
    });
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  // A UTF-8 BOM is replaced by a space of the same length so that every offset stays true.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const value = strictValue(source);
  if (value !== NOT_STRICT) {
    const card = strictDocument(text, source, value, options, maxDepth);
    if (card) return card;
  }
  return treeCard(text, source, value, options, maxDepth);
}

function emptyDocument(text: string, kind: CardKind, skipped?: CardDocument['skipped']): CardDocument {
  return {
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
  };
}

const NOT_STRICT = Symbol('not strict JSON');

/** The text's value if it is strict JSON (RFC 8259, what JSON.parse accepts), else NOT_STRICT. */
function strictValue(source: string): JsonValue | typeof NOT_STRICT {
  try {
    return JSON.parse(source) as JsonValue;
  } catch {
    return NOT_STRICT;
  }
}

/**
 * A bare card, or one a message wraps in `card`, from strict JSON: the model from its value, ranges from its
 * offsets, and `root`/`cardNode` built on first read. An object that is no card, no callback body and no
 * message (any other JSON file the editor opens, such as a lock file) gets the same lazy tree and no model:
 * editing a large one no longer builds its tree per change (1 MB of JSON: about 5 ms). Undefined for anything
 * else, and for text nested deeper than the guard allows: the tree path handles those (and reports the depth).
 */
function strictDocument(
  text: string,
  source: string,
  value: JsonValue,
  options: ParseOptions,
  maxDepth: number,
): CardDocument | undefined {
  if (!isRecord(value) || isCallbackRequest(value) || isCallbackAnswer(value)) return undefined;
  const wrapper = messageWrapper(value);
  if (wrapper === 'content-string') return undefined;
  const cardPath = wrapper === 'card' ? ['card'] : [];
  const cardValue = valueAtPath(value, cardPath);
  const kind = detectKind(cardValue, options.forceCard || wrapper !== undefined);
  const isCard = kind !== 'not-card';
  // No card: nothing is reported by place in it, so it needs no offsets, only the depth guard they give.
  const offsets = isCard ? JsonOffsets.scan(source, maxDepth) : undefined;
  if (isCard ? !offsets : maxNestingDepth(source, maxDepth) > maxDepth) return undefined;
  let tree: { root: Node | undefined } | undefined;
  const buildTree = (): Node | undefined => {
    if (!tree) {
      // Strict JSON within the depth guard: the fast path always takes it.
      const root = parseJsonTree(source, maxDepth);
      tree = { root };
      if (root) rememberValue(root, value);
    }
    return tree.root;
  };
  let cardNode: Node | undefined | null = null;
  const card: CardDocument = {
    ...emptyDocument(text, kind),
    wrapper: wrapper ?? 'none',
    cardPath,
    cardValue,
    ...(offsets ? { offsets } : {}),
    strictJson: true,
  };
  Object.defineProperties(card, {
    root: { get: buildTree, enumerable: true, configurable: true },
    cardNode: {
      get: () => {
        if (cardNode === null) {
          cardNode = nodeAt(buildTree(), cardPath);
          if (cardNode) rememberValue(cardNode, cardValue);
        }
        return cardNode;
      },
      enumerable: true,
      configurable: true,
    },
  });
  treeBuilt.set(card, () => tree !== undefined);
  if (isCard) collectComponents(card);
  return card;
}

/** Documents whose tree is built on first read, and whether it has been. */
const treeBuilt = new WeakMap<CardDocument, () => boolean>();

/**
 * Whether reading `card.root` costs nothing (the tree exists). The in-place re-parse of an edit
 * (stringEdit.ts, treeEdit.ts) moves an existing tree; with none, a fresh parse is cheaper.
 */
export function hasTree(card: CardDocument): boolean {
  return treeBuilt.get(card)?.() ?? true;
}

/** Any other text: its tree now, then what it is read from the tree's value. */
function treeCard(
  text: string,
  source: string,
  value: JsonValue | typeof NOT_STRICT,
  options: ParseOptions,
  maxDepth: number,
): CardDocument {
  // Strict JSON within the depth limit takes the fast path (jsonTree.ts). Anything else goes to
  // jsonc-parser, which recurses per level: measure the nesting first so that it cannot run out of stack.
  const fast = value === NOT_STRICT ? undefined : parseJsonTree(source, maxDepth);
  if (!fast) {
    const depth = maxNestingDepth(text, maxDepth);
    if (depth > maxDepth)
      return emptyDocument(text, guessKind(text, options.forceCard), { reason: 'too-deep', detail: depth });
  }
  const syntaxErrors: ParseError[] = [];
  const root =
    fast ?? parseTree(source, syntaxErrors, { allowTrailingComma: false, disallowComments: false });
  const doc: CardDocument = { ...emptyDocument(text, 'not-card'), root, syntaxErrors };
  if (fast) {
    doc.strictJson = true;
    rememberValue(fast, value);
  }
  if (!isObject(root)) {
    if (options.forceCard) doc.notObject = notObjectKind(source, root);
    return doc;
  }
  const rootValue = sharedValueOf(root, source) as Record<string, JsonValue>;
  if (isCallbackRequest(rootValue)) {
    // A request body is never a card, whatever the file is called.
    doc.callback = { role: 'request', node: root };
    return doc;
  }
  if (isCallbackAnswer(rootValue)) {
    doc.callback = { role: 'answer', node: root };
    if (!answerHasCard(rootValue)) return doc;
    return withCard(doc, 'answer', ['card', 'data'], rootValue, true);
  }
  const wrapper = messageWrapper(rootValue);
  if (wrapper === 'content-string') {
    const content = prop(root, 'content')!;
    return parseContentString(text, content, syntaxErrors, options);
  }
  if (wrapper === 'card') return withCard(doc, 'card', ['card'], rootValue, true);
  return withCard(doc, 'none', [], rootValue, options.forceCard);
}

/** `doc` with its card at `cardPath` (its kind, value and components), from the tree's value. */
function withCard(
  doc: CardDocument,
  wrapper: CardDocument['wrapper'],
  cardPath: string[],
  rootValue: JsonValue,
  force: boolean | undefined,
): CardDocument {
  doc.wrapper = wrapper;
  doc.cardPath = cardPath;
  doc.cardNode = nodeAt(doc.root, cardPath);
  doc.cardValue = valueAtPath(rootValue, cardPath);
  if (doc.cardNode && doc.cardValue !== undefined) rememberValue(doc.cardNode, doc.cardValue);
  doc.kind = detectKind(doc.cardValue, force);
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
  // Assigned, not spread: a spread would read (and so build) a lazily built tree.
  return Object.assign(inner, {
    wrapper: 'content-string' as const,
    // File-level errors are kept inside the file, as the card's own errors are by the engine.
    fileSyntaxErrors: outerErrors.map((e) => {
      const range = visibleRange(e.offset, e.length, fileText.length);
      return { ...e, offset: range.start, length: range.end - range.start };
    }),
    toFileOffset: (offset: number) =>
      base + (offsets[Math.max(0, Math.min(offset, offsets.length - 1))] ?? raw.length),
  });
}

/** All tags the catalog knows, for did-you-mean on unknown tags. */
export function knownTags(): string[] {
  return Object.keys(catalog.components);
}
