// Schema validation of JSON 2.0 and 1.0 cards (each against the schema of its own catalog): ajv runs once per CardDocument and its errors become issues with the
// exact range of the offending key or value, ready for the schema rules (unknown-tag, unknown-property,
// property-type, property-value, property-required) to report. Several rules read the same issues, so the
// result is memoized per document.
import type { ErrorObject } from 'ajv';
import type { Node } from 'jsonc-parser';
import { catalogFor, componentSpec, removedInV2 } from '../catalog/catalog';
import { isObject, prop, propKey, stringValue, sharedValueOf } from '../parse/json';
import type { CardDocument } from '../parse/model';
import { didYouMean } from '../parse/jsonText';
import { isWholeVariable } from '../template/variables';
import { schemaValidator, type SchemaVersion } from './schemaValidator';

export type SchemaIssueKind = 'unknown-tag' | 'unknown-property' | 'type' | 'value' | 'required';

export interface SchemaIssue {
  kind: SchemaIssueKind;
  /** Range in card offsets (the engine maps them to the file). */
  start: number;
  end: number;
  /** Message id in the reporting rule, and its arguments. */
  messageId: string;
  args: Record<string, string | number>;
  /** What a fix needs: paths below the card root and suggested values. JSON-serialisable. */
  data: Record<string, unknown>;
}

type SchemaNode = Record<string, unknown>;

type Kind = SchemaVersion;

/** Compiles the validator ahead of need (the server calls this once it is idle after start-up). */
export function warmUpValidator(): void {
  schemaValidator('v2');
}

const memo = new WeakMap<CardDocument, SchemaIssue[]>();

/** Schema issues of a card; empty for anything but a well-formed JSON 2.0 or 1.0 card. */
export function validateCard(card: CardDocument): SchemaIssue[] {
  const cached = memo.get(card);
  if (cached) return cached;
  const issues =
    card.kind !== 'not-card' && isObject(card.cardNode)
      ? runValidation(card.cardNode, card.text, card.kind)
      : [];
  memo.set(card, issues);
  return issues;
}

