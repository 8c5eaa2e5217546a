// Components the catalog does not have, put in it for one test and taken out again whatever happens: for
// tests of what the features do with a catalog fact no real component has (yet).
import { catalogFor, type CatalogKind, type ComponentSpec } from '../../server/src/card/catalog/catalog';

/**
 * Runs `body` with each of `specs` in the `kind` catalog under its tag (a display component with no
 * properties unless the spec says otherwise). A tag the catalog already has is left as it is.
 */
export function withComponents<T>(
  specs: Record<string, Partial<ComponentSpec>>,
  body: () => T,
  kind: CatalogKind = 'v2',
): T {
  const components = catalogFor(kind).components;
  const added = Object.keys(specs).filter((tag) => !Object.hasOwn(components, tag));
  for (const tag of added)
    components[tag] = {
      category: 'display',
      description: { en: tag, zh: tag },
      docs: tag,
      behaviors: [],
      callsBackByDefault: false,
      properties: {},
      ...specs[tag],
    };
  try {
    return body();
  } finally {
    for (const tag of added) delete components[tag];
  }
}
