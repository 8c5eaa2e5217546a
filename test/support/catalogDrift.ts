// The drift tests both component catalogs (2.0 and 1.0) share: the generated schema and its catalog agree
// both ways and the checked-in schema file is current. One copy, so a check added for one catalog holds for
// the other too; each catalog's own facts stay in its test file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv';
import type { Catalog, PropertySpec } from '../../server/src/card/catalog/catalog';
import { componentDefName } from '../../server/src/card/catalog/schemaFromCatalog';
import { schemaText } from '../../scripts/gen-schema';

export type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface DriftCase {
  /** `2.0` or `1.0`, in the test names. */
  version: string;
  catalog: Catalog;
  /**
   * `schemaFromCatalog(catalog)`, built by the test file itself: a file that imports the generator directly is
   * the one a mutation run of it picks (scripts/mutate/tests-for.mjs).
   */
  schema: Schema;
  /** The checked-in generated schema. */
  schemaFile: string;
  /** Exactly the tags the catalog must have. */
  expectedTags: string[];
}

/** Registers the drift tests of one catalog. */
export function catalogDriftTests({ version, catalog, schema, schemaFile, expectedTags }: DriftCase): void {
  const defs = schema.$defs as Record<string, Schema>;

  test(`the checked-in ${version} schema equals the generator output (run \`npm run gen:schema\`)`, () => {
    assert.equal(readFileSync(schemaFile, 'utf8'), schemaText(catalog));
  });

  test(`the ${version} schema compiles in ajv (draft-07)`, () => {
    const ajv = new Ajv({ strict: true, strictTypes: false, allowUnionTypes: true });
    assert.doesNotThrow(() => ajv.compile(schema));
  });

  test(`the ${version} catalog has exactly its components: a definition and a dispatch branch each, nothing else`, () => {
    assert.deepEqual(Object.keys(catalog.components).sort(), [...expectedTags].sort());
    const dispatched = (defs.element.allOf as Schema[])
      .map((branch) => branch.if?.properties?.tag?.const)
      .filter((tag): tag is string => typeof tag === 'string');
    assert.deepEqual(dispatched.sort(), [...expectedTags].sort());
    const componentDefs = Object.keys(defs).filter((name) => name.startsWith('component_'));
    assert.deepEqual(componentDefs.sort(), expectedTags.map(componentDefName).sort());
    for (const name of Object.keys(defs)) {
      assert.ok(
        name === 'element' || name.startsWith('component_') || name in catalog.definitions,
        `schema definition ${name} has no catalog source`,
      );
    }
  });

  test(`${version} component properties, enums and required lists agree both ways`, () => {
    for (const [tag, spec] of Object.entries(catalog.components)) {
      const def = defs[componentDefName(tag)];
      assert.equal(def.additionalProperties, false, `${tag} is closed (unknown properties are found)`);
      const expected = { ...catalog.commonProperties, ...spec.properties };
      assert.deepEqual(Object.keys(def.properties).sort(), Object.keys(expected).sort(), `${tag} properties`);
      assert.equal(def.properties.tag.const, tag);
      const single = new Set((spec.slots ?? []).filter((s) => s.single).map((s) => s.path.join('.')));
      for (const [name, prop] of Object.entries(spec.properties)) {
        const generated = def.properties[name] as Schema;
        if (prop.enum) assert.deepEqual(generated.enum, prop.enum, `${tag}.${name} enum`);
        else assert.equal(generated.enum, undefined, `${tag}.${name} has no enum in the catalog`);
        if (prop.type) assert.deepEqual(generated.type, prop.type, `${tag}.${name} type`);
        if (single.has(name)) assert.ok(Array.isArray(generated.allOf), `${tag}.${name} restricted slot`);
        else if (prop.$ref) assert.equal(generated.$ref, prop.$ref, `${tag}.${name} $ref`);
        if (prop.legacy) assert.equal(generated.deprecated, true, `${tag}.${name} is legacy`);
      }
      const required = Object.entries(expected)
        .filter(([, p]) => p.required === true)
        .map(([n]) => n);
      assert.deepEqual([...(def.required ?? [])].sort(), required.sort(), `${tag} required`);
    }
  });

  test(`every ${version} slot path names a property of its component`, () => {
    for (const [tag, spec] of Object.entries(catalog.components)) {
      for (const slot of spec.slots ?? []) {
        let properties: Record<string, PropertySpec> | undefined = spec.properties;
        let found: PropertySpec | undefined;
        for (const segment of slot.path) {
          found = properties?.[segment];
          properties = found?.properties as Record<string, PropertySpec> | undefined;
        }
        assert.ok(found, `${tag} slot ${slot.path.join('.')}`);
      }
    }
  });

  test(`every $ref in the ${version} schema resolves`, () => {
    const refs: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref' && typeof value === 'string') refs.push(value);
          else walk(value);
        }
      }
    };
    walk(schema);
    for (const ref of refs) {
      const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
      assert.ok(name && name in defs, `unresolved ${ref}`);
    }
  });

  test(`every ${version} property, nested ones included, is described in English and Chinese`, () => {
    const check = (where: string, props: Record<string, PropertySpec> | undefined) => {
      for (const [name, prop] of Object.entries(props ?? {})) {
        assert.ok(prop.description?.en && prop.description?.zh, `${where}.${name} needs en and zh`);
        check(`${where}.${name}`, prop.properties as Record<string, PropertySpec> | undefined);
        const items = prop.items as PropertySpec | undefined;
        check(`${where}.${name}[]`, items?.properties as Record<string, PropertySpec> | undefined);
      }
    };
    check('common', catalog.commonProperties);
    for (const [tag, spec] of Object.entries(catalog.components)) check(tag, spec.properties);
    for (const [name, def] of Object.entries(catalog.definitions)) {
      check(`$defs.${name}`, (def as PropertySpec).properties as Record<string, PropertySpec> | undefined);
    }
  });
}