function runValidation(cardNode: Node, text: string, kind: Kind): SchemaIssue[] {
  const validate = schemaValidator(kind);
  if (validate(sharedValueOf(cardNode, text))) return [];
  const errors = (validate.errors ?? []).filter((error) => !ignored(error, cardNode, kind));
  // A value of the wrong type also fails its enum/const; the type is the one problem to report.
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'type' && typed.has(error.instancePath)) continue;
    const issue = toIssue(error, cardNode, kind);
    if (!issue) continue;
    const key = `${issue.kind}:${issue.start}:${issue.end}:${issue.args.property ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Decodes an ajv instance path ("/body/elements/0") into segments. */
function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Path segments with array indexes as numbers, as the rest of the code base writes paths. */
function typedPath(root: Node, segments: string[]): (string | number)[] {
  const path: (string | number)[] = [];
  let node: Node | undefined = root;
  for (const segment of segments) {
    if (node?.type === 'array') {
      const index = Number(segment);
      path.push(index);
      node = node.children?.[index];
    } else {
      path.push(segment);
      node = prop(node, segment);
    }
  }
  return path;
}

function nodeAtPointer(root: Node, segments: string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    node = node.type === 'array' ? node.children?.[Number(segment)] : prop(node, segment);
  }
  return node;
}

/**
 * Errors other rules already explain, or that are noise: `if` wrappers, behavior types and open_url links
 * (behavior-unknown-type, open-url-default-missing), callback values (callback-value-string), `behaviors`
 * on a component without interactions (behaviors-not-interactive), an incomplete `confirm`
 * (confirm-incomplete), `config.update_multi` (update-multi-false), the root `schema` (schema-missing), root
 * `elements` / `i18n_elements` (v1-component-in-v2), a known tag in the wrong slot (placement rules),
 * builder-export loop markers, and values that are whole `${var}` template variables (their real type comes
 * from the data at send time).
 */
function ignored(error: ErrorObject, cardNode: Node, kind: Kind): boolean {
  // (`if` errors need no test here: toIssue turns no keyword it does not know into an issue.)
  const segments = pointerSegments(error.instancePath);
  const last = segments[segments.length - 1];
  // Only `required` errors carry a missing property.
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  if (segments[segments.length - 2] === 'behaviors' && (missing === 'type' || missing === 'default_url'))
    return true;
  // A confirm requires exactly its title and text; the root requires only `schema`.
  if (missing === 'schema' || (missing !== undefined && last === 'confirm')) return true;
  if (error.instancePath === '/schema' || error.instancePath === '/config/update_multi') return true;
  if (segments[segments.length - 3] === 'behaviors' && (last === 'type' || last === 'value')) return true;
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    // (1.0 allows both at its root, so only a 2.0 card gets this error.)
    if (segments.length === 0 && (key === 'elements' || key === 'i18n_elements')) return true;
    if (key === '_varloop') return true;
    if (key === 'behaviors') {
      const tag = stringValue(prop(nodeAtPointer(cardNode, segments), 'tag'));
      if (tag !== undefined && componentSpec(tag, kind)?.behaviors.length === 0) return true;
    }
  }
  if (isWholeVariable(error.data)) return true;
  // The schemas' only `const`s are component tags inside `if`s, which never fail on their own, so a tag's
  // error is an enum. (A tag that is no string has its type error, which hides this one.)
  if (last === 'tag' && error.keyword === 'enum' && isComponentPosition(segments.slice(0, -1))) {
    // Unknown tags are reported once, from the element dispatch; known tags in a wrong slot are placement;
    // 1.0 tags (action, note) belong to v1-component-in-v2.
    const tag = String(error.data);
    if (componentSpec(tag, kind) !== undefined) return true;
    if (kind === 'v2' && Object.prototype.hasOwnProperty.call(removedInV2(), tag)) return true;
  }
  return false;
}

/** Does this path point at a component (an item of a component array, or 1.0 `div.extra`)? */
function isComponentPosition(segments: string[]): boolean {
  if (segments[segments.length - 1] === 'extra') return true;
  const slot = segments[segments.length - 2];
  return slot === 'elements' || slot === 'columns' || slot === 'buttons' || slot === 'actions';
}

function range(node: Node): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}

/** A readable name for an object: `button`, `header.title`, `button.confirm.title`, `card`. */
function ownerLabel(root: Node, segments: string[], kind: Kind): string {
  let node: Node | undefined = root;
  let label: string | undefined;
  const rest: string[] = [];
  for (const segment of segments) {
    node = node?.type === 'array' ? node.children?.[Number(segment)] : prop(node, segment);
    const tag = stringValue(prop(node, 'tag'));
    if (tag !== undefined && componentSpec(tag, kind) !== undefined) {
      label = tag;
      rest.length = 0;
    } else if (!/^\d+$/.test(segment)) {
      rest.push(segment);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an index always follows a key here (the root is an object, a component's arrays hang off keys), so rest is never empty
    } else if (rest.length > 0) {
      rest[rest.length - 1] += '[]';
    }
  }
  if (label === undefined) return rest.length > 0 ? rest.join('.') : 'card';
  return [label, ...rest].join('.');
}

/** Where to point when an object lacks a property: its key, else its tag value, else the object itself. */
function ownerAnchor(root: Node, segments: string[]): Node | undefined {
  const object = nodeAtPointer(root, segments);
  if (!object) return undefined;
  const parentSegments = segments.slice(0, -1);
  const parent = nodeAtPointer(root, parentSegments);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the root's one required property (`schema`) is left to schema-missing, so the object is never the root
  if (parent?.type === 'object' && segments.length > 0) {
    const key = propKey(parent, segments[segments.length - 1]);
    if (key) return key;
  }
  const tag = prop(object, 'tag');
  if (tag?.type === 'string') return tag;
  return object;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * A value to insert for a missing property: its default, its first choice, or an empty value of its type.
 * (Every required property the schemas declare has a schema, and none is a `const` or a confirm.)
 */
function placeholderValue(schema: SchemaNode): unknown {
  // Stryker disable next-line ConditionalExpression: the one required property with a default (1.0 `is_short`) defaults to false, what its boolean type gives anyway
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
  if (ref === '#/$defs/plainText' || ref === '#/$defs/headerText') return { tag: 'plain_text', content: '' };
  if (ref || schema.type === 'object') return {};
  switch (schema.type) {
    case 'array':
      return [];
    // Stryker disable all: no required boolean or number lacks a default today; kept so a new one gets a value of its type
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return 0;
    // Stryker restore all
    default:
      return '';
  }
}

function toIssue(error: ErrorObject, root: Node, kind: Kind): SchemaIssue | undefined {
  const segments = pointerSegments(error.instancePath);
  const path = typedPath(root, segments);
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  const properties = (parentSchema.properties ?? {}) as Record<string, SchemaNode>;

  switch (error.keyword) {
    case 'additionalProperties': {
      const property = (error.params as { additionalProperty: string }).additionalProperty;
      const object = nodeAtPointer(root, segments);
      const keyNode = propKey(object, property);
      if (!keyNode) return undefined;
      const known = Object.keys(properties).filter((name) => !(properties[name] as SchemaNode).deprecated);
      const present = new Set((object?.children ?? []).map((pair) => pair.children?.[0]?.value));
      const suggestion = didYouMean(property, known);
      const usable = suggestion !== undefined && !present.has(suggestion) ? suggestion : undefined;
      return {
        kind: 'unknown-property',
        ...range(keyNode),
        messageId: (usable ? 'unknownPropertySuggest' : 'unknownProperty') + (kind === 'v1' ? 'V1' : ''),
        args: {
          property,
          owner: ownerLabel(root, segments, kind),
          ...(usable ? { suggestion: usable } : {}),
        },
        data: { path, property, ...(usable ? { suggestion: usable } : {}) },
      };
    }
    case 'required': {
      const property = (error.params as { missingProperty: string }).missingProperty;
      const anchor = ownerAnchor(root, segments);
      if (!anchor) return undefined;
      return {
        kind: 'required',
        ...range(anchor),
        messageId: 'missing',
        args: { property, owner: ownerLabel(root, segments, kind) },
        data: { path, property, value: placeholderValue(properties[property]) },
      };
    }
    case 'type': {
      const node = nodeAtPointer(root, segments);
      if (!node) return undefined;
      const expected = (error.params as { type: string | string[] }).type;
      const expectedList = Array.isArray(expected) ? expected : String(expected).split(',');
      return {
        kind: 'type',
        ...range(node),
        messageId: 'wrongType',
        args: {
          property: propertyLabel(root, segments, kind),
          expected: expectedList.join(' | '),
          actual: jsonType(error.data),
        },
        data: { path, expected: expectedList },
      };
    }
    case 'enum': {
      const node = nodeAtPointer(root, segments);
      if (!node) return undefined;
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      if (
        segments[segments.length - 1] === 'tag' &&
        typeof error.data === 'string' &&
        isComponentPosition(segments.slice(0, -1))
      ) {
        return unknownTagIssue(error.data, node, path, kind);
      }
      const strings = allowed.filter((v): v is string => typeof v === 'string');
      const suggestion =
        allowed.length === 1
          ? allowed[0]
          : typeof error.data === 'string'
            ? didYouMean(error.data, strings)
            : undefined;
      return {
        kind: 'value',
        ...range(node),
        messageId: suggestion !== undefined ? 'notAllowedSuggest' : 'notAllowed',
        args: {
          property: propertyLabel(root, segments, kind),
          value: JSON.stringify(error.data),
          allowed: allowed.map((v) => JSON.stringify(v)).join(', '),
          ...(suggestion !== undefined ? { suggestion: JSON.stringify(suggestion) } : {}),
        },
        data: { path, ...(suggestion !== undefined ? { suggestion } : {}) },
      };
    }
    // (The schemas set no exclusive limits.)
    case 'minimum':
    case 'maximum': {
      const node = nodeAtPointer(root, segments);
      if (!node) return undefined;
      const limit = (error.params as { limit: number }).limit;
      return {
        kind: 'value',
        ...range(node),
        messageId: error.keyword.toLowerCase().includes('min') ? 'tooSmall' : 'tooLarge',
        args: { property: propertyLabel(root, segments, kind), value: JSON.stringify(error.data), limit },
        data: { path, limit },
      };
    }
    default:
      return undefined;
  }
}

function unknownTagIssue(tag: string, node: Node, path: (string | number)[], kind: Kind): SchemaIssue {
  const { aliases, components } = catalogFor(kind);
  const alias = Object.prototype.hasOwnProperty.call(aliases, tag.toLowerCase())
    ? aliases[tag.toLowerCase()]
    : undefined;
  const suggestion = alias ?? didYouMean(tag, Object.keys(components));
  return {
    kind: 'unknown-tag',
    ...range(node),
    messageId: (suggestion ? 'unknownTagSuggest' : 'unknownTag') + (kind === 'v1' ? 'V1' : ''),
    args: { tag, ...(suggestion ? { suggestion } : {}) },
    data: { path, tag, ...(suggestion ? { suggestion } : {}) },
  };
}

/** The property a value belongs to, relative to its component: `type`, `text.tag`, `options[].value`. */
function propertyLabel(root: Node, segments: string[], kind: Kind): string {
  const owner = ownerLabel(root, segments.slice(0, -1), kind);
  const last = segments[segments.length - 1] ?? '';
  const own = /^\d+$/.test(last) ? '[]' : last;
  // Drop the component's own tag from the label: the value's range already shows which component it is.
  const parts = owner.split('.');
  const relative = owner === 'card' || componentSpec(parts[0], kind) ? parts.slice(1) : parts;
  if (own === '[]') return relative.length > 0 ? relative.join('.') : last;
  return [...relative, own].join('.');
}

/** Reports the schema issues of one kind through a rule context. */
export function reportIssues(
  ctx: {
    card: CardDocument;
    report: (
      at: { start: number; end: number },
      id: string,
      args?: Record<string, string | number>,
      data?: Record<string, unknown>,
    ) => void;
  },
  kind: SchemaIssueKind,
): void {
  for (const issue of validateCard(ctx.card)) {
    if (issue.kind === kind) ctx.report(issue, issue.messageId, issue.args, issue.data);
  }
}
