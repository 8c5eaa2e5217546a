// Builds the JSON Schema (draft-07, the dialect most editors and tools understand) for JSON 2.0 or 1.0 cards
// from a component catalog. Pure: the same catalog always yields the same schema, so the checked-in
// schemas/card-2.0.schema.json and card-1.0.schema.json can be compared with this function's output in a
// test, and validate.ts can compile them at runtime without reading files.
//
// The catalog writes schemas in a small dialect that reads well for completion and hover:
// `description` is {en, zh} and `required: true` sits on the property itself. This module turns that into
// plain JSON Schema (English descriptions, `required` arrays) and closes every object that lists its
// properties (`additionalProperties: false`), because the platform rejects unknown properties in 2.0. The 1.0
// schema is closed the same way so that unknown properties are found; the 1.0 platform ignores them, and the
// unknown-property rule reports them on 1.0 cards as warnings.
import type { Catalog, ComponentSpec, LocalizedText } from './catalog';

export const SCHEMA_ID = 'https://example.invalid/feishu-card-tools/card-2.0.schema.json';
export const SCHEMA_ID_V1 = 'https://example.invalid/feishu-card-tools/card-1.0.schema.json';
export const SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';

/** `$defs` key of a component's own definition. */
export function componentDefName(tag: string): string {
  return `component_${tag}`;
}

type Json = Record<string, unknown>;

/** Keywords whose value is a single subschema. */
const SUBSCHEMA_KEYS = [
  'items',
  'additionalProperties',
  'if',
  'then',
  'else',
  'not',
  'contains',
  'propertyNames',
];
/** Subschemas that are conditions, not shapes: closing their objects would change what they match. */
const CONDITION_KEYS = new Set(['if', 'not', 'contains', 'propertyNames']);
/** Keywords whose value is a list of subschemas. */
const SUBSCHEMA_LIST_KEYS = ['allOf', 'anyOf', 'oneOf'];
/** Catalog-only keys that are no JSON Schema keywords. */
const CATALOG_ONLY_KEYS = new Set(['legacy']);

function isLocalized(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && 'en' in value && 'zh' in value;
}

/** Converts one catalog-dialect schema into JSON Schema. */
export function convertSchema(spec: unknown, inCondition = false): unknown {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return spec;
  const source = spec as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (CATALOG_ONLY_KEYS.has(key)) continue;
    if (key === 'description') {
      out.description = isLocalized(value) ? value.en : value;
    } else if (key === 'required') {
      // Boolean `required` belongs to the parent's list; a list is plain JSON Schema. Where the object
      // lists properties, their branch joins the two: a list after `properties` must not undo that.
      if (Array.isArray(value) && !('required' in out)) out.required = [...value];
    } else if (key === 'properties') {
      const properties: Json = {};
      const required: string[] = Array.isArray(source.required) ? [...(source.required as string[])] : [];
      for (const [name, child] of Object.entries(value as Json)) {
        properties[name] = convertSchema(child, inCondition);
        if ((child as Json).required === true && !required.includes(name)) required.push(name);
      }
      out.properties = properties;
      if (required.length > 0) out.required = required;
    } else if (SUBSCHEMA_KEYS.includes(key)) {
      out[key] = convertSchema(value, inCondition || CONDITION_KEYS.has(key));
    } else if (SUBSCHEMA_LIST_KEYS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((item) => convertSchema(item, inCondition));
    } else {
      out[key] = value;
    }
  }
  if (source.legacy === true) out.deprecated = true;
  if (source.properties !== undefined && !('additionalProperties' in source) && !inCondition) {
    out.additionalProperties = false;
  }
  return out;
}

function componentSchema(tag: string, spec: ComponentSpec, catalog: Catalog): Json {
  const { tag: tagSpec, ...common } = catalog.commonProperties;
  const converted = convertSchema({
    type: 'object',
    description: spec.description,
    properties: {
      tag: { const: tag, required: true, description: tagSpec.description },
      ...common,
      ...spec.properties,
    },
  }) as Json;
  // Slots that accept only some tags (columns → column) check the tag on top of the usual dispatch; a known
  // tag in the wrong slot is a placement problem that the placement rules explain better.
  // Stryker disable next-line ArrayDeclaration: a made-up slot has no `allow` and is skipped like no slot
  for (const slot of spec.slots ?? []) {
    if (!slot.allow) continue;
    let owner: Json | undefined = converted;
    for (const segment of slot.path.slice(0, -1)) {
      owner = (owner?.properties as Json | undefined)?.[segment] as Json | undefined;
    }
    const ownerProperties = (owner?.properties ?? {}) as Json;
    const key = slot.path[slot.path.length - 1];
    const target = ownerProperties[key] as Json | undefined;
    // A slot path the properties do not have restricts nothing (the drift tests check that each resolves).
    if (!target) continue;
    const restricted = {
      allOf: [{ $ref: '#/$defs/element' }, { properties: { tag: { enum: [...slot.allow] } } }],
    };
    // One component in place (1.0 `div.extra`): the restriction replaces the plain element reference and
    // keeps its description (every catalog property has one).
    if (slot.single) ownerProperties[key] = { description: target.description, ...restricted };
    else target.items = restricted;
  }
  const comment = (spec as { $comment?: unknown }).$comment;
  return typeof comment === 'string' ? { $comment: comment, ...converted } : converted;
}

/**
 * Any component: dispatched on `tag` with one `if`/`then` per tag, so a card author gets the errors of the
 * one component they meant (no `oneOf` cascade listing every other component's complaints).
 */
function elementSchema(tags: string[]): Json {
  return {
    description: 'A card component; its properties depend on `tag`.',
    type: 'object',
    required: ['tag'],
    properties: { tag: { type: 'string' } },
    allOf: [
      ...tags.map((tag) => ({
        if: { properties: { tag: { const: tag } }, required: ['tag'] },
        then: { $ref: `#/$defs/${componentDefName(tag)}` },
      })),
      {
        if: { properties: { tag: { type: 'string', not: { enum: tags } } }, required: ['tag'] },
        then: { properties: { tag: { enum: tags } } },
      },
    ],
  };
}

export function schemaFromCatalog(catalog: Catalog): Json {
  const defs: Json = {};
  for (const [name, definition] of Object.entries(catalog.definitions))
    defs[name] = convertSchema(definition);
  const tags = Object.keys(catalog.components);
  defs.element = elementSchema(tags);
  for (const tag of tags)
    defs[componentDefName(tag)] = componentSchema(tag, catalog.components[tag], catalog);
  const v1 = catalog.version === '1.0';
  const version = v1 ? '1.0' : '2.0';
  const source = v1 ? 'schemas/components-1.0.json' : 'schemas/components.json';
  return {
    $schema: SCHEMA_DIALECT,
    $id: v1 ? SCHEMA_ID_V1 : SCHEMA_ID,
    title: `Feishu / Lark card JSON ${version}`,
    description: `A Feishu / Lark interactive card in JSON ${version}. Generated from ${source} by scripts/gen-schema.ts; do not edit by hand.`,
    $ref: '#/$defs/card',
    $defs: defs,
  };
}
