// Reads schemas the way completion and hover need them: the card root, its sections and each behavior type
// come from the catalog's `definitions` (reached through `$ref`s), so nothing here restates the catalog.
import { catalogFor, type BehaviorType, type LocalizedText } from './catalog';

/** A JSON Schema fragment as the catalog writes it (PropertySpec without the required description). */
export interface SchemaLike {
  description?: LocalizedText;
  type?: string | string[];
  enum?: unknown[];
  default?: unknown;
  examples?: unknown[];
  required?: boolean | string[];
  legacy?: boolean;
  properties?: Record<string, SchemaLike>;
  items?: SchemaLike;
  $ref?: string;
  [keyword: string]: unknown;
}

export const STRUCTURE_DOCS = 'card-json-v2-structure';
export const INTERACTIONS_DOCS = 'configuring-card-interactions';
export const CALLBACK_DOCS = 'card-callback-communication';

/** The platform value that switches off a jump on one platform. */
export const UNSUPPORTED_ACTION_URL = 'lark://msgcard/unsupported_action';

/** The card root (schema, config, card_link, header, body), as the catalog defines it. */
export const cardRootSchema: SchemaLike = { $ref: '#/$defs/card' };

const behaviorSchema: SchemaLike = { $ref: '#/$defs/behavior' };

interface TypeBranch {
  if?: { properties?: { type?: { const?: unknown } } };
  then?: { properties?: Record<string, SchemaLike> };
}

/**
 * The fields one behavior type takes. The catalog keeps every field on the shared `behavior` object and
 * says per type (in an `allOf` if/then branch) which of them apply and which are required; the branch's
 * keywords are laid over the shared field.
 */
export function behaviorFields(type: BehaviorType): Record<string, SchemaLike> {
  const shared = schemaProperties(behaviorSchema);
  const fields: Record<string, SchemaLike> = {};
  for (const [key, overlay] of Object.entries(typeBranch(type)?.then?.properties ?? {})) {
    fields[key] = { ...shared[key], ...overlay };
  }
  return fields;
}

/** The behavior types the catalog defines fields for. */
export function isBehaviorType(type: string | undefined): type is BehaviorType {
  return type !== undefined && typeBranch(type) !== undefined;
}

/** The schema of a behavior's `type` field, whatever the type. */
export function behaviorTypeSchema(): SchemaLike | undefined {
  return schemaProperties(behaviorSchema).type;
}

function typeBranch(type: string): TypeBranch | undefined {
  const branches = (resolveSchema(behaviorSchema)?.allOf ?? []) as TypeBranch[];
  return branches.find((branch) => branch.if?.properties?.type?.const === type);
}

/** Follows `$ref`s into the catalog's definitions (`#/$defs/x` or `#/definitions/x`); depth-limited. */
export function resolveSchema(schema: SchemaLike | undefined): SchemaLike | undefined {
  let current = schema;
  for (let i = 0; i < 8 && current && typeof current.$ref === 'string'; i++) {
    const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(current.$ref)?.[1];
    const target = name ? (catalogFor().definitions[name] as SchemaLike | undefined) : undefined;
    if (!target) return { ...current, $ref: undefined };
    // Keywords next to the $ref (description, legacy ...) win over the definition's.
    const { $ref: _ref, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

/** The properties an object schema describes (after resolving refs); empty for non-objects. */
export function schemaProperties(schema: SchemaLike | undefined): Record<string, SchemaLike> {
  const resolved = resolveSchema(schema);
  return resolved?.properties ?? {};
}

/** The schema of the value at `path` below `schema` (string keys into properties, numbers into items). */
export function schemaAt(schema: SchemaLike | undefined, path: (string | number)[]): SchemaLike | undefined {
  let current = resolveSchema(schema);
  for (const segment of path) {
    if (!current) return undefined;
    current = resolveSchema(typeof segment === 'number' ? current.items : current.properties?.[segment]);
  }
  return current;
}

/** Every enum value, or the examples when a property has no closed list. */
export function valueChoices(schema: SchemaLike | undefined): { values: unknown[]; closed: boolean } {
  const resolved = resolveSchema(schema);
  if (!resolved) return { values: [], closed: false };
  if (Array.isArray(resolved.enum)) return { values: resolved.enum, closed: true };
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (types.includes('boolean')) return { values: [true, false], closed: true };
  if (Array.isArray(resolved.examples)) return { values: resolved.examples, closed: false };
  return { values: [], closed: false };
}
