// Typed access to schemas/components.json — the one source of truth for every card component.
// Completions, hover, rules, schema generation and the preview all read the catalog through here.
import catalogData from '../../../../schemas/components.json';

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
  /** Counts towards the 5-level container nesting limit. */
  countsForNesting?: boolean;
  /** Notes on uncertain facts (copied into the generated schema). */
  $comment?: string;
  properties: Record<string, PropertySpec>;
}

export interface Catalog {
  docsBase: string;
  /** Properties every component accepts (tag, element_id, margin). */
  commonProperties: Record<string, PropertySpec>;
  /** Reusable JSON Schema definitions, referenced as `#/$defs/<name>`. */
  definitions: Record<string, unknown>;
  components: Record<string, ComponentSpec>;
  /** Tags of JSON 1.0 that no longer exist in 2.0, with a hint to the replacement. */
  removedInV2: Record<string, LocalizedText>;
  /** Names people often write for tags that do not exist, mapped to the real tag. */
  aliases: Record<string, string>;
}

export const catalog: Catalog = catalogData as unknown as Catalog;

export function componentSpec(tag: string | undefined): ComponentSpec | undefined {
  if (tag === undefined || !Object.prototype.hasOwnProperty.call(catalog.components, tag)) return undefined;
  return catalog.components[tag];
}

export function allTags(): string[] {
  return Object.keys(catalog.components);
}

/** All properties a component of this tag accepts, common ones included. */
export function propertiesOf(tag: string): Record<string, PropertySpec> {
  const spec = componentSpec(tag);
  return spec ? { ...catalog.commonProperties, ...spec.properties } : { ...catalog.commonProperties };
}

export function docsUrl(path: string): string {
  return path.startsWith('http') ? path : catalog.docsBase + path;
}
