// Completion for card JSON: offsets in, plain items out (no LSP types). Everything offered comes from the
// component catalog, so a component added there is completed everywhere without touching this file.
// Works on text that does not parse yet: the place is read with jsonc-parser's scanner (`getLocation`),
// the facts around it (tag, existing keys, enclosing form) from the cached tree.
import { getLocation, type Node } from 'jsonc-parser';
import { componentSpec, docsUrl, type BehaviorType, type ComponentSpec } from './catalog';
import {
  allowedInSlot,
  componentProperties,
  contextAt,
  namesInCard,
  slotBoundTags,
  tagsForSlot,
  uniqueName,
  type CardContext,
  type ComponentContext,
  type SlotContext,
} from './cardContext';
import {
  behaviorProperties,
  cardRootProperties,
  resolveSchema,
  schemaAt,
  schemaProperties,
  STRUCTURE_DOCS,
  valueChoices,
  type SchemaLike,
} from './cardSchema';
import { detectFormatting } from './edits';
import { ft, joinList } from './featureText';
import { localize, type Locale } from './i18n';
import { arrayItems, nodeAt, pairs, prop, stringValue } from './json';
import type { CardDocument, TextEdit } from './model';
import type { Sender } from './rules/types';

export type CardCompletionKind = 'component' | 'property' | 'value' | 'behavior';

export interface CardCompletion {
  label: string;
  kind: CardCompletionKind;
  /** One line shown next to the label. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Snippet syntax when `snippet` is true, plain text otherwise. */
  insertText: string;
  snippet: boolean;
  /** File offsets of the text the item replaces (the partly typed word or string, quotes included). */
  replace: { start: number; end: number };
  /** What the editor matches the typed text against (the typed text may start with a quote). */
  filterText: string;
  sortText: string;
  /** Commas the insertion needs before it, so the result stays valid JSON. */
  additionalEdits: TextEdit[];
  /** Ask the editor to suggest again after inserting (an empty `tag`, `behaviors` or component array). */
  retrigger: boolean;
}

export interface CompleteOptions {
  locale: Locale;
  /** Cards sent by a custom (webhook) bot cannot call back, so `callback` is not offered there. */
  sender?: Sender;
}

/** Properties that only mean something on a field inside a form; offering them elsewhere invites a warning. */
const FORM_ONLY_PROPERTIES = new Set(['form_action_type', 'required']);

export function complete(card: CardDocument, offset: number, options: CompleteOptions): CardCompletion[] {
  // A card that is itself a JSON string would need every inserted character escaped: not offered there.
  if (card.kind === 'not-card' || card.wrapper === 'content-string' || card.skipped) return [];
  const text = card.text;
  const location = getLocation(text, offset);
  const prefix = card.cardPath;
  if (prefix.some((segment, i) => location.path[i] !== segment)) return [];
  const path = location.path.slice(prefix.length);
  if (path.length === 0) return [];

  const replace = replaceRange(text, offset, location.previousNode);
  const session: Session = {
    card,
    text,
    locale: options.locale,
    sender: options.sender ?? 'app',
    replace,
    typed: text.slice(replace.start, replace.end),
    formatting: indentation(text, replace.start),
    items: [],
  };

  const last = path[path.length - 1];
  // The scanner can leave `isAtPropertyKey` set after `},` inside an array; an index means an array item.
  const atKey = typeof last === 'string' && (location.isAtPropertyKey || afterValue(card, path, offset));
  if (atKey) {
    const objectPath = path.slice(0, -1);
    const context = contextAt(card, objectPath, { object: true });
    if (context) completeKeys(session, context);
  } else if (typeof last === 'number') {
    const context = contextAt(card, path);
    if (context?.kind === 'slot') completeComponents(session, context.slot, 'object');
    if (context?.kind === 'behavior-slot') completeBehaviors(session, context.component, 'object');
  } else {
    const context = contextAt(card, path);
    if (context) completeValues(session, context);
  }
  return session.items;
}

interface Session {
  card: CardDocument;
  text: string;
  locale: Locale;
  sender: Sender;
  replace: { start: number; end: number };
  typed: string;
  formatting: { unit: string; base: string };
  items: CardCompletion[];
}

