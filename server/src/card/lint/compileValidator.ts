// Compiles a card version's JSON Schema with ajv, at run time. Only code run from source uses this (tests,
// tsx, scripts/gen-validators.ts, which generates the standalone code with the same options): the bundles
// carry the validators as generated code and scripts/build.mjs replaces this module in them, so ajv's
// compiler (and the catalog → schema step) is not shipped at all.
import Ajv, { type Options, type ValidateFunction } from 'ajv';
import { catalogFor } from '../catalog/catalog';
import { schemaFromCatalog } from '../catalog/schemaFromCatalog';
import { addTagDispatch, withTagDispatch } from './tagDispatch';

/** The options both paths compile with, so the generated code behaves exactly like a runtime compile. */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  // Stryker disable next-line BooleanLiteral: strict mode only makes ajv refuse a schema that breaks its rules at
  // compile time; the catalog's schema keeps them (every compile here would throw otherwise), so the validator
  // built is the same either way. The option stays so that a future catalog change that breaks them fails loudly.
  strict: true,
  // `if`/`then` branches and slot restrictions list properties without repeating `type: object`.
  strictTypes: false,
  // Stryker disable next-line BooleanLiteral: union types are only refused under strictTypes, which is off above.
  allowUnionTypes: true,
};

/**
 * The schema a card version is validated against: the published one, with the component dispatch as one
 * `tagCases` keyword (tagDispatch.ts: the same errors, without ajv's garbage for every tag that does not match).
 */
export function validationSchema(version: 'v1' | 'v2'): Record<string, unknown> {
  return withTagDispatch(schemaFromCatalog(catalogFor(version)));
}

/** An ajv instance with our options and keywords; gen-validators.ts adds its code options. */
export function cardAjv(extra: Options = {}): Ajv {
  return addTagDispatch(new Ajv({ ...AJV_OPTIONS, ...extra }));
}

export function compileValidator(version: 'v1' | 'v2'): ValidateFunction {
  return cardAjv().compile(validationSchema(version));
}
