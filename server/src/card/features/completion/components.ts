// Completion of whole components in a component array (or in an empty object standing in one): every tag
// the slot allows, as a snippet with the properties an author fills in first.
import { componentSpec, docsUrl, type CatalogKind, type ComponentSpec } from '../../catalog/catalog';
import {
  allowedInSlot,
  componentProperties,
  namesInCard,
  slotBoundTags,
  tagsForSlot,
  uniqueName,
  type SlotContext,
} from '../cardContext';
import { resolveSchema, type SchemaLike } from '../../catalog/schemaReader';
import { behaviorsLine, docsLink, ft } from '../featureText';
import { localize, type Locale } from '../../i18n';
import {
  appendTrailingComma,
  filterFor,
  leadingComma,
  type CardCompletion,
  type CompletionSession,
} from './request';
import { N, placeholder, raw, render, renderMembers, valueTemplate, type Template } from './snippet';

/** `object`: the item is a whole `{...}`; `members`: it goes inside an existing empty object. */
export type InsertShape = 'object' | 'members';

export function completeComponents(session: CompletionSession, slot: SlotContext, shape: InsertShape): void {
  const kind = slot.cardKind;
  const bound = slotBoundTags(kind);
  const names = namesInCard(session.card);
  let index = 0;
  for (const tag of tagsForSlot(slot)) {
    const spec = componentSpec(tag, kind)!;
    const variants: { label: string; formAction?: string }[] = [{ label: tag }];
    // In a form, a component with `form_action_type` (the button) also comes ready to submit / reset.
    const formAction = resolveSchema(spec.properties.form_action_type, kind);
    if (slot.form && Array.isArray(formAction?.enum)) {
      for (const value of formAction.enum) {
        if (typeof value === 'string') variants.push({ label: `${tag} (${value})`, formAction: value });
      }
    }
    for (const variant of variants) {
      const template = componentTemplate(tag, spec, slot, {
        names,
        formAction: variant.formAction,
        locale: session.locale,
        bound,
        depth: 0,
      });
      const item: CardCompletion = {
        label: variant.label,
        kind: 'component',
        detail: variant.formAction
          ? ft('snippetFormAction', session.locale, { tag, value: variant.formAction })
          : localize(spec.description, session.locale),
        documentation: componentDocumentation(tag, spec, session.locale),
        insertText:
          shape === 'object'
            ? render(template, session.formatting, 0)
            : renderMembers(template, session.formatting),
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

interface TemplateOptions {
  /** Names already used in the card, so a new field's name is unique. */
  names: Set<string>;
  /** `form_action_type` of a submit / reset variant. */
  formAction: string | undefined;
  locale: Locale;
  /** Tags that only stand in one particular slot (see slotBoundTags). */
  bound: Set<string>;
  /** How many single-child containers deep the template already is. */
  depth: number;
}

function componentTemplate(
  tag: string,
  spec: ComponentSpec,
  slot: SlotContext,
  options: TemplateOptions,
): Template {
  const { names, formAction, locale, bound, depth } = options;
  const entries: [string, Template][] = [['tag', raw(JSON.stringify(tag))]];
  const kind = slot.cardKind;
  const properties = componentProperties(tag, kind);
  // Form fields need a name unique in the card; so does a form itself (its `name` is required).
  if ((slot.form && spec.formField && properties.name) || properties.name?.required === true) {
    entries.push(['name', placeholder(uniqueName(formAction ?? tag, names))]);
  }
  if (formAction) entries.push(['form_action_type', raw(JSON.stringify(formAction))]);

  const slotKeys = new Set((spec.slots ?? []).map((s) => s.path[0]));
  const skip = new Set(['tag', 'name', 'form_action_type', 'behaviors', ...slotKeys]);
  let hasText = false;
  for (const [key, schema] of Object.entries(properties)) {
    if (skip.has(key) || schema.required !== true || schema.legacy) continue;
    entries.push([key, valueTemplate(schema, key, locale, kind)]);
    hasText ||= isTextLike(key, schema, kind);
  }
  // The visible text is what an author fills in first, even where the platform does not require it.
  if (!hasText) {
    const text = Object.entries(spec.properties).find(
      ([key, schema]) => !skip.has(key) && !schema.legacy && isTextLike(key, schema, kind),
    );
    if (text) entries.push([text[0], valueTemplate(text[1], text[0], locale, kind)]);
  }
  for (const slotSpec of spec.slots ?? []) {
    if (slotSpec.path.length !== 1) continue;
    // A slot that holds only one tag (columns → column) comes with one child already in it.
    const only = slotSpec.allow?.length === 1 ? slotSpec.allow[0] : undefined;
    const childSpec = componentSpec(only, kind);
    if (only && childSpec && depth < 2) {
      const childSlot: SlotContext = {
        ...slot,
        atRoot: false,
        allow: slotSpec.allow,
      };
      if (allowedInSlot(only, childSlot, bound)) {
        const child = componentTemplate(only, childSpec, childSlot, {
          ...options,
          formAction: undefined,
          depth: depth + 1,
        });
        entries.push([slotSpec.path[0], { kind: 'array', items: [child] }]);
        continue;
      }
    }
    entries.push([slotSpec.path[0], raw(`[$${N}]`)]);
  }
  return { kind: 'object', entries, inline: false };
}

function isTextLike(key: string, schema: SchemaLike, kind: CatalogKind): boolean {
  // A tooltip (`hover_tips`, `disabled_tips`) is a text object too, but shown only on hover or when disabled:
  // never the text an author fills in first (an input's is its `placeholder`). The catalog has no fact for
  // "visible text", so the platform's naming of its tooltips decides.
  if (key.endsWith('_tips')) return false;
  const resolved = resolveSchema(schema, kind);
  if (!resolved) return false;
  if (key === 'content' && resolved.type === 'string') return true;
  return Boolean(resolved.properties?.content && resolved.properties?.tag);
}

function componentDocumentation(tag: string, spec: ComponentSpec, locale: Locale): string {
  const lines = [`**${tag}** — ${localize(spec.description, locale)}`];
  lines.push(behaviorsLine(spec.behaviors, locale));
  if (spec.formOnly) lines.push(ft('formOnly', locale));
  lines.push(docsLink(docsUrl(spec.docs), locale));
  return lines.join('\n\n');
}