// ---------------------------------------------------------------------------------------------------------
// Property names

/**
 * `{"tag": "button" |}`: the scanner still reports the value of `tag`, but the cursor is past it, where
 * the next property name goes.
 */
function afterValue(card: CardDocument, path: (string | number)[], offset: number): boolean {
  const value = nodeAt(card.cardNode, path);
  return value !== undefined && value.length > 0 && offset > value.offset + value.length;
}

function completeKeys(session: Session, context: CardContext): void {
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
    // The component's own properties come before the ones every component shares.
    const own = Object.entries(spec?.properties ?? {});
    const common = Object.entries(componentProperties(undefined)).filter(([key]) => !spec?.properties[key]);
    const ordered = key0(common, 'tag').concat(
      own,
      common.filter(([key]) => key !== 'tag'),
    );
    ordered.forEach(([key, schema], index) => {
      if (present.has(key) || schema.legacy) return;
      if (FORM_ONLY_PROPERTIES.has(key) && !slot.form) return;
      if (key === 'behaviors' && !(spec?.behaviors.length ?? 0)) return;
      const value = propertyValueTemplate(session, context, key, schema);
      addKey(session, key, schema, value, index, ownerDocs(spec), key === 'tag' || isArrayRetrigger(schema));
    });
    return;
  }
  if (context.kind === 'component') {
    const owner = componentProperties(context.tag)[context.rest[0] as string];
    const schema = schemaAt(owner, context.rest.slice(1));
    addSchemaKeys(session, schemaProperties(schema), present, ownerDocs(context.spec));
    return;
  }
  if (context.kind === 'behavior' && context.rest.length === 0) {
    const type = stringValue(prop(context.node, 'type'));
    const accepted = acceptedBehaviors(context.component, session);
    if (type === undefined) completeBehaviors(session, context.component, 'members');
    const fields = isBehaviorType(type)
      ? behaviorProperties[type]
      : { type: behaviorProperties.callback.type };
    addSchemaKeys(session, fields, present, docsUrl(behaviorDocs()), (key) =>
      key === 'type' ? behaviorTypeTemplate(accepted) : undefined,
    );
    return;
  }
  if (context.kind === 'section') {
    const schema = schemaAt({ type: 'object', properties: cardRootProperties }, context.rest);
    addSchemaKeys(session, schemaProperties(schema), present, docsUrl(STRUCTURE_DOCS));
  }
}

function key0<T>(entries: [string, T][], key: string): [string, T][] {
  return entries.filter(([k]) => k === key);
}

function addSchemaKeys(
  session: Session,
  properties: Record<string, SchemaLike>,
  present: Set<string>,
  docs: string,
  valueOverride: (key: string) => Template | undefined = () => undefined,
): void {
  Object.entries(properties).forEach(([key, schema], index) => {
    if (present.has(key) || schema.legacy) return;
    const value = valueOverride(key) ?? valueTemplate(schema, key, session.locale);
    addKey(session, key, schema, value, index, docs, isArrayRetrigger(schema));
  });
}

