// Hover for card JSON: offsets in, Markdown out (no LSP types). On a tag or property it says what it is,
// which values it takes and where the platform documents it; on a `behaviors` entry it says, in plain
// words, what a click does: which URL opens on each platform, or what the app's server receives.
import { findNodeAtOffset, getNodePath, type Node } from 'jsonc-parser';
import { docsUrl, type CatalogKind, type ComponentSpec } from '../catalog/catalog';
import {
  componentProperties,
  contextAt,
  toCardOffset,
  type BehaviorContext,
  type ComponentContext,
} from './cardContext';
import {
  behaviorFields,
  CALLBACK_DOCS,
  INTERACTIONS_DOCS,
  isBehaviorType,
  resolveSchema,
  schemaAt,
  STRUCTURE_DOCS,
  UNSUPPORTED_ACTION_URL,
  valueChoices,
  type SchemaLike,
} from '../catalog/schemaReader';
import { behaviorsLine, docsLink, ft, joinList } from './featureText';
import { localize, type Locale } from '../i18n';
import { sampleCallback } from '../interaction/sample';
import { arrayItems, prop, stringValue } from '../parse/json';
import type { CardDocument } from '../parse/model';
import { containsVariable } from '../template/variables';

export interface CardHover {
  /** Markdown. */
  markdown: string;
  /** File offsets of the hovered key or value. */
  start: number;
  end: number;
}

export interface HoverOptions {
  locale: Locale;
}

/** Hover at `fileOffset`; a 1.0 card is described from the 1.0 catalog (each lookup names `card.kind`). */
export function hover(card: CardDocument, fileOffset: number, options: HoverOptions): CardHover | undefined {
  // A card too large to analyse has no tree either.
  if (card.kind === 'not-card' || !card.root) return undefined;
  const offset = toCardOffset(card, fileOffset);
  const node = findNodeAtOffset(card.root, offset, true);
  // Only words have a hover: keys and values, not the punctuation between them.
  if (!node || node.type === 'object' || node.type === 'array' || node.type === 'property') return undefined;
  const absolute = getNodePath(node);
  const prefix = card.cardPath;
  if (prefix.some((segment, i) => absolute[i] !== segment)) return undefined;
  const path = absolute.slice(prefix.length);

  const markdown = describe(card, path, options.locale);
  if (!markdown) return undefined;
  return {
    markdown,
    start: card.toFileOffset(node.offset),
    end: card.toFileOffset(node.offset + node.length),
  };
}

