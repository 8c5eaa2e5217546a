// Editor features for template variables, pure like the rest of card/: hover on `${name}`, completion of
// names after `${` and of keys in the data file, go to definition and find references between the two.
// Offsets are file offsets; the LSP layer turns them into positions.
import { getLocation, type Node } from 'jsonc-parser';
import type { CardCompletion } from '../features/completion';
import type { CardHover } from '../features/hover';
import type { Locale } from '../i18n';
import { pairs, prop } from '../parse/json';
import type { CardDocument } from '../parse/model';
import { dataKeyAt, definitionOf, sampleValueFor } from './sampleData';
import {
  findVariableReferences,
  isPlainObject,
  isWholeVariable,
  referenceAtOffset,
  resolveReference,
  type TemplateData,
  type VariableBinding,
  type VariableReference,
} from './variables';

export interface VariableFeatureOptions {
  locale: Locale;
}

const BINDING_TEXT: Record<VariableBinding, { en: string; zh: string }> = {
  link: {
    en: 'link variable `{url, pc_url, ios_url, android_url}`',
    zh: '链接变量 `{url, pc_url, ios_url, android_url}`',
  },
  url: { en: 'part of a URL', zh: 'URL 的一部分' },
  object: { en: 'object variable (callback value)', zh: '对象变量（回调参数）' },
  date: { en: 'date `yyyy-MM-dd`', zh: '日期 `yyyy-MM-dd`' },
  time: { en: 'time `HH:mm`', zh: '时间 `HH:mm`' },
  datetime: { en: 'date and time `yyyy-MM-dd HH:mm`', zh: '日期时间 `yyyy-MM-dd HH:mm`' },
  loop: {
    en: 'object array (`_varloop` repeats the component per item)',
    zh: '对象数组（`_varloop` 按每一项重复组件）',
  },
  image: { en: 'image variable `{img_key}`', zh: '图片变量 `{img_key}`' },
  options: { en: 'option array', zh: '选项数组' },
  text: { en: 'text', zh: '文本' },
};

/** Hover on `${name}`: what it is bound to and its sample value. Undefined elsewhere. */
export function variableHover(
  card: CardDocument,
  fileOffset: number,
  data: TemplateData | undefined,
  options: VariableFeatureOptions,
): CardHover | undefined {
  if (card.kind === 'not-card' || card.skipped) return undefined;
  const ref = referenceAtOffset(card, fileOffset);
  if (!ref) return undefined;
  const zh = options.locale === 'zh';
  const lines = [
    `**\`\${${ref.name}}\`** — ${zh ? '模板变量' : 'template variable'}: ${BINDING_TEXT[ref.binding][options.locale]}`,
  ];
  const list = ref.loops.at(-1)?.name;
  if (list)
    lines.push(
      zh
        ? `\`${list}\` 列表项的字段（或顶层变量）。`
        : `A field of each item of \`${list}\` (or a top-level value).`,
    );
  const file = data?.source?.path ? data.source.path.split(/[\\/]/).pop() : undefined;
  const resolution = resolveReference(ref, data?.values ?? {});
  if (!data) {
    lines.push(
      zh
        ? '没有示例数据：在卡片旁添加 `<卡片名>.data.json`。'
        : 'No sample data: add a `<card>.data.json` beside the card.',
    );
  } else if (resolution.status === 'defined') {
    const shown = resolution.values.slice(0, 3);
    const more = resolution.values.length - shown.length;
    lines.push(zh ? `示例值（${file}）：` : `Sample value (${file}):`);
    for (const value of shown) lines.push('```json\n' + clip(JSON.stringify(value, null, 2)) + '\n```');
    if (more > 0) lines.push(zh ? `……另有 ${more} 项` : `... and ${more} more`);
  } else if (resolution.status === 'undefined') {
    lines.push(zh ? `示例数据（${file}）中没有此变量。` : `Not in the sample data (${file}).`);
  }
  return { markdown: lines.join('\n\n'), start: ref.fileStart, end: ref.fileEnd };
}

/**
 * Completion of variable names after `${` inside a string of the card: the sample data's names (and, in a
 * `_varloop`, the fields of its items) first, then names the card already uses.
 */