function addKey(
  session: Session,
  key: string,
  schema: SchemaLike,
  value: Template,
  index: number,
  docs: string,
  retrigger: boolean,
): void {
  // With a colon already after the typed key, only the key is replaced; the value stays.
  const keyOnly = nextSignificant(session.text, session.replace.end) === ':';
  const tabs = { next: 1 };
  const insertText = keyOnly
    ? JSON.stringify(key)
    : `${JSON.stringify(key)}: ${render(value, tabs, session.formatting, 1)}`;
  const description = schema.description ? localize(schema.description, session.locale) : undefined;
  session.items.push({
    label: key,
    kind: 'property',
    detail: description,
    documentation: propertyDocumentation(schema, session.locale, docs),
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
  session: Session,
  context: ComponentContext,
  key: string,
  schema: SchemaLike,
): Template {
  if (key === 'tag') return raw(`"$${N}"`);
  if (key === 'name' && context.slot.form && context.spec?.formField) {
    return placeholder(uniqueName(context.tag ?? 'field', namesInCard(session.card)));
  }
  const slot = context.spec?.slots?.find((s) => s.path.length === 1 && s.path[0] === key);
  if (slot || key === 'behaviors') return raw(`[$${N}]`);
  return valueTemplate(schema, key, session.locale);
}

function isArrayRetrigger(schema: SchemaLike): boolean {
  const resolved = resolveSchema(schema);
  return resolved?.type === 'array';
}

// ---------------------------------------------------------------------------------------------------------
// Values

function completeValues(session: Session, context: CardContext): void {
  if (context.kind === 'component' && context.rest.length === 1 && context.rest[0] === 'tag') {
    for (const [index, tag] of tagsForSlot(context.slot).entries()) {
      const spec = componentSpec(tag)!;
      addValue(session, tag, localize(spec.description, session.locale), index, docsUrl(spec.docs));
    }
    return;
  }
  if (context.kind === 'component' && context.rest.length >= 1) {
    const key = context.rest[0] as string;
    if (context.rest.length === 1 && key === 'name' && context.slot.form && context.spec?.formField) {
      const names = namesInCard(session.card);
      const current = stringValue(prop(context.node, 'name'));
      if (current !== undefined) names.delete(current);
      addValue(session, uniqueName(context.tag ?? 'field', names), undefined, 0, ownerDocs(context.spec));
      return;
    }
    if (FORM_ONLY_PROPERTIES.has(key) && !context.slot.form) return;
    const schema = schemaAt(componentProperties(context.tag)[key], context.rest.slice(1));
    addChoices(session, schema, ownerDocs(context.spec));
    return;
  }
  if (context.kind === 'behavior' && context.rest.length === 1) {
    const key = context.rest[0];
    const accepted = acceptedBehaviors(context.component, session);
    if (key === 'type') {
      accepted.forEach((type, index) =>
        addValue(session, type, behaviorDetail(type, session.locale), index, docsUrl(behaviorDocs())),
      );
      return;
    }
    const type = stringValue(prop(context.node, 'type'));
    if (isBehaviorType(type) && typeof key === 'string') {
      addChoices(session, behaviorProperties[type][key], docsUrl(behaviorDocs()));
    }
    return;
  }
  if (context.kind === 'section') {
    const schema = schemaAt({ type: 'object', properties: cardRootProperties }, context.rest);
    addChoices(session, schema, docsUrl(STRUCTURE_DOCS));
  }
}

function addChoices(session: Session, schema: SchemaLike | undefined, docs: string): void {
  const resolved = resolveSchema(schema);
  const { values } = valueChoices(resolved);
  values.forEach((value, index) => {
    const isDefault = resolved?.default !== undefined && resolved.default === value;
    addValue(session, value, isDefault ? ft('defaultValue', session.locale) : undefined, index, docs);
  });
}

function addValue(
  session: Session,
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
    documentation: `[${ft('docsLink', session.locale)}](${docs})`,
    insertText: literal,
    snippet: false,
    replace: session.replace,
    filterText: filterFor(session, literal, typeof value === 'string' ? value : literal),
    sortText: String(index).padStart(4, '0'),
    additionalEdits: [],
    retrigger: false,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Components in an array

function completeComponents(session: Session, slot: SlotContext, shape: 'object' | 'members'): void {
  const bound = slotBoundTags();
  const names = namesInCard(session.card);
  let index = 0;
  for (const tag of tagsForSlot(slot)) {
    const spec = componentSpec(tag)!;
    const variants: { label: string; formAction?: string }[] = [{ label: tag }];
    // In a form, a component with `form_action_type` (the button) also comes ready to submit / reset.
    const formAction = resolveSchema(spec.properties.form_action_type);
    if (slot.form && Array.isArray(formAction?.enum)) {
      for (const value of formAction.enum) {
        if (typeof value === 'string') variants.push({ label: `${tag} (${value})`, formAction: value });
      }
    }
    for (const variant of variants) {
      const tabs = { next: 1 };
      const template = componentTemplate(
        tag,
        spec,
        slot,
        names,
        variant.formAction,
        session.locale,
        bound,
        0,
      );
      const insertText =
        shape === 'object'
          ? render(template, tabs, session.formatting, 0)
          : renderMembers(template, tabs, session.formatting);
      const item: CardCompletion = {
        label: variant.label,
        kind: 'component',
        detail: variant.formAction
          ? ft('snippetFormAction', session.locale, { tag, value: variant.formAction })
          : localize(spec.description, session.locale),
        documentation: componentDocumentation(tag, spec, session.locale),
        insertText,
        snippet: true,
        replace: session.replace,
        filterText: filterFor(session, JSON.stringify(tag), tag),
        sortText: `${String(index).padStart(3, '0')}${variant.formAction ? 1 : 0}`,
        additionalEdits: leadingComma(session),
        retrigger: false,
      };
      appendTrailingComma(session, item);
      session.items.push(item);
    }
    index++;
  }
}

function componentTemplate(
  tag: string,
  spec: ComponentSpec,
  slot: SlotContext,
  names: Set<string>,
  formAction: string | undefined,
  locale: Locale,
  bound: Set<string>,
  depth: number,
): Template {
  const entries: [string, Template][] = [['tag', raw(JSON.stringify(tag))]];
  const properties = componentProperties(tag);
  // Form fields need a name unique in the card; so does a form itself (its `name` is required).
  if ((slot.form && spec.formField && properties.name) || properties.name?.required === true) {
    const name = uniqueName(formAction ?? tag, names);
    entries.push(['name', placeholder(name)]);
  }
  if (formAction) entries.push(['form_action_type', raw(JSON.stringify(formAction))]);

  const slotKeys = new Set((spec.slots ?? []).map((s) => s.path[0]));
  const skip = new Set(['tag', 'name', 'form_action_type', 'behaviors', ...slotKeys]);
  let hasText = false;
  for (const [key, schema] of Object.entries(properties)) {
    if (skip.has(key) || schema.required !== true || schema.legacy) continue;
    entries.push([key, valueTemplate(schema, key, locale)]);
    hasText ||= isTextLike(key, schema);
  }
  // The visible text is what an author fills in first, even where the platform does not require it.
  if (!hasText) {
    const text = Object.entries(spec.properties).find(
      ([key, schema]) => !skip.has(key) && !schema.legacy && isTextLike(key, schema),
    );
    if (text) entries.push([text[0], valueTemplate(text[1], text[0], locale)]);
  }
  for (const slotSpec of spec.slots ?? []) {
    if (slotSpec.path.length !== 1) continue;
    const only = slotSpec.allow?.length === 1 ? slotSpec.allow[0] : undefined;
    const childSpec = componentSpec(only);
    if (only && childSpec && depth < 2) {
      const childSlot: SlotContext = {
        ...slot,
        atRoot: false,
        ancestors: [...slot.ancestors, tag],
        owner: tag,
        slotName: slotSpec.path[0],
        allow: slotSpec.allow,
      };
      if (allowedInSlot(only, childSlot, bound)) {
        const child = componentTemplate(
          only,
          childSpec,
          childSlot,
          names,
          undefined,
          locale,
          bound,
          depth + 1,
        );
        entries.push([slotSpec.path[0], { kind: 'array', items: [child] }]);
        continue;
      }
    }
    entries.push([slotSpec.path[0], raw(`[$${N}]`)]);
  }
  return { kind: 'object', entries, inline: false };
}

function isTextLike(key: string, schema: SchemaLike): boolean {
  const resolved = resolveSchema(schema);
  if (!resolved) return false;
  if (key === 'content' && resolved.type === 'string') return true;
  return Boolean(resolved.properties?.content && resolved.properties?.tag);
}

// ---------------------------------------------------------------------------------------------------------
// Behaviors

function completeBehaviors(session: Session, component: ComponentContext, shape: 'object' | 'members'): void {
  const accepted = acceptedBehaviors(component, session);
  // One array holds at most one behavior of each type; the ones already there are not offered again.
  const existing = new Set(
    arrayItems(prop(component.node, 'behaviors'))
      .filter((b) => !(b.offset <= session.replace.start && session.replace.end <= b.offset + b.length))
      .map((b) => stringValue(prop(b, 'type'))),
  );
  let index = 0;
  for (const type of accepted) {
    if (existing.has(type)) continue;
    const variants: { label: string; detail: string; all: boolean }[] =
      type === 'open_url'
        ? [
            { label: 'open_url', detail: ft('snippetOpenUrl', session.locale), all: false },
            {
              label: 'open_url (pc/android/ios)',
              detail: ft('snippetOpenUrlPlatforms', session.locale),
              all: true,
            },
          ]
        : [{ label: type, detail: behaviorDetail(type, session.locale), all: false }];
    for (const variant of variants) {
      const entries: [string, Template][] = [];
      for (const [key, schema] of Object.entries(behaviorProperties[type])) {
        if (key === 'type') entries.push([key, raw(JSON.stringify(type))]);
        else if (schema.required === true || variant.all)
          entries.push([key, valueTemplate(schema, key, session.locale)]);
      }
      const template: Template = { kind: 'object', entries, inline: false };
      const tabs = { next: 1 };
      const item: CardCompletion = {
        label: variant.label,
        kind: 'behavior',
        detail: variant.detail,
        documentation: `[${ft('docsLink', session.locale)}](${docsUrl(behaviorDocs())})`,
        insertText:
          shape === 'object'
            ? render(template, tabs, session.formatting, 0)
            : renderMembers(template, tabs, session.formatting),
        snippet: true,
        replace: session.replace,
        filterText: filterFor(session, JSON.stringify(type), variant.label),
        sortText: String(index++).padStart(3, '0'),
        additionalEdits: leadingComma(session),
        retrigger: false,
      };
      appendTrailingComma(session, item);
      session.items.push(item);
    }
  }
}

/** Behavior types worth offering: what the catalog allows, minus callbacks where the sender cannot use them. */
function acceptedBehaviors(component: ComponentContext, session: Session): BehaviorType[] {
  const accepted = component.spec?.behaviors ?? [];
  const webhook = session.sender === 'webhook' || session.card.wrapper === 'card';
  return webhook ? accepted.filter((type) => type !== 'callback') : accepted;
}

function behaviorTypeTemplate(accepted: BehaviorType[]): Template {
  if (accepted.length === 1) return raw(JSON.stringify(accepted[0]));
  return raw(`"\${${N}|${accepted.map(escapeChoice).join(',')}|}"`);
}

function behaviorDetail(type: string, locale: Locale): string {
  return type === 'open_url'
    ? ft('snippetOpenUrl', locale)
    : type === 'callback'
      ? ft('snippetCallback', locale)
      : type;
}

function isBehaviorType(type: string | undefined): type is BehaviorType {
  return type !== undefined && Object.prototype.hasOwnProperty.call(behaviorProperties, type);
}

function behaviorDocs(): string {
  return 'configuring-card-interactions';
}

// ---------------------------------------------------------------------------------------------------------
// Snippet templates: a small tree rendered with the file's indentation and numbered tab stops

type Template =
  | { kind: 'raw'; text: string }
  | { kind: 'object'; entries: [string, Template][]; inline: boolean }
  | { kind: 'array'; items: Template[] };

function raw(text: string): Template {
  return { kind: 'raw', text };
}

function placeholder(value: string): Template {
  if (value === '') return raw(`"$${N}"`);
  return raw(`"\${${N}:${escapePlaceholder(value)}}"`);
}

/** A value for a property, from its schema: a choice for enums, a placeholder for text, and so on. */
function valueTemplate(schema: SchemaLike | undefined, key: string, locale: Locale): Template {
  const resolved = resolveSchema(schema);
  if (!resolved) return raw(`"$${N}"`);
  if (Array.isArray(resolved.enum) && resolved.enum.length > 0) {
    const values = orderDefaultFirst(resolved.enum, resolved.default);
    if (values.length === 1) return raw(JSON.stringify(values[0]));
    if (values.every((v) => typeof v === 'string')) {
      return raw(`"\${${N}|${(values as string[]).map(escapeChoice).join(',')}|}"`);
    }
    return raw(`\${${N}|${values.map((v) => escapeChoice(JSON.stringify(v))).join(',')}|}`);
  }
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
  const example = Array.isArray(resolved.examples) ? resolved.examples[0] : undefined;
  switch (type) {
    case 'boolean':
      return raw(`\${${N}|${orderDefaultFirst([false, true], resolved.default).join(',')}|}`);
    case 'number':
    case 'integer':
      return raw(`\${${N}:${Number(resolved.default ?? example ?? 0)}}`);
    case 'string':
      return placeholder(String(resolved.default ?? example ?? ''));
    case 'array':
      return raw(`[$${N}]`);
    case 'object': {
      const properties = resolved.properties ?? {};
      const tag = resolveSchema(properties.tag);
      if (properties.content && Array.isArray(tag?.enum)) {
        // A text object: its first tag and the text itself, on one line.
        return {
          kind: 'object',
          entries: [
            ['tag', raw(JSON.stringify(tag.enum[0]))],
            ['content', placeholder(ft('placeholderText', locale))],
          ],
          inline: true,
        };
      }
      if (example && typeof example === 'object' && !Array.isArray(example)) {
        // An example object (a callback `value`): its keys and values are both for the author to change.
        const members = Object.entries(example).map(
          ([k, v]) => `"\${${N}:${escapePlaceholder(k)}}": "\${${N}:${escapePlaceholder(String(v))}}"`,
        );
        return raw(`{${members.join(', ')}}`);
      }
      const required = Object.entries(properties).filter(([, s]) => s.required === true);
      if (required.length > 0) {
        return {
          kind: 'object',
          entries: required.map(([k, s]) => [k, valueTemplate(s, k, locale)]),
          inline: true,
        };
      }
      return raw(`{$${N}}`);
    }
    default:
      return placeholder('');
  }
}

function orderDefaultFirst(values: unknown[], preferred: unknown): unknown[] {
  const index = values.indexOf(preferred);
  return index <= 0 ? values : [values[index], ...values.slice(0, index), ...values.slice(index + 1)];
}

/** Stands for a tab-stop number until rendering numbers them in text order. */
const N = '\u0001';
const TAB_MARK = new RegExp(N, 'g');

/** Renders a template; tab-stop marks are numbered in text order so Tab walks through them top to bottom. */
function render(
  template: Template,
  tabs: { next: number },
  formatting: { unit: string; base: string },
  level: number,
): string {
  const text = renderRaw(template, formatting, level);
  return text.replace(TAB_MARK, () => String(tabs.next++));
}

/** The members of an object template without its braces, for inserting into an existing `{}`. */
function renderMembers(
  template: Template,
  tabs: { next: number },
  formatting: { unit: string; base: string },
): string {
  if (template.kind !== 'object') return render(template, tabs, formatting, 0);
  const indent = formatting.base + formatting.unit;
  const text = template.entries
    .map(
      ([key, value], i) =>
        `${i === 0 ? '' : indent}${JSON.stringify(key)}: ${renderRaw(value, formatting, 1)}`,
    )
    .join(',\n');
  return text.replace(TAB_MARK, () => String(tabs.next++));
}

function renderRaw(template: Template, formatting: { unit: string; base: string }, level: number): string {
  const indent = (n: number) => formatting.base + formatting.unit.repeat(n);
  switch (template.kind) {
    case 'raw':
      return template.text;
    case 'object':
      if (template.entries.length === 0) return '{}';
      if (template.inline) {
        return `{${template.entries.map(([k, v]) => `${JSON.stringify(k)}: ${renderRaw(v, formatting, level)}`).join(', ')}}`;
      }
      return `{\n${template.entries
        .map(([k, v]) => `${indent(level + 1)}${JSON.stringify(k)}: ${renderRaw(v, formatting, level + 1)}`)
        .join(',\n')}\n${indent(level)}}`;
    case 'array':
      if (template.items.length === 0) return '[]';
      return `[\n${template.items
        .map((item) => `${indent(level + 1)}${renderRaw(item, formatting, level + 1)}`)
        .join(',\n')}\n${indent(level)}]`;
  }
}

function escapePlaceholder(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => '\\' + c);
}

// ---------------------------------------------------------------------------------------------------------
// Text around the cursor

/** The partly typed thing the item replaces: a string (quotes included) or a bare word. */
function replaceRange(
  text: string,
  offset: number,
  previous: Node | undefined,
): { start: number; end: number } {
  if (
    previous &&
    (previous.type === 'string' || previous.type === 'property') &&
    previous.offset <= offset &&
    offset <= previous.offset + previous.length
  ) {
    return { start: previous.offset, end: previous.offset + previous.length };
  }
  const word = /[\w.\-+]/;
  let start = offset;
  while (start > 0 && word.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && word.test(text[end])) end++;
  return { start, end };
}

function previousSignificant(text: string, offset: number): { char: string; index: number } | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    if (!/\s/.test(text[i])) return { char: text[i], index: i };
  }
  return undefined;
}

