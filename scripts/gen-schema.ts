// Writes schemas/card-2.0.schema.json and card-1.0.schema.json from the component catalogs
// (`npm run gen:schema`). The files are checked in for other tools; test/unit/catalog.test.ts fails when
// either is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog, catalogV1, type Catalog } from '../server/src/card/catalog/catalog';
import { schemaFromCatalog } from '../server/src/card/catalog/schemaFromCatalog';

export const SCHEMA_FILE = fileURLToPath(new URL('../schemas/card-2.0.schema.json', import.meta.url));

export const SCHEMA_FILE_V1 = fileURLToPath(new URL('../schemas/card-1.0.schema.json', import.meta.url));

export function schemaText(source: Catalog = catalog): string {
  return JSON.stringify(schemaFromCatalog(source), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaText(catalog));
  writeFileSync(SCHEMA_FILE_V1, schemaText(catalogV1));
  console.log(`wrote ${SCHEMA_FILE} and ${SCHEMA_FILE_V1}`);
}
