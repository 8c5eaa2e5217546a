// Placeholder for the validators generated at build time. From source this is empty and schemaValidator.ts
// compiles the schemas itself; scripts/build.mjs replaces this module in the bundles with the standalone code
// that scripts/gen-validators.ts writes (dist/generated/cardValidators.mjs).
import type { ValidateFunction } from 'ajv';

export const precompiledValidators: Partial<Record<'v1' | 'v2', ValidateFunction>> = {};
