// The schema reader that completion and hover use (schemaReader.ts): `$ref`s followed into the catalog of
// the card's version, keywords beside a `$ref` kept, behavior fields per type, the values a field offers.
// Expected values are read from the catalogs themselves, so a catalog change does not break these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalog, catalogV1 } from '../../../server/src/card/catalog/catalog';
import {
  behaviorFields,
  behaviorTypeSchema,
  cardRootSchema,
  isBehaviorType,
  resolveSchema,
  schemaAt,
  schemaProperties,
  valueChoices,
  type SchemaLike,
} from '../../../server/src/card/catalog/schemaReader';

const defs = (kind: 'v1' | 'v2') =>
  (kind === 'v1' ? catalogV1 : catalog).definitions as Record<string, SchemaLike>;

test('a $ref resolves into the definitions of the named version, in either spelling', () => {
  assert.deepEqual(resolveSchema({ $ref: '#/$defs/confirm' }, 'v2'), defs('v2').confirm);
  assert.deepEqual(resolveSchema({ $ref: '#/definitions/confirm' }, 'v2'), defs('v2').confirm);
  assert.deepEqual(resolveSchema({ $ref: '#/$defs/noteElement' }, 'v1'), defs('v1').noteElement);
  // 2.0 has no note element: the reference stays unresolved rather than borrowing 1.0's.
  assert.equal('noteElement' in defs('v2'), false);
  assert.deepEqual(resolveSchema({ $ref: '#/$defs/noteElement', description: { en: 'x', zh: 'x' } }, 'v2'), {
    $ref: undefined,
    description: { en: 'x', zh: 'x' },
  });
  assert.deepEqual(resolveSchema({ $ref: 'other.json#/x' }, 'v2'), { $ref: undefined });
});

test('keywords beside a $ref win over the definition; a schema without one is returned as it is', () => {
  const legacy = { $ref: '#/$defs/confirm', legacy: true, description: { en: 'Mine', zh: '我的' } };
  const resolved = resolveSchema(legacy, 'v2')!;
  assert.equal(resolved.legacy, true);
  assert.deepEqual(resolved.description, { en: 'Mine', zh: '我的' });
  assert.deepEqual(resolved.properties, defs('v2').confirm.properties);
  assert.equal(resolved.$ref, undefined);
  const plain = { type: 'string' };
  assert.equal(resolveSchema(plain, 'v2'), plain);
  assert.equal(resolveSchema(undefined, 'v2'), undefined);
});

test('chains of $refs are followed, and a cycle stops instead of hanging', () => {
  const definitions = catalog.definitions as Record<string, unknown>;
  definitions.testAlias = { $ref: '#/$defs/confirm', description: { en: 'alias', zh: '别名' } };
  definitions.testLoopA = { $ref: '#/$defs/testLoopB' };
  definitions.testLoopB = { $ref: '#/$defs/testLoopA' };
  try {
    const alias = resolveSchema({ $ref: '#/$defs/testAlias' }, 'v2')!;
    assert.deepEqual(alias.properties, defs('v2').confirm.properties);
    assert.deepEqual(alias.description, { en: 'alias', zh: '别名' });
    const loop = resolveSchema({ $ref: '#/$defs/testLoopA' }, 'v2')!;
    assert.match(String(loop.$ref), /testLoop[AB]$/);
  } finally {
    delete definitions.testAlias;
    delete definitions.testLoopA;
    delete definitions.testLoopB;
  }
});

test('schemaAt walks properties by name and items by index; an unknown step gives undefined', () => {
  assert.deepEqual(schemaAt(cardRootSchema, [], 'v2'), resolveSchema(cardRootSchema, 'v2'));
  const card = defs('v2').card;
  const config = resolveSchema(card.properties!.config, 'v2')!;
  assert.deepEqual(schemaAt(cardRootSchema, ['config', 'width_mode'], 'v2'), config.properties!.width_mode);
  const header = resolveSchema(card.properties!.header, 'v2')!;
  assert.deepEqual(
    schemaAt(cardRootSchema, ['header', 'title'], 'v2'),
    resolveSchema(header.properties!.title, 'v2'),
  );
  assert.equal(schemaAt(cardRootSchema, ['config', 'no_such_field'], 'v2'), undefined);
  assert.equal(schemaAt(cardRootSchema, ['config', 'no_such_field', 'deeper'], 'v2'), undefined);
  // A number steps into `items`: the behaviors list holds behaviors.
  assert.deepEqual(
    schemaAt({ $ref: '#/$defs/behaviors' }, [0], 'v2'),
    resolveSchema({ $ref: '#/$defs/behavior' }, 'v2'),
  );
  assert.equal(schemaAt({ type: 'object', properties: {} }, [0], 'v2'), undefined);
});

