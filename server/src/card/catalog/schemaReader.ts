// Reads schemas the way completion and hover need them: the card root, its sections and each behavior type
// come from the catalog's `definitions` (reached through `$ref`s), so nothing here restates the catalog. Every
// reader takes the card version (`kind`) whose catalog the `$ref`s point into.
import { catalogFor, type BehaviorType, type CatalogKind, type LocalizedText } from './catalog';

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
export function behaviorFields(type: BehaviorType, kind: CatalogKind): Record<string, SchemaLike> {
  const shared = schemaProperties(behaviorSchema, kind);
  const fields: Record<string, SchemaLike> = {};
  for (const [key, overlay] of Object.entries(typeBranch(type, kind)?.then?.properties ?? {})) {
    fields[key] = { ...shared[key], ...overlay };
  }
  return fields;
}

/** The behavior types the catalog defines fields for. */
export function isBehaviorType(type: string | undefined, kind: CatalogKind): type is BehaviorType {
  return type !== undefined && typeBranch(type, kind) !== undefined;
}

/** The schema of a behavior's `type` field, whatever the type. */
export function behaviorTypeSchema(kind: CatalogKind): SchemaLike | undefined {
  return schemaProperties(behaviorSchema, kind).type;
}

function typeBranch(type: string, kind: CatalogKind): TypeBranch | undefined {
  const branches = (resolveSchema(behaviorSchema, kind)?.allOf ?? []) as TypeBranch[];
  return branches.find((branch) => branch.if?.properties?.type?.const === type);
}

/** Follows `$ref`s into the catalog's definitions (`#/$defs/x` or `#/definitions/x`); depth-limited. */
export function resolveSchema(schema: SchemaLike | undefined, kind: CatalogKind): SchemaLike | undefined {
  let current = schema;
  for (let i = 0; i < 8 && current && typeof current.$ref === 'string'; i++) {
    const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(current.$ref)?.[1];
    const target = name ? (catalogFor(kind).definitions[name] as SchemaLike | undefined) : undefined;
    if (!target) return { ...current, $ref: undefined };
    // Keywords next to the $ref (description, legacy ...) win over the definition's.
    const { $ref: _ref, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

/** The properties an object schema describes (after resolving refs); empty for non-objects. */
export function schemaProperties(
  schema: SchemaLike | undefined,
  kind: CatalogKind,
): Record<string, SchemaLike> {
  const resolved = resolveSchema(schema, kind);
  return resolved?.properties ?? {};
}

/** The schema of the value at `path` below `schema` (string keys into properties, numbers into items). */
export function schemaAt(
  schema: SchemaLike | undefined,
  path: (string | number)[],
  kind: CatalogKind,
): SchemaLike | undefined {
  let current = resolveSchema(schema, kind);
  for (const segment of path) {
    if (!current) return undefined;
    current = resolveSchema(
      typeof segment === 'number' ? current.items : current.properties?.[segment],
      kind,
    );
  }
  return current;
}

/** Every enum value, or the examples when a property has no closed list. */
export function valueChoices(
  schema: SchemaLike | undefined,
  kind: CatalogKind,
): { values: unknown[]; closed: boolean } {
  const resolved = resolveSchema(schema, kind);
  if (!resolved) return { values: [], closed: false };
  if (Array.isArray(resolved.enum)) return { values: resolved.enum, closed: true };
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (types.includes('boolean')) return { values: [true, false], closed: true };
  if (Array.isArray(resolved.examples)) return { values: resolved.examples, closed: false };
  return { values: [], closed: false };
}