export function variableCompletions(
  card: CardDocument,
  fileOffset: number,
  data: TemplateData | undefined,
  options: VariableFeatureOptions,
): CardCompletion[] {
  // Inside a card that is itself a JSON string every inserted character would need escaping.
  if (card.kind === 'not-card' || card.skipped || card.wrapper === 'content-string') return [];
  const text = card.text;
  const lineStart = text.lastIndexOf('\n', fileOffset - 1) + 1;
  const before = text.slice(lineStart, fileOffset);
  const typed = /\$\{([A-Za-z0-9_]*)$/.exec(before);
  if (!typed || !insideString(before.slice(0, typed.index))) return [];
  const after = /^[A-Za-z0-9_]*/.exec(text.slice(fileOffset))![0];
  const closed = text[fileOffset + after.length] === '}';
  const replace = { start: fileOffset - typed[1].length, end: fileOffset + after.length };

  const offered = new Map<string, { detail?: string; documentation?: string; rank: number }>();
  const offer = (name: string, rank: number, value?: unknown, hasValue = false) => {
    if (offered.has(name)) return;
    offered.set(name, {
      detail: hasValue ? clip(JSON.stringify(value) ?? '', 60) : undefined,
      documentation: hasValue ? '```json\n' + clip(JSON.stringify(value, null, 2)) + '\n```' : undefined,
      rank,
    });
  };
  for (const { items } of loopsAt(card, fileOffset, data).reverse()) {
    for (const item of items) for (const [field, value] of Object.entries(item)) offer(field, 0, value, true);
  }
  for (const [name, value] of Object.entries(data?.values ?? {})) offer(name, 1, value, true);
  for (const ref of findVariableReferences(card)) {
    if (!(ref.fileStart <= fileOffset && fileOffset <= ref.fileEnd)) offer(ref.name, 2);
  }
  const zh = options.locale === 'zh';
  return [...offered].map(([name, info]) => ({
    label: name,
    kind: 'value',
    detail: info.detail ?? (zh ? '卡片中的变量' : 'variable used in the card'),
    documentation: info.documentation,
    insertText: closed ? name : name + '}',
    snippet: false,
    replace,
    filterText: name,
    sortText: `${info.rank}${name}`,
    additionalEdits: [],
    retrigger: false,
  }));
}

/**
 * Completion of keys in a data file from the cards that use it: names the cards reference that the data
 * does not define yet, each with a sample value of the right shape. In a loop list's item, its fields.
 */
export function dataKeyCompletions(
  data: TemplateData,
  offset: number,
  cards: CardDocument[],
  options: VariableFeatureOptions,
): CardCompletion[] {
  const text = data.source?.text;
  if (text === undefined) return [];
  const location = getLocation(text, offset);
  if (!location.isAtPropertyKey) return [];
  const base = data.valuesPath ?? [];
  const path = location.path;
  if (base.some((segment, i) => path[i] !== segment)) return [];
  const rest = path.slice(base.length);
  let wanted: { name: string; ref: VariableReference; refs: VariableReference[] }[] = [];
  let existing: string[] = [];
  if (rest.length === 1) {
    existing = Object.keys(data.values);
    wanted = cards.flatMap((card) => {
      const refs = findVariableReferences(card);
      return refs.filter((r) => r.loops.length === 0).map((ref) => ({ name: ref.name, ref, refs }));
    });
  } else if (rest.length === 3 && typeof rest[0] === 'string' && typeof rest[1] === 'number') {
    const list = data.values[rest[0]];
    const item = Array.isArray(list) ? list[rest[1]] : undefined;
    existing = isPlainObject(item) ? Object.keys(item) : [];
    wanted = cards.flatMap((card) => {
      const refs = findVariableReferences(card);
      return refs
        .filter((r) => r.loops.length === 1 && r.loops[0].name === rest[0])
        .map((ref) => ({ name: ref.name, ref, refs }));
    });
  } else {
    return [];
  }
  const previous = location.previousNode;
  const replace =
    previous && previous.offset <= offset && offset <= previous.offset + previous.length
      ? { start: previous.offset, end: previous.offset + previous.length }
      : { start: offset, end: offset };
  const seen = new Set(existing);
  const items: CardCompletion[] = [];
  for (const { name, ref, refs } of wanted) {
    if (seen.has(name)) continue;
    seen.add(name);
    const fields =
      ref.binding === 'loop' ? refs.filter((r) => r.loops.at(-1) === ref).map((r) => r.name) : [];
    const value = sampleValueFor(ref.binding, name, [...new Set(fields)]);
    items.push({
      label: name,
      kind: 'property',
      detail: BINDING_TEXT[ref.binding][options.locale],
      insertText: `${JSON.stringify(name)}: ${JSON.stringify(value)}`,
      snippet: false,
      replace,
      filterText: JSON.stringify(name),
      sortText: name,
      additionalEdits: [],
      retrigger: false,
    });
  }
  return items;
}

/** Go to definition from `${name}` in the card: the key's range in the data file's text. */
export function variableDefinition(
  card: CardDocument,
  fileOffset: number,
  data: TemplateData | undefined,
): { start: number; end: number } | undefined {
  const ref = referenceAtOffset(card, fileOffset);
  return ref && data ? definitionOf(data, ref) : undefined;
}

/** The name (and loop list, for an item field) under the cursor: in the card on `${...}`, in the data on a key. */
export type VariableKey = { name: string; list?: string };

export function variableKeyInCard(card: CardDocument, fileOffset: number): VariableKey | undefined {
  const ref = referenceAtOffset(card, fileOffset);
  if (!ref) return undefined;
  const list = ref.loops.at(-1)?.name;
  return list ? { name: ref.name, list } : { name: ref.name };
}

export function variableKeyInData(data: TemplateData, offset: number): VariableKey | undefined {
  const key = dataKeyAt(data, offset);
  return key ? { name: key.name, list: key.list } : undefined;
}

/**
 * Uses of a sample value in a card (file offsets of each `${...}`). A top-level name is used wherever no
 * loop item supplies the same field; a loop item field is used inside the loops over its list.
 */
export function variableUses(
  card: CardDocument,
  key: VariableKey,
  data: TemplateData | undefined,
): { start: number; end: number }[] {
  return findVariableReferences(card)
    .filter((ref) => {
      if (ref.name !== key.name) return false;
      const list = ref.loops.at(-1)?.name;
      if (key.list !== undefined) return list === key.list;
      if (!list) return true;
      // Inside a loop the item's field wins; count it for the top-level name only if no item has it.
      return !loopItemsHave(data, list, ref.name);
    })
    .map((ref) => ({ start: ref.fileStart, end: ref.fileEnd }));
}

function loopItemsHave(data: TemplateData | undefined, list: string, field: string): boolean {
  const items = data?.values[list];
  return Array.isArray(items) && items.some((item) => isPlainObject(item) && field in item);
}

/** The `_varloop` objects around an offset, with their sample items (innermost last). */
function loopsAt(
  card: CardDocument,
  offset: number,
  data: TemplateData | undefined,
): { list: string; items: Record<string, unknown>[] }[] {
  const result: { list: string; items: Record<string, unknown>[] }[] = [];
  const visit = (node: Node | undefined) => {
    if (!node || node.offset > offset || offset > node.offset + node.length) return;
    if (node.type === 'object') {
      const loop = prop(node, '_varloop');
      if (loop?.type === 'string' && isWholeVariable(loop.value)) {
        const name = (loop.value as string).slice(2, -1);
        const items = data?.values[name];
        result.push({ list: name, items: Array.isArray(items) ? items.filter(isPlainObject) : [] });
      }
      for (const pair of pairs(node)) visit(pair.value);
    } else if (node.type === 'array') {
      for (const child of node.children ?? []) visit(child);
    }
  };
  visit(card.cardNode);
  return result;
}

/** Is the end of this line fragment inside a JSON string (an odd number of unescaped quotes)? */
function insideString(fragment: string): boolean {
  let inside = false;
  for (let i = 0; i < fragment.length; i++) {
    if (fragment[i] === '\\') i++;
    else if (fragment[i] === '"') inside = !inside;
  }
  return inside;
}

function clip(text: string, max = 800): string {
  return text.length > max ? text.slice(0, max - 3) + '...' : text;
}
