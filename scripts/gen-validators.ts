// Writes dist/generated/cardValidators.mjs: ajv's standalone code for the schema of each card version,
// compiled with the same options, keywords and schema as a runtime compile (compileValidator.ts). scripts/build.mjs bundles it in place of
// server/src/card/lint/precompiledValidators.ts, so the shipped server and CLI never compile a schema.
import standaloneCode from 'ajv/dist/standalone';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cardAjv, validationSchema } from '../server/src/card/lint/compileValidator';

export const GENERATED_VALIDATORS = fileURLToPath(
  new URL('../dist/generated/cardValidators.mjs', import.meta.url),
);

export function validatorsSource(): string {
  const ajv = cardAjv({ code: { source: true, esm: true } });
  const ids: Record<string, string> = {};
  for (const version of ['v2', 'v1'] as const) {
    const schema = validationSchema(version);
    ajv.addSchema(schema);
    ids[version] = schema.$id as string;
  }
  const code = standaloneCode(ajv, ids);
  return `${code}\nexport const precompiledValidators = { v2, v1 };\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(new URL('../dist/generated/', import.meta.url), { recursive: true });
  writeFileSync(GENERATED_VALIDATORS, validatorsSource());
  console.log(`wrote ${GENERATED_VALIDATORS}`);
}