function nextSignificant(text: string, offset: number): string | undefined {
  for (let i = offset; i < text.length; i++) {
    if (!/\s/.test(text[i])) return text[i];
  }
  return undefined;
}

/** A comma after the previous member when the user started a new one without typing it. */
function leadingComma(session: Session): TextEdit[] {
  const previous = previousSignificant(session.text, session.replace.start);
  if (!previous || '{[,:'.includes(previous.char)) return [];
  // A comment end is not a value; leave such files alone rather than guess.
  if (previous.char === '/') return [];
  return [{ offset: previous.index + 1, length: 0, newText: ',' }];
}

/** A comma before the next member, when one follows. */
function appendTrailingComma(session: Session, item: CardCompletion): void {
  const next = nextSignificant(session.text, session.replace.end);
  if (next !== undefined && !'}],'.includes(next) && next !== '/') item.insertText += ',';
}

function filterFor(session: Session, quoted: string, plain: string): string {
  return session.typed.startsWith('"') ? quoted : plain;
}

function indentation(text: string, offset: number): { unit: string; base: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const base = /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
  const formatting = detectFormatting(text);
  return { unit: formatting.insertSpaces ? ' '.repeat(formatting.tabSize ?? 2) : '\t', base };
}

// ---------------------------------------------------------------------------------------------------------
// Documentation shown with items

