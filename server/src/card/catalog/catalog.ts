// Typed access to the component catalogs — schemas/components.json (JSON 2.0) and its sibling
// schemas/components-1.0.json (JSON 1.0), the one source of truth for every card component. Completions,
// hover, rules, schema generation and the preview all read the catalogs through here.
import catalogData from '../../../../schemas/components.json';
import catalogV1Data from '../../../../schemas/components-1.0.json';

/** Text in both languages the product ships (English and Simplified Chinese). */
export interface LocalizedText {
  en: string;
  zh: string;
}

export type Category = 'container' | 'display' | 'interactive';
export type BehaviorType = 'open_url' | 'callback';

/**
 * A property of a component. Apart from `description` and `required`, every key is a JSON Schema keyword
 * that the schema generator copies as it is (type, enum, default, pattern, items, properties, $ref ...).
 */
export interface PropertySpec {
  description: LocalizedText;
  required?: boolean;
  type?: string | string[];
  enum?: unknown[];
  default?: unknown;
  examples?: unknown[];
  /** Accepted by the platform for compatibility but ignored in JSON 2.0 (e.g. button `value`). */
  legacy?: boolean;
  [schemaKeyword: string]: unknown;
}

/** Where a container keeps its children, e.g. `elements`, `columns`, or `button_area.buttons`. */
export interface SlotSpec {
  /** Property path from the component object to the child array. */
  path: string[];
  /** If set, only these tags may stand in the slot (e.g. `column` in `columns`). */
  allow?: string[];
  /** The slot holds one component object instead of an array (1.0 `div.extra`). */
  single?: boolean;
}

export interface ComponentSpec {
  category: Category;
  description: LocalizedText;
  /** Path of the platform page below the docs base URL. */
  docs: string;
  /** Behavior types this component accepts in `behaviors`; empty when it takes no `behaviors`. */
  behaviors: BehaviorType[];
  /** Sends a `card.action.trigger` callback when used, even without `behaviors`. */
  callsBackByDefault: boolean;
  /** Fields of a form: need a unique `name` inside a form and submit a value. */
  formField?: boolean;
  /** Usable only inside a form (multi selects). */
  formOnly?: boolean;
  /** Only allowed directly in `body.elements` (form, table). */
  rootOnly?: boolean;
  /** Tags that may not appear anywhere inside this container. */
  forbiddenDescendants?: string[];
  /** Child arrays; absent for leaf components. */
  slots?: SlotSpec[];
  /**
   * The action-field names the callback fills for this component (see the reference notes §6). For `form`:
   * the fields a submit adds to the submit button's own (`name`, `form_value`, `timezone`).
   */
  callbackFields?: string[];
  /** JSON 1.0: directly in the root `elements` it must stand in an `action` module's `actions`. */
  actionAtRoot?: boolean;
  /** Counts towards the 5-level container nesting limit. */
  countsForNesting?: boolean;
  /** Notes on uncertain facts (copied into the generated schema). */
  $comment?: string;
  properties: Record<string, PropertySpec>;
}

export interface Catalog {
  /** Card JSON version the catalog describes; absent means 2.0. */
  version?: '1.0' | '2.0';
  docsBase: string;
  /** Properties every component accepts (tag, element_id, margin). */
  commonProperties: Record<string, PropertySpec>;
  /** Reusable JSON Schema definitions, referenced as `#/$defs/<name>`. */
  definitions: Record<string, unknown>;
  components: Record<string, ComponentSpec>;
  /** Tags of JSON 1.0 that no longer exist in 2.0, with a hint to the replacement. */
  removedInV2?: Record<string, LocalizedText>;
  /** Names people often write for tags that do not exist, mapped to the real tag. */
  aliases: Record<string, string>;
}

/** The JSON 2.0 catalog. */
export const catalog: Catalog = catalogData as unknown as Catalog;
/** The JSON 1.0 catalog. */
export const catalogV1: Catalog = catalogV1Data as unknown as Catalog;

/** Which card JSON version a lookup is about; anything but 'v1' means 2.0. */
export type CatalogKind = 'v1' | 'v2' | 'not-card';

/** The catalog a lookup reads: every lookup names the card version it is about, nothing is switched globally. */
export function catalogFor(kind: CatalogKind): Catalog {
  return kind === 'v1' ? catalogV1 : catalog;
}

/** Removed 1.0 tags with their 2.0 replacement hint (2.0 catalog only). */
export function removedInV2(): Record<string, LocalizedText> {
  return catalog.removedInV2 ?? {};
}

export function componentSpec(tag: string | undefined, kind: CatalogKind): ComponentSpec | undefined {
  const components = catalogFor(kind).components;
  // Callers pass what a card says its tag is: a tag that is no string (`"tag": {}`, a prototype-less parser
  // object) is no component, and must not reach hasOwnProperty, which would turn it into a key and throw.
  if (typeof tag !== 'string') return undefined;
  return Object.prototype.hasOwnProperty.call(components, tag) ? components[tag] : undefined;
}

export function allTags(kind: CatalogKind): string[] {
  return Object.keys(catalogFor(kind).components);
}

/** All properties a component of this tag accepts, common ones included. */
export function propertiesOf(tag: string, kind: CatalogKind): Record<string, PropertySpec> {
  const { commonProperties } = catalogFor(kind);
  const spec = componentSpec(tag, kind);
  return spec ? { ...commonProperties, ...spec.properties } : { ...commonProperties };
}

export function docsUrl(path: string): string {
  return path.startsWith('http') ? path : catalog.docsBase + path;
}
