// Schema validation of JSON 2.0 and 1.0 cards (each against the schema of its own catalog): ajv runs once per CardDocument and its errors become issues with the
// exact range of the offending key or value, ready for the schema rules (unknown-tag, unknown-property,
// property-type, property-value, property-required) to report. Several rules read the same issues, so the
// result is memoized per document. Errors are read against the card's plain value (the one ajv validated)
// and name their place by path; lint/locate.ts turns the path into the range.
import type { ErrorObject } from 'ajv';
import { catalogFor, componentSpec, removedInV2 } from '../catalog/catalog';
import { sharedValueOf } from '../parse/json';
import type { CardDocument } from '../parse/model';
import { didYouMean } from '../parse/jsonText';
import { isRecord, own, ownString, type JsonPath, type JsonValue } from '../parse/values';
import { isWholeVariable } from '../template/variables';
import { placeRange, type Place } from './locate';
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
  const value = card.kind !== 'not-card' ? cardValueOf(card) : undefined;
  const issues = isRecord(value) ? runValidation(card, value, card.kind as Kind) : [];
  memo.set(card, issues);
  return issues;
}

/** The card's value: the parse's, else (a card model built without one) its node's. */
function cardValueOf(card: CardDocument): JsonValue | undefined {
  if (card.cardValue !== undefined) return card.cardValue;
  return card.cardNode && (sharedValueOf(card.cardNode, card.text) as JsonValue);
}

function runValidation(card: CardDocument, cardValue: JsonValue, kind: Kind): SchemaIssue[] {
  const validate = schemaValidator(kind);
  if (validate(cardValue)) return [];
  const errors = (validate.errors ?? []).filter((error) => !ignored(error, cardValue, kind));
  // A value of the wrong type also fails its enum/const; the type is the one problem to report.
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'type' && typed.has(error.instancePath)) continue;
    const issue = toIssue(error, card, cardValue, kind);
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
function typedPath(root: JsonValue, segments: string[]): JsonPath {
  const path: JsonPath = [];
  let value: JsonValue | undefined = root;
  for (const segment of segments) {
    if (Array.isArray(value)) {
      const index = Number(segment);
      path.push(index);
      value = value[index];
    } else {
      path.push(segment);
      value = own(value, segment);
    }
  }
  return path;
}