function contextObjectNode(context: CardContext): Node | undefined {
  switch (context.kind) {
    case 'component': {
      let node = context.node;
      for (const segment of context.rest) {
        node = typeof segment === 'number' ? arrayItems(node)[segment] : prop(node, segment);
      }
      return node;
    }
    case 'behavior': {
      let node = context.node;
      for (const segment of context.rest) {
        node = typeof segment === 'number' ? arrayItems(node)[segment] : prop(node, segment);
      }
      return node;
    }
    case 'section': {
      let node = context.node;
      for (const segment of context.rest) {
        node = typeof segment === 'number' ? arrayItems(node)[segment] : prop(node, segment);
      }
      return node;
    }
    default:
      return undefined;
  }
}

function ownerDocs(spec: ComponentSpec | undefined): string {
  return docsUrl(spec?.docs ?? STRUCTURE_DOCS);
}

function propertyDocumentation(schema: SchemaLike, locale: Locale, docs: string): string {
  const lines: string[] = [];
  if (schema.description) lines.push(localize(schema.description, locale));
  const resolved = resolveSchema(schema);
  const { values, closed } = valueChoices(resolved);
  if (values.length > 0) {
    const list = joinList(
      values.map((v) => `\`${JSON.stringify(v)}\``),
      locale,
    );
    lines.push(ft(closed ? 'allowedValues' : 'exampleValues', locale, { list }));
  }
  lines.push(`[${ft('docsLink', locale)}](${docs})`);
  return lines.join('\n\n');
}

function componentDocumentation(tag: string, spec: ComponentSpec, locale: Locale): string {
  const lines = [`**${tag}** — ${localize(spec.description, locale)}`];
  lines.push(
    spec.behaviors.length
      ? ft('behaviorsAccepted', locale, {
          list: joinList(
            spec.behaviors.map((b) => `\`${b}\``),
            locale,
          ),
        })
      : ft('behaviorsNone', locale),
  );
  if (spec.formOnly) lines.push(ft('formOnly', locale));
  lines.push(`[${ft('docsLink', locale)}](${docsUrl(spec.docs)})`);
  return lines.join('\n\n');
}