function describe(card: CardDocument, path: (string | number)[], locale: Locale): string | undefined {
  const context = contextAt(card, path, { object: true });
  if (!context) return undefined;
  switch (context.kind) {
    case 'behavior':
      return behaviorHover(context, card, locale);
    case 'component':
      return componentHover(context, card, locale);
    case 'section': {
      const key = context.rest[context.rest.length - 1];
      if (typeof key !== 'string') return undefined;
      const schema = schemaAt(context.schema, context.rest, card.kind);
      const owner = context.rest.length > 1 ? String(context.rest[context.rest.length - 2]) : 'card';
      return schema
        ? propertyHover(key, owner, schema, docsUrl(STRUCTURE_DOCS), locale, card.kind)
        : undefined;
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Components and their properties

function componentHover(context: ComponentContext, card: CardDocument, locale: Locale): string | undefined {
  const { rest, spec, tag } = context;
  if (rest[0] === 'tag' && rest.length === 1) {
    return spec && tag ? tagHover(tag, spec, locale) : undefined;
  }
  const key = rest[0];
  if (typeof key !== 'string' || !tag) return undefined;
  const docs = docsUrl(spec?.docs ?? STRUCTURE_DOCS);
  const ownSchema = componentProperties(tag, card.kind)[key];
  if (rest.length === 1) {
    if (!ownSchema) return undefined;
    const text = propertyHover(key, tag, ownSchema, docs, locale, card.kind);
    // On `behaviors`, the summary of what each entry does on click is what the author wants to know. (Its
    // value is an array, which has no hover, so this is the key.)
    if (key === 'behaviors') {
      const entries = arrayItems(prop(context.node, 'behaviors'));
      const summaries = entries.map((node, index) =>
        // Stryker disable next-line StringLiteral,ArrayDeclaration: explainBehavior reads only the entry's node and component
        explainBehavior({ kind: 'behavior', component: context, node, index, rest: [] }, card, locale),
      );
      if (summaries.length) return [text, `**${ft('behaviorsSummary', locale)}**`, ...summaries].join('\n\n');
    }
    return text;
  }
  const nested = schemaAt(ownSchema, rest.slice(1), card.kind);
  const last = rest[rest.length - 1];
  if (!nested || typeof last !== 'string') return undefined;
  return propertyHover(last, `${tag}.${rest.slice(0, -1).join('.')}`, nested, docs, locale, card.kind);
}

function tagHover(tag: string, spec: ComponentSpec, locale: Locale): string {
  const lines = [
    `**\`${tag}\`** · ${ft(`category_${spec.category}`, locale)}`,
    localize(spec.description, locale),
  ];
  const facts = [behaviorsLine(spec.behaviors, locale)];
  if (spec.category === 'interactive' || spec.behaviors.includes('callback')) {
    facts.push(ft(spec.callsBackByDefault ? 'callsBackByDefault' : 'noDefaultCallback', locale));
  }
  if (spec.formField) facts.push(ft('formField', locale));
  if (spec.formOnly) facts.push(ft('formOnly', locale));
  if (spec.rootOnly) facts.push(ft('rootOnly', locale));
  if (spec.forbiddenDescendants?.length) {
    facts.push(
      ft('cannotContain', locale, {
        list: joinList(
          spec.forbiddenDescendants.map((t) => `\`${t}\``),
          locale,
        ),
      }),
    );
  }
  lines.push(facts.join(' '));
  lines.push(docsLink(docsUrl(spec.docs), locale));
  return lines.join('\n\n');
}

function propertyHover(
  key: string,
  owner: string,
  schema: SchemaLike,
  docs: string,
  locale: Locale,
  kind: CatalogKind,
): string {
  const resolved = resolveSchema(schema, kind) ?? schema;
  const lines = [`**\`${key}\`** · ${ft('propertyOf', locale, { owner })}`];
  const description = schema.description ?? resolved.description;
  if (description) lines.push(localize(description, locale));
  const facts: string[] = [];
  if (schema.required === true) facts.push(ft('requiredProperty', locale));
  if (schema.legacy) facts.push(ft('legacyProperty', locale));
  const { values, closed } = valueChoices(resolved, kind);
  if (values.length > 0) {
    const list = joinList(
      values.map((v) => `\`${JSON.stringify(v)}\`${resolved.default === v ? ft('defaultMark', locale) : ''}`),
      locale,
    );
    facts.push(ft(closed ? 'allowedValues' : 'exampleValues', locale, { list }));
  } else if (resolved.type) {
    const type = Array.isArray(resolved.type) ? resolved.type.join(' | ') : resolved.type;
    facts.push(ft('valueType', locale, { type: `\`${type}\`` }));
  }
  if (facts.length) lines.push(facts.join('\n\n'));
  lines.push(docsLink(docs, locale));
  return lines.join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------
// Behaviors: what a click does

function behaviorHover(context: BehaviorContext, card: CardDocument, locale: Locale): string | undefined {
  const lines: string[] = [];
  const type = stringValue(prop(context.node, 'type'));
  const field = context.rest[0];
  // On one of the entry's own fields, say what that field is before explaining the whole entry.
  if (
    context.rest.length === 1 &&
    typeof field === 'string' &&
    field !== 'type' &&
    isBehaviorType(type, card.kind)
  ) {
    const schema = behaviorFields(type, card.kind)[field];
    if (schema?.description) lines.push(`**\`${field}\`** — ${localize(schema.description, locale)}`);
  }
  // No explanation means a type that is no behavior type, which has no field text either.
  const explanation = explainBehavior(context, card, locale);
  if (!explanation) return undefined;
  lines.push(explanation);
  return lines.join('\n\n---\n\n');
}

function explainBehavior(context: BehaviorContext, card: CardDocument, locale: Locale): string {
  const type = stringValue(prop(context.node, 'type'));
  const spec = context.component.spec;
  if (spec && (!isBehaviorType(type, card.kind) || !spec.behaviors.includes(type))) {
    const accepted = spec.behaviors;
    return ft('behaviorUnknown', locale, {
      type: type ?? '?',
      list: accepted.length
        ? joinList(
            accepted.map((t) => `\`${t}\``),
            locale,
          )
        : '—',
    });
  }
  if (type === 'open_url') return explainOpenUrl(context.node, locale);
  if (type === 'callback') return explainCallback(context, card, locale);
  return '';
}

function explainOpenUrl(node: Node | undefined, locale: Locale): string {
  const defaultUrl = stringValue(prop(node, 'default_url'));
  const platforms: [string, string][] = [
    [ft('platformDesktop', locale), 'pc_url'],
    [ft('platformAndroid', locale), 'android_url'],
    [ft('platformIos', locale), 'ios_url'],
  ];
  const lines = platforms.map(([label, key]) => {
    const own = stringValue(prop(node, key));
    const url = own || defaultUrl;
    let target: string;
    if (!url) target = ft('noUrl', locale);
    else if (url === UNSUPPORTED_ACTION_URL) target = ft('noJump', locale);
    else if (containsVariable(url)) target = `\`${url}\` — ${ft('templateUrl', locale)}`;
    else target = `\`${url}\``;
    const fallback = !own && url && url !== UNSUPPORTED_ACTION_URL ? ft('fromDefault', locale) : '';
    return ft('platformLine', locale, { platform: label, target: target + fallback });
  });
  return [ft('openUrlTitle', locale), lines.join('\n'), docsLink(docsUrl(INTERACTIONS_DOCS), locale)].join(
    '\n\n',
  );
}

function explainCallback(context: BehaviorContext, card: CardDocument, locale: Locale): string {
  const lines = [ft('callbackTitle', locale)];
  const component = context.component;
  const parsed = component.node && card.components.find((c) => c.node === component.node);
  const sample = parsed && sampleCallback(card, parsed);
  if (sample) {
    lines.push('```json\n' + JSON.stringify(sample.action, null, 2) + '\n```');
    const form = stringValue(prop(component.slot.form, 'name')) ?? 'form';
    if (sample.form === 'submit') lines.push(ft('callbackSubmit', locale, { form }));
    if (sample.form === 'field') lines.push(ft('callbackInForm', locale, { form }));
  }
  lines.push(ft('callbackDeadline', locale) + ' ' + ft('callbackWebhookNote', locale));
  lines.push(docsLink(docsUrl(CALLBACK_DOCS), locale));
  return lines.join('\n\n');
}
