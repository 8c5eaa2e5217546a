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
 * The "unknown tag" item, `{ if: { tag is a string not in E }, then: { tag in E } }`, becomes
 * `tag: { if: { type: string }, then: { enum: E } }` (closedTagList, below): the same errors, but ajv's `not`
 * made (and dropped) an error object and a list for every component whose tag *is* known. Measured with
 * bench/allocations.ts on the 10,000-component card: 8.10 → 6.98 MB allocated per lint.
 * (Putting each case's `$defs` entry in place of its `$ref` saved another 0.45 MB, but ajv then generates
 * every component's checks twice more, once per branch of the dispatch: 1.1 → 1.8 MB of validator code.)
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
  // The unknown-tag item folds into `properties.tag` only where that names `tag` already (so that
  // `additionalProperties` means the same) and has no condition of its own.
  const properties = isJson(def.properties) ? def.properties : undefined;
  const tagSchema = properties && isJson(properties.tag) ? properties.tag : undefined;
  const canFold =
    tagSchema !== undefined && !('if' in tagSchema || 'then' in tagSchema || 'else' in tagSchema);
  let closedList: unknown[] | undefined;
  for (const item of allOf) {
    const tag = caseTag(item);
    // A case item is no unknown-tag item: closedTagList finds no list in it.
    const closed = canFold && closedList === undefined ? closedTagList(item) : undefined;
    if (tag !== undefined && !(tag in cases)) cases[tag] = (item as Json).then;
    else if (closed) closedList = closed;
    else rest.push(item);
  }
  if (Object.keys(cases).length === 0) return def;
  const { allOf: _allOf, ...others } = def;
  if (closedList)
    others.properties = {
      ...properties,
      tag: { ...tagSchema, if: { type: 'string' }, then: { enum: closedList } },
    };
  return { ...others, ...(rest.length > 0 ? { allOf: rest } : {}), [TAG_CASES]: cases };
}

/** The tag of an `allOf` item that is exactly `{ if: { properties: { tag: { const } }, required: ['tag'] }, then }`. */
function caseTag(item: unknown): string | undefined {
  const tested = tagCondition(item)?.tested;
  if (!tested || !sameKeys(tested, ['const'])) return undefined;
  return typeof tested.const === 'string' ? tested.const : undefined;
}

/**
 * E for the item `{ if: { properties: { tag: { type: 'string', not: { enum: E } } }, required: ['tag'] },
 * then: { properties: { tag: { enum: E } } } }` (the same members in both lists): "a string tag must be one
 * of E". `tag: { if: { type: 'string' }, then: { enum: E } }` says the same, error for error: the item
 * applies to an object whose tag is a string outside E and then fails E's enum at `/tag`, exactly when the
 * property's `then` does.
 */
function closedTagList(item: unknown): unknown[] | undefined {
  const condition = tagCondition(item);
  if (!condition) return undefined;
  const { tested, outcome } = condition;
  if (!isJson(outcome) || !sameKeys(outcome, ['properties'])) return undefined;
  const demanded = onlyTag(outcome.properties);
  if (!sameKeys(tested, ['type', 'not']) || tested.type !== 'string') return undefined;
  const excluded = isJson(tested.not) && sameKeys(tested.not, ['enum']) ? tested.not.enum : undefined;
  const allowed = demanded && sameKeys(demanded, ['enum']) ? demanded.enum : undefined;
  if (!Array.isArray(excluded) || !Array.isArray(allowed)) return undefined;
  const same =
    excluded.every((tag) => allowed.includes(tag)) && allowed.every((tag) => excluded.includes(tag));
  return same ? allowed : undefined;
}

/**
 * For an item that is exactly `{ if: { properties: { tag: T }, required: ['tag'] }, then }` (the shape both
 * folds start from): T, and the item's `then`.
 */
function tagCondition(item: unknown): { tested: Json; outcome: unknown } | undefined {
  if (!isJson(item) || !sameKeys(item, ['if', 'then'])) return undefined;
  const condition = item.if;
  if (!isJson(condition) || !sameKeys(condition, ['properties', 'required'])) return undefined;
  const required = condition.required;
  if (!Array.isArray(required) || required.length !== 1 || required[0] !== 'tag') return undefined;
  const tested = onlyTag(condition.properties);
  return tested && { tested, outcome: item.then };
}

/** The schema of `tag` in a `properties` object that names only `tag`. */
function onlyTag(properties: unknown): Json | undefined {
  if (!isJson(properties) || !sameKeys(properties, ['tag'])) return undefined;
  return isJson(properties.tag) ? properties.tag : undefined;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(value: Json, keys: string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}
