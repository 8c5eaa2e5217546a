// The component dispatch of the card schema as one ajv keyword, for our own validators only (the schema we
// publish keeps its plain JSON Schema `if`/`then` list, which every editor understands).
//
// Why: the published `element` schema tries one `if: {tag: const X}` per known tag. Every `if` that does not
// match is a failed subschema, and ajv allocates an error object (and an error list) for it before throwing
// it away: about 30 per component, which on a 1 MB card was 9 MB of garbage and half the validation time.
// `tagCases` picks the one case by comparing `tag`, and validates exactly what the `if`/`then` list would:
// - an object whose `tag` is one of the cases: that case's subschema;
// - any other object (no `tag`, a tag of no case, a tag that is not a string): nothing;
// - anything that is not an object: every case, in order, since `properties` and `required` hold for
//   non-objects and each `if` then matches.
// The errors inside a case are the same objects with the same paths; only their `schemaPath` names
// `tagCases` instead of `allOf/N/then`, and the `if` keyword's own "must match then" error is not made (the
// schema rules ignore it). test/unit/tag-dispatch.test.ts compares both schemas error for error.
import type Ajv from 'ajv';
import { _, type KeywordCxt } from 'ajv';

export const TAG_CASES = 'tagCases';

/** Teaches `ajv` the `tagCases` keyword: `{ "tagCases": { "<tag>": <subschema>, ... } }`. */
export function addTagDispatch(ajv: Ajv): Ajv {
  return ajv.addKeyword({
    keyword: TAG_CASES,
    schemaType: 'object',
    code(cxt: KeywordCxt) {
      const { gen, data } = cxt;
      const tags = Object.keys(cxt.schema as Record<string, unknown>);
      const valid = gen.name('valid');
      const validateCase = (tag: string) => cxt.subschema({ keyword: TAG_CASES, schemaProp: tag }, valid);
      gen.if(_`${data} && typeof ${data} == "object" && !Array.isArray(${data})`);
      tags.forEach((tag, i) => {
        if (i === 0) gen.if(_`${data}.tag === ${tag}`);
        else gen.elseIf(_`${data}.tag === ${tag}`);
        validateCase(tag);
      });
      if (tags.length > 0) gen.endIf();
      gen.else();
      for (const tag of tags) validateCase(tag);
      gen.endIf();
    },
  });
}

type Json = Record<string, unknown>;

/**
 * The schema our validators compile: the published one with every `$defs` entry's tag dispatch (`allOf`
 * items `{ if: { properties: { tag: { const } }, required: ['tag'] }, then }`) moved into one `tagCases`.
 * Other `allOf` items stay where they are. The input is not modified.
 */
export function withTagDispatch(schema: Json): Json {
  const defs = schema.$defs as Record<string, Json> | undefined;
  if (!defs) return schema;
  const out: Record<string, Json> = {};
  for (const [name, def] of Object.entries(defs)) out[name] = dispatched(def);
  return { ...schema, $defs: out };
}

function dispatched(def: Json): Json {
  const allOf = def.allOf;
  if (!Array.isArray(allOf) || TAG_CASES in def) return def;
  const cases: Json = {};
  const rest: unknown[] = [];
  for (const item of allOf) {
    const tag = caseTag(item);
    if (tag !== undefined && !(tag in cases)) cases[tag] = (item as Json).then;
    else rest.push(item);
  }
  if (Object.keys(cases).length === 0) return def;
  const { allOf: _allOf, ...others } = def;
  return { ...others, ...(rest.length > 0 ? { allOf: rest } : {}), [TAG_CASES]: cases };
}

/** The tag of an `allOf` item that is exactly `{ if: { properties: { tag: { const } }, required: ['tag'] }, then }`. */
function caseTag(item: unknown): string | undefined {
  if (!isJson(item) || !sameKeys(item, ['if', 'then'])) return undefined;
  const condition = item.if;
  if (!isJson(condition) || !sameKeys(condition, ['properties', 'required'])) return undefined;
  const required = condition.required;
  if (!Array.isArray(required) || required.length !== 1 || required[0] !== 'tag') return undefined;
  const properties = condition.properties;
  if (!isJson(properties) || !sameKeys(properties, ['tag'])) return undefined;
  const tag = properties.tag;
  if (!isJson(tag) || !sameKeys(tag, ['const'])) return undefined;
  return typeof tag.const === 'string' ? tag.const : undefined;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(value: Json, keys: string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}
