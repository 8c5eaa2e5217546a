// Hover for card JSON: offsets in, Markdown out (no LSP types). On a tag or property it says what it is,
// which values it takes and where the platform documents it; on a `behaviors` entry it says, in plain
// words, what a click does: which URL opens on each platform, or what the app's server receives.
import { findNodeAtOffset, getNodePath, type Node } from 'jsonc-parser';
import { componentSpec, docsUrl, type ComponentSpec } from './catalog';
import {
  componentProperties,
  contextAt,
  toCardOffset,
  type BehaviorContext,
  type ComponentContext,
} from './cardContext';
import {
  behaviorProperties,
  CALLBACK_DOCS,
  cardRootProperties,
  INTERACTIONS_DOCS,
  resolveSchema,
  schemaAt,
  STRUCTURE_DOCS,
  UNSUPPORTED_ACTION_URL,
  valueChoices,
  type SchemaLike,
} from './cardSchema';
import { ft, joinList } from './featureText';
import { localize, type Locale } from './i18n';
import { arrayItems, prop, stringValue, valueOf } from './json';
import type { CardDocument } from './model';
import { containsVariable } from './variables';

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

export function hover(card: CardDocument, fileOffset: number, options: HoverOptions): CardHover | undefined {
  if (card.kind === 'not-card' || card.skipped || !card.root) return undefined;
  const offset = toCardOffset(card, fileOffset);
  const node = findNodeAtOffset(card.root, offset, true);
  // Only words have a hover: keys and values, not the punctuation between them.
  if (!node || node.type === 'object' || node.type === 'array' || node.type === 'property') return undefined;
  const absolute = getNodePath(node);
  const prefix = card.cardPath;
  if (prefix.some((segment, i) => absolute[i] !== segment)) return undefined;
  const path = absolute.slice(prefix.length);
  if (path.length === 0) return undefined;
  const isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node;

  const markdown = describe(card, path, isKey, options.locale);
  if (!markdown) return undefined;
  return {
    markdown,
    start: card.toFileOffset(node.offset),
    end: card.toFileOffset(node.offset + node.length),
  };
}