test('schemaProperties: the properties after resolving, none for other schemas', () => {
  assert.deepEqual(
    Object.keys(schemaProperties(cardRootSchema, 'v2')),
    Object.keys(defs('v2').card.properties!),
  );
  assert.deepEqual(
    Object.keys(schemaProperties(cardRootSchema, 'v1')),
    Object.keys(defs('v1').card.properties!),
  );
  assert.deepEqual(schemaProperties({ type: 'string' }, 'v2'), {});
  assert.deepEqual(schemaProperties(undefined, 'v2'), {});
});

test('behavior fields per type: the branch lists the fields, laid over the shared field', () => {
  const shared = defs('v2').behavior.properties!;
  for (const kind of ['v1', 'v2'] as const) {
    const branches = defs(kind).behavior.allOf as {
      if: { properties: { type: { const: string } } };
      then: { properties: Record<string, SchemaLike> };
    }[];
    assert.ok(branches.length >= 2, kind);
    for (const branch of branches) {
      const type = branch.if.properties.type.const;
      assert.equal(isBehaviorType(type, kind), true, `${kind} ${type}`);
      const fields = behaviorFields(type as never, kind);
      assert.deepEqual(Object.keys(fields), Object.keys(branch.then.properties), `${kind} ${type}`);
    }
  }
  const openUrl = behaviorFields('open_url', 'v2');
  assert.equal(openUrl.default_url.required, true);
  assert.deepEqual(openUrl.default_url.description, shared.default_url.description);
  assert.deepEqual(openUrl.pc_url, shared.pc_url);
  assert.equal('value' in openUrl, false);
  assert.equal(behaviorFields('callback', 'v2').value.required, true);
  assert.deepEqual(behaviorTypeSchema('v2'), shared.type);
  assert.deepEqual(behaviorTypeSchema('v1'), defs('v1').behavior.properties!.type);
});

test('isBehaviorType: only the types a version defines', () => {
  const types = (kind: 'v1' | 'v2') => behaviorTypeSchema(kind)!.enum as string[];
  for (const kind of ['v1', 'v2'] as const)
    for (const type of types(kind)) assert.equal(isBehaviorType(type, kind), true);
  const v1Only = types('v1').filter((t) => !types('v2').includes(t));
  assert.ok(v1Only.length > 0, 'JSON 1.0 has a behavior type that 2.0 lacks');
  for (const type of v1Only) assert.equal(isBehaviorType(type, 'v2'), false, type);
  assert.equal(isBehaviorType(undefined, 'v2'), false);
  assert.equal(isBehaviorType('jump', 'v2'), false);
  assert.deepEqual(behaviorFields('jump' as never, 'v2'), {});
});

test('valueChoices: an enum or a boolean is a closed list, examples an open one', () => {
  assert.deepEqual(valueChoices({ enum: ['a', 'b'], type: 'boolean', examples: ['c'] }, 'v2'), {
    values: ['a', 'b'],
    closed: true,
  });
  assert.deepEqual(valueChoices({ type: 'boolean', examples: ['c'] }, 'v2'), {
    values: [true, false],
    closed: true,
  });
  assert.deepEqual(valueChoices({ type: ['string', 'boolean'] }, 'v2'), {
    values: [true, false],
    closed: true,
  });
  assert.deepEqual(valueChoices({ type: 'string', examples: ['https://'] }, 'v2'), {
    values: ['https://'],
    closed: false,
  });
  assert.deepEqual(valueChoices({ type: 'string' }, 'v2'), { values: [], closed: false });
  assert.deepEqual(valueChoices(undefined, 'v2'), { values: [], closed: false });
  // Through a $ref: a behavior's type offers the catalog's enum.
  assert.deepEqual(valueChoices(behaviorTypeSchema('v2'), 'v2'), {
    values: defs('v2').behavior.properties!.type.enum,
    closed: true,
  });
});
