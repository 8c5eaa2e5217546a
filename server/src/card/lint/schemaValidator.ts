// The compiled JSON Schema validator of each card version. Bundles built by scripts/build.mjs carry it as
// standalone code generated at build time (scripts/gen-validators.ts), so neither the server nor the CLI pays
// ajv's compile (about a third of a second) at start; run from source (tests, tsx) it is compiled on first use.
import Ajv, { type Options, type ValidateFunction } from 'ajv';
import { catalogFor } from '../catalog/catalog';
import { schemaFromCatalog } from '../catalog/schemaFromCatalog';
import { precompiledValidators } from './precompiledValidators';

export type SchemaVersion = 'v1' | 'v2';

/** The options both paths compile with, so the generated code behaves exactly like a runtime compile. */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  strict: true,
  // `if`/`then` branches and slot restrictions list properties without repeating `type: object`.
  strictTypes: false,
  allowUnionTypes: true,
};

const compiled = new Map<SchemaVersion, ValidateFunction>();

/** The validator of one card version: precompiled when the bundle has it, else compiled once. */
export function schemaValidator(version: SchemaVersion): ValidateFunction {
  let validate = compiled.get(version);
  if (!validate) {
    validate =
      precompiledValidators[version] ?? new Ajv(AJV_OPTIONS).compile(schemaFromCatalog(catalogFor(version)));
    compiled.set(version, validate);
  }
  return validate;
}
