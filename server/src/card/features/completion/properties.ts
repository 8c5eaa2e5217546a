// Completion of property names: a component's own and common properties, the fields of a behavior, and the
// keys of the card's sections — each with a value snippet built from its schema.
import type { Node } from 'jsonc-parser';
import { docsUrl, type CatalogKind } from '../../catalog/catalog';
import {
  componentProperties,
  namesInCard,
  uniqueName,
  type CardContext,
  type ComponentContext,
} from '../cardContext';
import {
  behaviorFields,
  behaviorTypeSchema,
  isBehaviorType,
  resolveSchema,
  schemaAt,
  schemaProperties,
  STRUCTURE_DOCS,
  valueChoices,
  type SchemaLike,
} from '../../catalog/schemaReader';
import { docsLink, ft, joinList } from '../featureText';
import { localize, type Locale } from '../../i18n';
import { arrayItems, pairs, prop, stringValue } from '../../parse/json';
import { acceptedBehaviors, BEHAVIOR_DOCS, behaviorTypeTemplate, completeBehaviors } from './behaviors';
import { completeComponents } from './components';
import {
  appendTrailingComma,
  filterFor,
  FORM_ONLY_PROPERTIES,
  leadingComma,
  nextSignificant,
  ownerDocs,
  type CompletionSession,
} from './request';
import { N, placeholder, raw, render, valueTemplate, type Template } from './snippet';

export function completeKeys(session: CompletionSession, context: CardContext): void {
  const objectNode = contextObjectNode(context);
  const present = new Set(
    pairs(objectNode)
      .filter((p) => !(session.replace.start <= p.keyNode.offset && p.keyNode.offset < session.replace.end))
      .map((p) => p.key),
  );

  if (context.kind === 'component' && context.rest.length === 0) {
    const { spec, slot } = context;
    if (context.tag === undefined) {
      // An empty object in a component array: offer whole components, written as members of this object.
      completeComponents(session, slot, 'members');
    }
    // `tag` first, then the component's own properties, then the ones every component shares.
    const own = Object.entries(spec?.properties ?? {});
    const common = Object.entries(componentProperties(undefined, session.card.kind)).filter(
      ([key]) => !spec?.properties[key],
    );
    const ordered = [
      ...common.filter(([key]) => key === 'tag'),
      ...own,
      ...common.filter(([key]) => key !== 'tag'),
    ];
    ordered.forEach(([key, schema], index) => {
      if (present.has(key) || schema.legacy) return;
      if (FORM_ONLY_PROPERTIES.has(key) && !slot.form) return;
      if (key === 'behaviors' && !(spec?.behaviors.length ?? 0)) return;
      const value = propertyValueTemplate(session, context, key, schema);
      addKey(
        session,
        key,
        schema,
        value,
        index,
        ownerDocs(spec),
        key === 'tag' || isArray(schema, session.card.kind) || isSingleSlot(context, key),
      );
    });
    return;
  }
  if (context.kind === 'component') {
    const owner = componentProperties(context.tag, session.card.kind)[context.rest[0] as string];
    const schema = schemaAt(owner, context.rest.slice(1), session.card.kind);
    addSchemaKeys(session, schemaProperties(schema, session.card.kind), present, ownerDocs(context.spec));
    return;
  }
  if (context.kind === 'behavior' && context.rest.length === 0) {
    const type = stringValue(prop(context.node, 'type'));
    const accepted = acceptedBehaviors(context.component, session);
    if (type === undefined) completeBehaviors(session, context.component, 'members');
    const typeSchema = behaviorTypeSchema(session.card.kind);
    const fields = isBehaviorType(type, session.card.kind)
      ? behaviorFields(type, session.card.kind)
      : typeSchema
        ? { type: typeSchema }
        : {};
    addSchemaKeys(session, fields, present, BEHAVIOR_DOCS, (key) =>
      key === 'type' ? behaviorTypeTemplate(accepted) : undefined,
    );
    return;
  }
  if (context.kind === 'section') {
    const schema = schemaAt(context.schema, context.rest, session.card.kind);
    addSchemaKeys(session, schemaProperties(schema, session.card.kind), present, docsUrl(STRUCTURE_DOCS));
  }
}