function describe(
  card: CardDocument,
  path: (string | number)[],
  isKey: boolean,
  locale: Locale,
): string | undefined {
  const context = contextAt(card, path, { object: true });
  if (!context) return undefined;
  switch (context.kind) {
    case 'behavior':
      return behaviorHover(context, locale);
    case 'component':
      return componentHover(context, isKey, locale);
    case 'section': {
      const key = context.rest[context.rest.length - 1];
      if (typeof key !== 'string') return undefined;
      const schema = schemaAt({ type: 'object', properties: cardRootProperties }, context.rest);
      const owner = context.rest.length > 1 ? String(context.rest[context.rest.length - 2]) : 'card';
      return schema ? propertyHover(key, owner, schema, docsUrl(STRUCTURE_DOCS), locale) : undefined;
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Components and their properties

function componentHover(context: ComponentContext, isKey: boolean, locale: Locale): string | undefined {
  const { rest, spec, tag } = context;
  if (rest[0] === 'tag' && rest.length === 1) {
    return spec && tag ? tagHover(tag, spec, locale) : undefined;
  }
  const key = rest[0];
  if (typeof key !== 'string' || !tag) return undefined;
  const docs = docsUrl(spec?.docs ?? STRUCTURE_DOCS);
  const ownSchema = componentProperties(tag)[key];
  if (rest.length === 1) {
    if (!ownSchema) return undefined;
    const text = propertyHover(key, tag, ownSchema, docs, locale);
    // On `behaviors`, the summary of what each entry does on click is what the author wants to know.
    if (key === 'behaviors' && isKey) {
      const entries = arrayItems(prop(context.node, 'behaviors'));
      const summaries = entries.map((node, index) =>
        explainBehavior({ kind: 'behavior', component: context, node, index, rest: [] }, locale),
      );
      if (summaries.length) return [text, `**${ft('behaviorsSummary', locale)}**`, ...summaries].join('\n\n');
    }
    return text;
  }
  const nested = schemaAt(ownSchema, rest.slice(1));
  const last = rest[rest.length - 1];
  if (!nested || typeof last !== 'string') return undefined;
  if (!nested.description && valueChoices(nested).values.length === 0) return undefined;
  return propertyHover(last, `${tag}.${rest.slice(0, -1).join('.')}`, nested, docs, locale);
}

function tagHover(tag: string, spec: ComponentSpec, locale: Locale): string {
  const lines = [
    `**\`${tag}\`** · ${ft(`category_${spec.category}`, locale)}`,
    localize(spec.description, locale),
  ];
  const facts = [
    spec.behaviors.length
      ? ft('behaviorsAccepted', locale, {
          list: joinList(
            spec.behaviors.map((b) => `\`${b}\``),
            locale,
          ),
        })
      : ft('behaviorsNone', locale),
  ];
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

function propertyHover(key: string, owner: string, schema: SchemaLike, docs: string, locale: Locale): string {
  const resolved = resolveSchema(schema) ?? schema;
  const lines = [`**\`${key}\`** · ${ft('propertyOf', locale, { owner })}`];
  const description = schema.description ?? resolved.description;
  if (description) lines.push(localize(description, locale));
  const facts: string[] = [];
  if (schema.required === true) facts.push(ft('requiredProperty', locale));
  if (schema.legacy) facts.push(ft('legacyProperty', locale));
  const { values, closed } = valueChoices(resolved);
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

function behaviorHover(context: BehaviorContext, locale: Locale): string | undefined {
  const lines: string[] = [];
  const type = stringValue(prop(context.node, 'type'));
  const field = context.rest[0];
  // On one of the entry's own fields, say what that field is before explaining the whole entry.
  if (context.rest.length === 1 && typeof field === 'string' && field !== 'type' && isBehaviorType(type)) {
    const schema = behaviorProperties[type][field];
    if (schema?.description) lines.push(`**\`${field}\`** — ${localize(schema.description, locale)}`);
  }
  const explanation = explainBehavior(context, locale);
  if (!explanation) return lines.length ? lines.join('\n\n') : undefined;
  lines.push(explanation);
  return lines.join('\n\n---\n\n');
}

function explainBehavior(context: BehaviorContext, locale: Locale): string {
  const type = stringValue(prop(context.node, 'type'));
  const accepted = context.component.spec?.behaviors ?? [];
  if (context.component.spec && (!isBehaviorType(type) || !accepted.includes(type))) {
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
  if (type === 'callback') return explainCallback(context, locale);
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

function explainCallback(context: BehaviorContext, locale: Locale): string {
  const component = context.component;
  const valueNode = prop(context.node, 'value');
  const value = valueNode ? valueOf(valueNode) : undefined;
  const lines = [ft('callbackTitle', locale)];
  const formNode = component.slot.form;
  const formName = stringValue(prop(formNode, 'name')) ?? 'form';
  let action: Record<string, unknown>;
  let note: string | undefined;

  if (formNode && isSubmitButton(component)) {
    action = { tag: component.tag };
    const name = stringValue(prop(component.node, 'name'));
    if (name !== undefined) action.name = name;
    if (value !== undefined) action.value = value;
    action.form_value = formValues(formNode, component);
    note = ft('callbackSubmit', locale, { form: formName });
  } else if (formNode) {
    // A field in a form sends nothing on its own; its state rides along with the submit.
    const name = stringValue(prop(component.node, 'name')) ?? '<name>';
    action = { tag: 'button', form_value: { [name]: sampleFieldValue(component.spec, component.node) } };
    note = ft('callbackInForm', locale, { form: formName });
  } else {
    action = { tag: component.tag };
    for (const field of component.spec?.callbackFields ?? ['value']) {
      if (field === 'value') {
        if (value !== undefined) action.value = value;
      } else if (field === 'name') {
        // Like the preview's session: `name` is sent only when the component has one.
        const name = stringValue(prop(component.node, 'name'));
        if (name !== undefined) action.name = name;
      } else {
        action[field] = sampleActionField(field, component);
      }
    }
    if (!('value' in action) && value !== undefined) action.value = value;
  }
  lines.push('```json\n' + JSON.stringify(action, null, 2) + '\n```');
  if (note) lines.push(note);
  lines.push(ft('callbackDeadline', locale) + ' ' + ft('callbackWebhookNote', locale));
  lines.push(docsLink(docsUrl(CALLBACK_DOCS), locale));
  return lines.join('\n\n');
}

function isSubmitButton(component: ComponentContext): boolean {
  return stringValue(prop(component.node, 'form_action_type')) === 'submit';
}

/** `form_value` of a submit: every named field of the form (buttons excluded) with a sample value. */
function formValues(formNode: Node, submit: ComponentContext): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const visit = (node: Node | undefined) => {
    for (const child of arrayItems(prop(node, 'elements'))) visitComponent(child);
  };
  const visitComponent = (node: Node) => {
    const spec = componentSpec(stringValue(prop(node, 'tag')));
    const name = stringValue(prop(node, 'name'));
    // Components that submit or reset the form are the trigger, not a field.
    if (spec?.formField && name !== undefined && !spec.properties.form_action_type && node !== submit.node) {
      values[name] = sampleFieldValue(spec, node);
    }
    for (const slot of spec?.slots ?? []) {
      let array: Node | undefined = node;
      for (const segment of slot.path) array = prop(array, segment);
      for (const child of arrayItems(array)) visitComponent(child);
    }
  };
  visit(formNode);
  return values;
}

/** What a field contributes to `form_value`, shaped by the callback fields the catalog lists for it. */
function sampleFieldValue(spec: ComponentSpec | undefined, node: Node | undefined): unknown {
  const fields = spec?.callbackFields ?? [];
  if (fields.includes('checked')) return !(valueOf(prop(node, 'checked')) === true);
  if (fields.includes('options')) return [firstOptionValue(node) ?? '…'];
  if (fields.includes('option')) return firstOptionValue(node) ?? '…';
  return '…';
}

function sampleActionField(field: string, component: ComponentContext): unknown {
  switch (field) {
    case 'checked':
      // The state after the click: the opposite of the initial one.
      return !(valueOf(prop(component.node, 'checked')) === true);
    case 'option':
      return firstOptionValue(component.node) ?? '…';
    case 'options':
      return [firstOptionValue(component.node) ?? '…'];
    case 'name':
      return stringValue(prop(component.node, 'name')) ?? '…';
    case 'timezone':
      return 'Asia/Shanghai';
    default:
      return '…';
  }
}

function firstOptionValue(node: Node | undefined): string | undefined {
  return stringValue(prop(arrayItems(prop(node, 'options'))[0], 'value'));
}

function isBehaviorType(type: string | undefined): type is keyof typeof behaviorProperties {
  return type !== undefined && Object.prototype.hasOwnProperty.call(behaviorProperties, type);
}

function docsLink(url: string, locale: Locale): string {
  return `[${ft('docsLink', locale)}](${url})`;
}
