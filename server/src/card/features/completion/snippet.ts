// Snippet templates: a small tree of objects, arrays and raw snippet text, built from a schema and rendered
// with the file's indentation and tab stops numbered in text order.
import type { CatalogKind } from '../../catalog/catalog';
import { resolveSchema, type SchemaLike } from '../../catalog/schemaReader';
import { ft } from '../featureText';
import type { Locale } from '../../i18n';
import type { Formatting } from './request';

export type Template =
  | { kind: 'raw'; text: string }
  | { kind: 'object'; entries: [string, Template][]; inline: boolean }
  | { kind: 'array'; items: Template[] };

/** Stands for a tab-stop number until rendering numbers them in text order. */
export const N = '\u0001';
const TAB_MARK = new RegExp(N, 'g');

export function raw(text: string): Template {
  return { kind: 'raw', text };
}

/** A string with `value` as the text to type over (an empty string is just a tab stop in quotes). */
export function placeholder(value: string): Template {
  if (value === '') return raw(`"$${N}"`);
  return raw(`"\${${N}:${escapePlaceholder(value)}}"`);
}

/** A string choosing one of `values`. */
export function choice(values: string[]): Template {
  if (values.length === 1) return raw(JSON.stringify(values[0]));
  return raw(`"\${${N}|${values.map(escapeChoice).join(',')}|}"`);
}

/** A value for a property, from its schema: a choice for enums, a placeholder for text, and so on. */
export function valueTemplate(
  schema: SchemaLike | undefined,
  key: string,
  locale: Locale,
  kind: CatalogKind,
): Template {
  const resolved = resolveSchema(schema, kind);
  if (!resolved) return raw(`"$${N}"`);
  if (Array.isArray(resolved.enum) && resolved.enum.length > 0) {
    const values = orderDefaultFirst(resolved.enum, resolved.default);
    if (values.length === 1) return raw(JSON.stringify(values[0]));
    if (values.every((v) => typeof v === 'string')) return choice(values as string[]);
    return raw(`\${${N}|${values.map((v) => escapeChoice(JSON.stringify(v))).join(',')}|}`);
  }
  const example = Array.isArray(resolved.examples) ? resolved.examples[0] : undefined;
  const exampleObject = example && typeof example === 'object' && !Array.isArray(example);
  // A value of any type (a callback `value`) is written like its example, which is an object.
  const type =
    (Array.isArray(resolved.type) ? resolved.type[0] : resolved.type) ??
    (exampleObject ? 'object' : undefined);
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
      const tag = resolveSchema(properties.tag, kind);
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
      if (exampleObject) {
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
          entries: required.map(([k, s]) => [k, valueTemplate(s, k, locale, kind)]),
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

/** Renders a template; tab-stop marks are numbered in text order so Tab walks through them top to bottom. */
export function render(template: Template, formatting: Formatting, level: number): string {
  return numberTabStops(renderRaw(template, formatting, level));
}

/** The members of an object template without its braces, for inserting into an existing `{}`. */
export function renderMembers(template: Template, formatting: Formatting): string {
  if (template.kind !== 'object') return render(template, formatting, 0);
  const indent = formatting.base + formatting.unit;
  const text = template.entries
    .map(
      ([key, value], i) =>
        `${i === 0 ? '' : indent}${JSON.stringify(key)}: ${renderRaw(value, formatting, 1)}`,
    )
    .join(',\n');
  return numberTabStops(text);
}

function numberTabStops(text: string): string {
  let next = 1;
  return text.replace(TAB_MARK, () => String(next++));
}

function renderRaw(template: Template, formatting: Formatting, level: number): string {
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
