// Completion of `behaviors` entries: one snippet per behavior type the component accepts (and the sender can
// use), with the fields the catalog defines for that type.
import { docsUrl, type BehaviorType } from '../../catalog/catalog';
import type { ComponentContext } from '../cardContext';
import { behaviorFields, INTERACTIONS_DOCS } from '../../catalog/schemaReader';
import { docsLink, ft } from '../featureText';
import type { Locale } from '../../i18n';
import { arrayItems, prop, stringValue } from '../../parse/json';
import type { InsertShape } from './components';
import {
  appendTrailingComma,
  filterFor,
  leadingComma,
  type CardCompletion,
  type CompletionSession,
} from './request';
import { choice, raw, render, renderMembers, valueTemplate, type Template } from './snippet';

export const BEHAVIOR_DOCS = docsUrl(INTERACTIONS_DOCS);

export function completeBehaviors(
  session: CompletionSession,
  component: ComponentContext,
  shape: InsertShape,
): void {
  const accepted = acceptedBehaviors(component, session);
  // One array holds at most one behavior of each type; the ones already there are not offered again. (The
  // entry the cursor is in, when these are its members, has no type yet: that is why it is completed here.)
  const existing = new Set(
    arrayItems(prop(component.node, 'behaviors')).map((b) => stringValue(prop(b, 'type'))),
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
        : // Stryker disable next-line BooleanLiteral: the other type's one field (callback: value) is required, so every field and the required ones agree
          [{ label: type, detail: behaviorDetail(type, session.locale), all: false }];
    for (const variant of variants) {
      const entries: [string, Template][] = [];
      for (const [key, schema] of Object.entries(behaviorFields(type, session.card.kind))) {
        if (key === 'type') entries.push([key, raw(JSON.stringify(type))]);
        else if (schema.required === true || variant.all)
          entries.push([key, valueTemplate(schema, key, session.locale, session.card.kind)]);
      }
      const template: Template = { kind: 'object', entries, inline: false };
      const item: CardCompletion = {
        label: variant.label,
        kind: 'behavior',
        detail: variant.detail,
        documentation: docsLink(BEHAVIOR_DOCS, session.locale),
        insertText:
          shape === 'object'
            ? render(template, session.formatting, 0)
            : renderMembers(template, session.formatting),
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
export function acceptedBehaviors(component: ComponentContext, session: CompletionSession): BehaviorType[] {
  const accepted = component.spec?.behaviors ?? [];
  const webhook = session.sender === 'webhook' || session.card.wrapper === 'card';
  return webhook ? accepted.filter((type) => type !== 'callback') : accepted;
}

/** The `type` value of a new entry: fixed when only one type fits, else a choice. */
export function behaviorTypeTemplate(accepted: BehaviorType[]): Template {
  return choice(accepted);
}

export function behaviorDetail(type: string, locale: Locale): string {
  return type === 'open_url'
    ? ft('snippetOpenUrl', locale)
    : // Stryker disable next-line ConditionalExpression: the catalog has these two types only; a third would show its own name
      type === 'callback'
      ? ft('snippetCallback', locale)
      : type;
}
