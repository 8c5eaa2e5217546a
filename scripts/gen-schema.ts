// Writes schemas/card-2.0.schema.json from the component catalog (`npm run gen:schema`).
// The file is checked in for other tools; test/unit/catalog.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog } from '../server/src/card/catalog/catalog';
import { schemaFromCatalog } from '../server/src/card/catalog/schemaFromCatalog';

export const SCHEMA_FILE = fileURLToPath(new URL('../schemas/card-2.0.schema.json', import.meta.url));

export function schemaText(): string {
  return JSON.stringify(schemaFromCatalog(catalog), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