/** The value an ajv instance path leads to (undefined where a step is missing). */
function valueAtPointer(root: JsonValue, segments: string[]): JsonValue | undefined {
  let value: JsonValue | undefined = root;
  for (const segment of segments) {
    if (value === undefined) return undefined;
    value = Array.isArray(value) ? value[Number(segment)] : own(value, segment);
  }
  return value;
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
function ignored(error: ErrorObject, cardValue: JsonValue, kind: Kind): boolean {
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
      const tag = ownString(valueAtPointer(cardValue, segments), 'tag');
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

/** The range of a place in the card, as an issue holds it. */
function range(card: CardDocument, place: Place): { start: number; end: number } | undefined {
  const found = placeRange(card, place);
  return found && { start: found.start, end: found.end };
}

/** A readable name for an object: `button`, `header.title`, `button.confirm.title`, `card`. */
function ownerLabel(root: JsonValue, segments: string[], kind: Kind): string {
  let value: JsonValue | undefined = root;
  let label: string | undefined;
  const rest: string[] = [];
  for (const segment of segments) {
    value = Array.isArray(value) ? value[Number(segment)] : own(value, segment);
    const tag = ownString(value, 'tag');
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

/**
 * Where to point when an object lacks a property: its key, else its tag value, else the object itself.
 * `path` is the object's (typed) path.
 */
function ownerAnchor(root: JsonValue, segments: string[], path: JsonPath): Place | undefined {
  const object = valueAtPointer(root, segments);
  if (object === undefined) return undefined;
  const parent = valueAtPointer(root, segments.slice(0, -1));
  // (The object is the parent's own value of its key, so the key is there.)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the root's one required property (`schema`) is left to schema-missing, so the object is never the root
  if (isRecord(parent) && segments.length > 0) return { path, part: 'key' };
  if (typeof own(object, 'tag') === 'string') return { path: [...path, 'tag'] };
  return { path };
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

function toIssue(
  error: ErrorObject,
  card: CardDocument,
  root: JsonValue,
  kind: Kind,
): SchemaIssue | undefined {
  const segments = pointerSegments(error.instancePath);
  const path = typedPath(root, segments);
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  const properties = (parentSchema.properties ?? {}) as Record<string, SchemaNode>;

  switch (error.keyword) {
    case 'additionalProperties': {
      const property = (error.params as { additionalProperty: string }).additionalProperty;
      const object = valueAtPointer(root, segments);
      const keyRange = isRecord(object) ? range(card, { path: [...path, property], part: 'key' }) : undefined;
      if (!keyRange) return undefined;
      const known = Object.keys(properties).filter((name) => !(properties[name] as SchemaNode).deprecated);
      const suggestion = didYouMean(property, known);
      const usable =
        suggestion !== undefined && !Object.hasOwn(object as object, suggestion) ? suggestion : undefined;
      return {
        kind: 'unknown-property',
        ...keyRange,
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
      const anchor = ownerAnchor(root, segments, path);
      const anchorRange = anchor && range(card, anchor);
      if (!anchorRange) return undefined;
      return {
        kind: 'required',
        ...anchorRange,
        messageId: 'missing',
        args: { property, owner: ownerLabel(root, segments, kind) },
        data: { path, property, value: placeholderValue(properties[property]) },
      };
    }
    case 'type': {
      const valueRange = range(card, { path });
      if (!valueRange) return undefined;
      const expected = (error.params as { type: string | string[] }).type;
      const expectedList = Array.isArray(expected) ? expected : String(expected).split(',');
      return {
        kind: 'type',
        ...valueRange,
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
      const valueRange = range(card, { path });
      if (!valueRange) return undefined;
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      if (
        segments[segments.length - 1] === 'tag' &&
        typeof error.data === 'string' &&
        isComponentPosition(segments.slice(0, -1))
      ) {
        return unknownTagIssue(error.data, valueRange, path, kind);
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
        ...valueRange,
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
      const valueRange = range(card, { path });
      if (!valueRange) return undefined;
      const limit = (error.params as { limit: number }).limit;
      return {
        kind: 'value',
        ...valueRange,
        messageId: error.keyword.toLowerCase().includes('min') ? 'tooSmall' : 'tooLarge',
        args: { property: propertyLabel(root, segments, kind), value: JSON.stringify(error.data), limit },
        data: { path, limit },
      };
    }
    default:
      return undefined;
  }
}

function unknownTagIssue(
  tag: string,
  at: { start: number; end: number },
  path: JsonPath,
  kind: Kind,
): SchemaIssue {
  const { aliases, components } = catalogFor(kind);
  const alias = Object.prototype.hasOwnProperty.call(aliases, tag.toLowerCase())
    ? aliases[tag.toLowerCase()]
    : undefined;
  const suggestion = alias ?? didYouMean(tag, Object.keys(components));
  return {
    kind: 'unknown-tag',
    ...at,
    messageId: (suggestion ? 'unknownTagSuggest' : 'unknownTag') + (kind === 'v1' ? 'V1' : ''),
    args: { tag, ...(suggestion ? { suggestion } : {}) },
    data: { path, tag, ...(suggestion ? { suggestion } : {}) },
  };
}

/** The property a value belongs to, relative to its component: `type`, `text.tag`, `options[].value`. */
function propertyLabel(root: JsonValue, segments: string[], kind: Kind): string {
  const owner = ownerLabel(root, segments.slice(0, -1), kind);
  const last = segments[segments.length - 1] ?? '';
  const step = /^\d+$/.test(last) ? '[]' : last;
  // Drop the component's own tag from the label: the value's range already shows which component it is.
  const parts = owner.split('.');
  const relative = owner === 'card' || componentSpec(parts[0], kind) ? parts.slice(1) : parts;
  if (step === '[]') return relative.length > 0 ? relative.join('.') : last;
  return [...relative, step].join('.');
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
