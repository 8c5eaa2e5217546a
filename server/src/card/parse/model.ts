// The card model: what rules, completions, hover, fixes and the preview read.
// Built once per document version by parse.ts; holds jsonc-parser nodes so every fact keeps its range.
import type { Node, ParseError } from 'jsonc-parser';
import type { ComponentSpec } from '../catalog/catalog';
import type { JsonOffsets } from './jsonOffsets';
import type { JsonObject, JsonValue } from './values';

export type CardKind = 'v2' | 'v1' | 'not-card';

/** How the card reached the file: bare, or inside a message body that a bot posts. */
export type CardWrapper =
  | 'none'
  /** `{"msg_type": "interactive", "card": {...}}` — the body a custom (webhook) bot posts. */
  | 'card'
  /** `{"msg_type": "interactive", "content": "<card JSON as a string>"}`. */
  | 'content-string'
  /** A callback answer `{"card": {"type": "raw", "data": {...}}}`: the card is `card.data`. */
  | 'answer';

/**
 * A callback body instead of a card (detected by parse/detect.ts): the request the platform POSTs on
 * a click, or the answer the author's server returns. Requests are never cards; an answer may hold one.
 */
export interface CallbackFile {
  role: 'request' | 'answer';
  /** The body object. */
  node: Node;
}

/** What a file that must be a card (`*.card.json`) holds instead of a JSON object. */
export type NotObject = 'empty' | 'array' | 'string' | 'number' | 'boolean' | 'null' | 'text';

export interface ComponentNode {
  /** The `tag` value, or undefined when missing or not a string. */
  tag: string | undefined;
  /** Catalog entry for the tag; undefined for unknown tags. */
  spec: ComponentSpec | undefined;
  /** The component's JSON object. */
  node: Node;
  /** The same object's plain value (parse/values.ts), what rules read; shared with `CardDocument.cardValue`. */
  value: JsonObject;
  parent: ComponentNode | undefined;
  /** Its components, in document order; one shared frozen empty list for every leaf. */
  children: readonly ComponentNode[];
  /** Path from the card root, e.g. ['body', 'elements', 0]. */
  path: (string | number)[];
  /** Name of the array it stands in: 'elements', 'columns', 'buttons' ... */
  slot: string;
  /** Number of nesting-counting containers above it (0 for a component directly in body.elements). */
  containerDepth: number;
  /** The form it is inside, if any. */
  form: ComponentNode | undefined;
}

export interface CardDocument {
  /** Text of the card (for a content-string wrapper: the decoded inner string). */
  text: string;
  kind: CardKind;
  wrapper: CardWrapper;
  /** jsonc-parser tree of `text`. */
  root: Node | undefined;
  /** The card object inside `root` (the root itself unless wrapped). */
  cardNode: Node | undefined;
  /**
   * The plain value of `cardNode` (parse/values.ts): built once per version, read by schema validation and
   * the rules. Undefined when there is no card object.
   */
  cardValue?: JsonValue;
  /** Path from `root` to `cardNode`: [] for a bare card, ['card'] inside a message wrapper. */
  cardPath: (string | number)[];
  /** Syntax errors in `text` (card offsets). */
  syntaxErrors: ParseError[];
  /** Syntax errors of the surrounding file when the card is a JSON string inside it (file offsets). */
  fileSyntaxErrors?: ParseError[];
  /** Every component in document order (pre-order). */
  components: ComponentNode[];
  /** Components directly in the body (2.0) or root `elements` (1.0). */
  topLevel: ComponentNode[];
  /**
   * Maps an offset in `text` to the offset in the file. Identity unless the card is a JSON string inside
   * the file (content-string wrapper), where escapes make the two differ.
   */
  toFileOffset: (offset: number) => number;
  /** Set when the file is a callback request or answer body. */
  callback?: CallbackFile;
  /** Set when the file must be a card but its content is not a JSON object. */
  notObject?: NotObject;
  /**
   * Where each value stands in `text` (parse/jsonOffsets.ts), for a card read from strict JSON: lint/locate.ts
   * turns a finding's path into a range with it, so the lint needs no tree. Absent otherwise, and on a
   * document re-parsed in place (its tree is there, and these offsets would be stale).
   */
  offsets?: JsonOffsets;
  /**
   * Set when `text` is strict JSON (the fast path of jsonTree.ts built the tree): no comments, so whitespace
   * outside strings lies only between tokens (parse/treeEdit.ts relies on it).
   */
  strictJson?: true;
  /** Why analysis stopped early (too large / too deep); rules then do not run. */
  skipped?: { reason: 'too-large' | 'too-deep'; detail: number };
}

/** A text edit in file offsets. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}