function addSchemaKeys(
  session: CompletionSession,
  properties: Record<string, SchemaLike>,
  present: Set<string>,
  docs: string,
  valueOverride: (key: string) => Template | undefined = () => undefined,
): void {
  Object.entries(properties).forEach(([key, schema], index) => {
    if (present.has(key) || schema.legacy) return;
    const value = valueOverride(key) ?? valueTemplate(schema, key, session.locale, session.card.kind);
    addKey(session, key, schema, value, index, docs, isArray(schema, session.card.kind));
  });
}

function addKey(
  session: CompletionSession,
  key: string,
  schema: SchemaLike,
  value: Template,
  index: number,
  docs: string,
  retrigger: boolean,
): void {
  // With a colon already after the typed key, only the key is replaced; the value stays.
  const keyOnly = nextSignificant(session.text, session.replace.end) === ':';
  const insertText = keyOnly
    ? JSON.stringify(key)
    : `${JSON.stringify(key)}: ${render(value, session.formatting, 1)}`;
  const description = schema.description ? localize(schema.description, session.locale) : undefined;
  session.items.push({
    label: key,
    kind: 'property',
    detail: description,
    documentation: propertyDocumentation(schema, session.locale, docs, session.card.kind),
    insertText,
    snippet: !keyOnly,
    replace: session.replace,
    filterText: filterFor(session, JSON.stringify(key), key),
    // Required properties first, then the catalog's order (which puts the important ones first).
    sortText: `${schema.required === true ? 0 : 1}${String(index).padStart(3, '0')}`,
    additionalEdits: keyOnly ? [] : leadingComma(session),
    retrigger: retrigger && !keyOnly,
  });
  if (!keyOnly) appendTrailingComma(session, session.items[session.items.length - 1]);
}

function propertyValueTemplate(
  session: CompletionSession,
  context: ComponentContext,
  key: string,
  schema: SchemaLike,
): Template {
  if (key === 'tag') return raw(`"$${N}"`);
  if (key === 'name' && context.slot.form && context.spec?.formField) {
    return placeholder(uniqueName(context.tag ?? 'field', namesInCard(session.card)));
  }
  // Component arrays (slots, `behaviors`) are arrays by their schema; a one-component slot (1.0
  // `div.extra`) is an object the schema does not say.
  if (isSingleSlot(context, key)) return raw(`{$${N}}`);
  return valueTemplate(schema, key, session.locale, session.card.kind);
}

function isSingleSlot(context: ComponentContext, key: string): boolean {
  return (
    context.spec?.slots?.some((s) => s.single === true && s.path.length === 1 && s.path[0] === key) ?? false
  );
}

/** Inserting an array leaves the cursor in `[]`, where the editor should suggest its items right away. */
function isArray(schema: SchemaLike, kind: CatalogKind): boolean {
  return resolveSchema(schema, kind)?.type === 'array';
}

/** The object the cursor is in, when the tree has it. */
function contextObjectNode(context: CardContext): Node | undefined {
  if (context.kind !== 'component' && context.kind !== 'behavior' && context.kind !== 'section')
    return undefined;
  let node = context.node;
  for (const segment of context.rest) {
    node = typeof segment === 'number' ? arrayItems(node)[segment] : prop(node, segment);
  }
  return node;
}

function propertyDocumentation(schema: SchemaLike, locale: Locale, docs: string, kind: CatalogKind): string {
  const lines: string[] = [];
  if (schema.description) lines.push(localize(schema.description, locale));
  const { values, closed } = valueChoices(resolveSchema(schema, kind), kind);
  if (values.length > 0) {
    const list = joinList(
      values.map((v) => `\`${JSON.stringify(v)}\``),
      locale,
    );
    lines.push(ft(closed ? 'allowedValues' : 'exampleValues', locale, { list }));
  }
  lines.push(docsLink(docs, locale));
  return lines.join('\n\n');
}
