// Sample data for template cards: reading a data file, finding it beside the card, and editing it.
// Pure: text in, values and edits out. The LSP and the CLI do the file-system part.
import { modify, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { applyEdits, detectFormatting, minimalEdit } from '../edit/jsonEdits';
import { nodeAt, pairs, prop, stringValue, valueOf } from '../parse/json';
import type { TextEdit } from '../parse/model';
import { isPlainObject, type TemplateData, type VariableBinding, type VariableReference } from './variables';

/**
 * Reads a data file: either `{ "<name>": <value> }` or the body of a template send request,
 * `{"type": "template", "data": {"template_id", "template_version_name", "template_variable": {...}}}`.
 * Never throws: a broken file gives the values that could be read and `broken: true`.
 */
export function readTemplateData(text: string, path = ''): TemplateData {
  const errors: ParseError[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const data: TemplateData = { values: {}, source: { path, text }, valuesPath: [], tree };
  if (!tree || tree.type !== 'object') {
    data.broken = true;
    return data;
  }
  data.broken = errors.length > 0;
  const isRequest = stringValue(prop(tree, 'type')) === 'template' && prop(tree, 'data')?.type === 'object';
  if (isRequest) {
    data.valuesPath = ['data', 'template_variable'];
    const variables = nodeAt(tree, data.valuesPath);
    const value = variables ? plain(valueOf(variables)) : undefined;
    data.values = isPlainObject(value) ? value : {};
    data.templateId = stringValue(nodeAt(tree, ['data', 'template_id']));
  } else {
    const value = plain(valueOf(tree));
    data.values = isPlainObject(value) ? value : {};
  }
  return data;
}

/** jsonc-parser builds objects without a prototype; sample values are handed around as ordinary JSON. */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** The values object node in the data file (undefined when the file has none yet). */
export function valuesNode(data: TemplateData): Node | undefined {
  const node = data.tree && nodeAt(data.tree, data.valuesPath ?? []);
  return node?.type === 'object' ? node : undefined;
}

/** `alarm.json` → `alarm.data.json`, `alarm.card.json` → `alarm.card.data.json` (also for `.jsonc`). */
export function sidecarDataPath(cardPath: string): string {
  const match = /\.jsonc?$/i.exec(cardPath);
  return match ? cardPath.slice(0, match.index) + '.data.json' : cardPath + '.data.json';
}

/** The card files whose sidecar a data file would be (`x.data.json` → `x.json`, `x.jsonc`). */
export function cardPathsForSidecar(dataPath: string): string[] {
  const match = /\.data\.json$/i.exec(dataPath);
  if (!match) return [];
  const base = dataPath.slice(0, match.index);
  return [base + '.json', base + '.jsonc'];
}

export function isSidecarDataPath(path: string): boolean {
  return /\.data\.json$/i.test(path);
}

/** `feishuCard.variables.dataFile` from the raw settings object (the shared sanitizer drops unknown keys). */
export function dataFileSetting(rawSettings: unknown): string | undefined {
  const variables = isPlainObject(rawSettings) ? rawSettings.variables : undefined;
  const dataFile = isPlainObject(variables) ? variables.dataFile : undefined;
  return typeof dataFile === 'string' && dataFile.trim() !== '' ? dataFile.trim() : undefined;
}

/** A sample value of the right shape for where the variable is bound (the quick fix inserts it). */
export function sampleValueFor(binding: VariableBinding, name: string, itemFields: string[] = []): unknown {
  switch (binding) {
    case 'link':
      return { url: 'https://example.com', pc_url: '', ios_url: '', android_url: '' };
    case 'url':
      return 'https://example.com';
    case 'object':
      return { action: name };
    case 'date':
      return '2025-01-01';
    case 'time':
      return '09:00';
    case 'datetime':
      return '2025-01-01 09:00';
    case 'loop':
      return [Object.fromEntries(itemFields.map((field) => [field, field]))];
    case 'image':
      return { img_key: '' };
    case 'options':
      return [];
    case 'text':
      return name;
  }
}

/** What "Add `name` to the sample data" changes: edits in an existing data file, or a new file's text. */
export interface SampleValueEdit {
  name: string;
  value: unknown;
  /** Edits in `data.source.text`; empty when the file must be created. */
  edits: TextEdit[];
  /** The whole text of a new data file, when there is none yet. */
  newFileText?: string;
}

/**
 * Adds a sample value for a reference. A name used inside a loop is added to every item of the loop's
 * list when that list exists in the data; otherwise the name goes to the top level.
 */
export function addSampleValue(
  data: TemplateData | undefined,
  ref: VariableReference,
  allRefs: VariableReference[],
): SampleValueEdit | undefined {
  const itemFields = ref.binding === 'loop' ? loopFieldNames(ref, allRefs) : [];
  const value = sampleValueFor(ref.binding, ref.name, itemFields);
  if (!data?.source) {
    return {
      name: ref.name,
      value,
      edits: [],
      newFileText: JSON.stringify({ [ref.name]: value }, null, 2) + '\n',
    };
  }
  if (data.broken) return undefined;
  const text = data.source.text;
  const base = data.valuesPath ?? [];
  const formattingOptions = detectFormatting(text);
  // Each change is computed on the text left by the previous one (jsonc-parser may rewrite a one-line
  // file as a whole), and the result is handed out as one minimal edit of the original.
  let current = text;
  const edit = (path: (string | number)[]): TextEdit[] => {
    const edits = modify(current, path, value, { formattingOptions });
    current = applyEdits(
      current,
      edits.map((e) => ({ offset: e.offset, length: e.length, newText: e.content })),
    );
    return minimalEdit(text, current);
  };
  const loop = ref.loops.at(-1);
  if (loop && ref.loops.length === 1) {
    const list = data.values[loop.name];
    if (Array.isArray(list) && list.length > 0) {
      // One value per item (each computed on the text the previous one left).
      let changed = false;
      list.forEach((item, index) => {
        if (isPlainObject(item) && !(ref.name in item)) {
          edit([...base, loop.name, index, ref.name]);
          changed = true;
        }
      });
      if (changed) return { name: ref.name, value, edits: minimalEdit(text, current) };
    }
  }
  return { name: ref.name, value, edits: edit([...base, ref.name]) };
}

/** Names referenced directly inside a `_varloop` (its item fields), for a sample list. */
export function loopFieldNames(loopRef: VariableReference, allRefs: VariableReference[]): string[] {
  const names = new Set<string>();
  for (const ref of allRefs) {
    if (ref.loops.at(-1) === loopRef) names.add(ref.name);
  }
  return [...names];
}

/** The key of a sample value at an offset of the data file: a top-level name or a loop item's field. */
export function dataKeyAt(
  data: TemplateData,
  offset: number,
): { name: string; list?: string; start: number; end: number } | undefined {
  const values = valuesNode(data);
  for (const { key, keyNode, value } of pairs(values)) {
    if (within(keyNode, offset))
      return { name: key, start: keyNode.offset, end: keyNode.offset + keyNode.length };
    if (value?.type !== 'array' || !within(value, offset)) continue;
    for (const item of value.children ?? []) {
      for (const field of pairs(item)) {
        if (within(field.keyNode, offset))
          return {
            name: field.key,
            list: key,
            start: field.keyNode.offset,
            end: field.keyNode.offset + field.keyNode.length,
          };
      }
    }
  }
  return undefined;
}

/** The key node that defines a reference's sample value in the data file (for go to definition). */
export function definitionOf(
  data: TemplateData,
  ref: VariableReference,
): { start: number; end: number } | undefined {
  // Inside a loop the field of the first item that has it, else the top-level key (as the lookup goes).
  const list = ref.loops.length === 1 ? ref.loops[0].name : undefined;
  return (list !== undefined ? keyRange(data, ref.name, list) : undefined) ?? keyRange(data, ref.name);
}

/** Range of a top-level key, or of a field in the first item of a list that has it. */
export function keyRange(
  data: TemplateData,
  name: string,
  list?: string,
): { start: number; end: number } | undefined {
  const values = valuesNode(data);
  if (!values) return undefined;
  const range = (node: Node) => ({ start: node.offset, end: node.offset + node.length });
  if (list === undefined) {
    const top = pairs(values)
      .reverse()
      .find((p) => p.key === name);
    return top && range(top.keyNode);
  }
  const items = prop(values, list);
  for (const item of items?.type === 'array' ? (items.children ?? []) : []) {
    const field = pairs(item).find((p) => p.key === name);
    if (field) return range(field.keyNode);
  }
  return undefined;
}

function within(node: Node, offset: number): boolean {
  return node.offset <= offset && offset <= node.offset + node.length;
}

/**
 * A whole sample-data file for a template card: a value of the right shape for each top-level variable it
 * uses (names inside a `_varloop` are fields of the list's items, sampled with the list). Empty when the
 * card uses no variables.
 */
export function sampleDataFileFor(refs: VariableReference[]): string | undefined {
  const values = new Map<string, unknown>();
  for (const ref of refs) {
    if (ref.loops.length > 0 || values.has(ref.name)) continue;
    const itemFields = ref.binding === 'loop' ? loopFieldNames(ref, refs) : [];
    values.set(ref.name, sampleValueFor(ref.binding, ref.name, itemFields));
  }
  return values.size ? JSON.stringify(Object.fromEntries(values), null, 2) + '\n' : undefined;
}
