// The compiled JSON Schema validator of each card version. Bundles built by scripts/build.mjs carry it as
// standalone code generated at build time (scripts/gen-validators.ts), so neither the server nor the CLI pays
// ajv's compile (about a third of a second) at start, nor ships ajv's compiler; run from source (tests, tsx)
// it is compiled on first use (compileValidator.ts).
import type { ValidateFunction } from 'ajv';
import { compileValidator } from './compileValidator';
import { precompiledValidators } from './precompiledValidators';

export type SchemaVersion = 'v1' | 'v2';

const compiled = new Map<SchemaVersion, ValidateFunction>();

/** The validator of one card version: precompiled when the bundle has it, else compiled once. */
export function schemaValidator(version: SchemaVersion): ValidateFunction {
  let validate = compiled.get(version);
  if (!validate) {
    validate = precompiledValidators[version] ?? compileValidator(version);
    compiled.set(version, validate);
  }
  return validate;
}
