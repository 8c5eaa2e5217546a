// Completion of property values: tags a slot allows, a unique form-field name, behavior types, and the enum
// values or examples a schema lists.
import { componentSpec, docsUrl } from '../../catalog/catalog';
import { componentProperties, namesInCard, tagsForSlot, uniqueName, type CardContext } from '../cardContext';
import {
  behaviorFields,
  isBehaviorType,
  resolveSchema,
  schemaAt,
  STRUCTURE_DOCS,
  valueChoices,
  type SchemaLike,
} from '../../catalog/schemaReader';
import { docsLink, ft } from '../featureText';
import { localize } from '../../i18n';
import { prop, stringValue } from '../../parse/json';
import { acceptedBehaviors, BEHAVIOR_DOCS, behaviorDetail } from './behaviors';
import { filterFor, FORM_ONLY_PROPERTIES, ownerDocs, type CompletionSession } from './request';

export function completeValues(session: CompletionSession, context: CardContext): void {
  if (context.kind === 'component' && context.rest.length === 1 && context.rest[0] === 'tag') {
    for (const [index, tag] of tagsForSlot(context.slot).entries()) {
      const spec = componentSpec(tag, session.card.kind)!;
      addValue(session, tag, localize(spec.description, session.locale), index, docsUrl(spec.docs));
    }
    return;
  }
  // (A component's own object, rest [], gets its values from the slot it stands in, never here.)
  if (context.kind === 'component') {
    const key = context.rest[0] as string;
    if (context.rest.length === 1 && key === 'name' && context.slot.form && context.spec?.formField) {
      const names = namesInCard(session.card);
      const current = stringValue(prop(context.node, 'name'));
      // Stryker disable next-line ConditionalExpression: deleting an absent name (undefined) from the set changes nothing
      if (current !== undefined) names.delete(current);
      // The tag is there: the catalog found its spec.
      addValue(session, uniqueName(context.tag!, names), undefined, 0, ownerDocs(context.spec));
      return;
    }
    if (FORM_ONLY_PROPERTIES.has(key) && !context.slot.form) return;
    const schema = schemaAt(
      componentProperties(context.tag, session.card.kind)[key],
      context.rest.slice(1),
      session.card.kind,
    );
    addChoices(session, schema, ownerDocs(context.spec));
    return;
  }
  if (context.kind === 'behavior' && context.rest.length === 1) {
    const key = context.rest[0];
    if (key === 'type') {
      acceptedBehaviors(context.component, session).forEach((type, index) =>
        addValue(session, type, behaviorDetail(type, session.locale), index, BEHAVIOR_DOCS),
      );
      return;
    }
    const type = stringValue(prop(context.node, 'type'));
    // Stryker disable next-line ConditionalExpression,LogicalOperator: both narrow types only; an unknown type has no fields (behaviorFields gives {}), and a behavior's key is a string
    if (isBehaviorType(type, session.card.kind) && typeof key === 'string') {
      addChoices(session, behaviorFields(type, session.card.kind)[key], BEHAVIOR_DOCS);
    }
    return;
  }
  // Stryker disable next-line ConditionalExpression: what else gets here (a behavior's nested field) has no schema, and no schema has no choices
  if (context.kind === 'section') {
    addChoices(session, schemaAt(context.schema, context.rest, session.card.kind), docsUrl(STRUCTURE_DOCS));
  }
}

function addChoices(session: CompletionSession, schema: SchemaLike | undefined, docs: string): void {
  const resolved = resolveSchema(schema, session.card.kind);
  const { values } = valueChoices(resolved, session.card.kind);
  // A schema without a default has none of its values marked: they are JSON values, never undefined.
  const fallback = resolved?.default;
  values.forEach((value, index) => {
    addValue(
      session,
      value,
      value === fallback ? ft('defaultValue', session.locale) : undefined,
      index,
      docs,
    );
  });
}

function addValue(
  session: CompletionSession,
  value: unknown,
  detail: string | undefined,
  index: number,
  docs: string,
): void {
  const literal = JSON.stringify(value);
  session.items.push({
    label: typeof value === 'string' ? value : literal,
    kind: 'value',
    detail,
    documentation: docsLink(docs, session.locale),
    insertText: literal,
    snippet: false,
    replace: session.replace,
    filterText: filterFor(session, literal, typeof value === 'string' ? value : literal),
    sortText: String(index).padStart(4, '0'),
    additionalEdits: [],
    retrigger: false,
  });
}
