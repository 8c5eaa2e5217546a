// Checks a callback request body (a fixture a bot's tests keep, or the console's Copy) against what the
// platform sends (card-callback-communication page; legacy: card-callback-structure), so tests do not run
// against a request the platform would never POST. Over the parse tree, for exact ranges.
import type { Node } from 'jsonc-parser';
import type { LocalizedText } from '../catalog/catalog';
import { arrayItems, isObject, pairs, prop, stringValue } from '../parse/json';

export interface RequestProblem {
  node: Node;
  messageId: keyof typeof REQUEST_MESSAGES;
  args?: Record<string, string>;
  severity: 'error' | 'warning';
}

export const REQUEST_MESSAGES = {
  schema: {
    en: 'A card.action.trigger request has `"schema": "2.0"`; the platform sends no other value.',
    zh: 'card.action.trigger 回调的 schema 固定为 "2.0"，平台不会发送其他值。',
  },
  missing: {
    en: 'The platform always sends `{field}` here: a test body without it is not a real request.',
    zh: '平台发送的回调中此处总有 {field}：缺少它的测试数据不是真实请求。',
  },
  notString: {
    en: '`{field}` is a string in the requests the platform sends.',
    zh: '平台发送的回调中 {field} 是字符串。',
  },
  notObject: {
    en: '`{field}` is an object in the requests the platform sends.',
    zh: '平台发送的回调中 {field} 是对象。',
  },
  eventType: {
    en: 'A card callback has `event_type` "card.action.trigger"; "{value}" is another event, whose body this file does not follow.',
    zh: '卡片回调的 event_type 为 "card.action.trigger"；"{value}" 是其他事件，此文件的结构与之不符。',
  },
  valueString: {
    en: '`action.value` is a string: 2.0 components call back with an object (the interactions page and the SDKs expect one); only 1.0 cards may still send a string.',
    zh: 'action.value 是字符串：2.0 组件回传的是对象（交互文档和 SDK 都要求对象）；只有 1.0 卡片可能仍回传字符串。',
  },
  valueType: {
    en: "`action.value` is the component's `value`: an object (or, from 1.0 cards, a string).",
    zh: 'action.value 是组件的 value：对象（1.0 卡片也可能是字符串）。',
  },
  formValue: {
    en: '`form_value` holds one entry per named field: a string, a list of strings (multi-selects) or true/false (checkers).',
    zh: 'form_value 中每个表单项为一项：字符串、字符串列表（多选）或 true/false（勾选器）。',
  },
  options: {
    en: '`options` is a list of the chosen option values (strings).',
    zh: 'options 是所选选项值（字符串）的列表。',
  },
  checked: {
    en: '`checked` is true or false.',
    zh: 'checked 为 true 或 false。',
  },
} satisfies Record<string, LocalizedText>;

const HEADER_FIELDS = ['event_id', 'token', 'create_time', 'event_type', 'tenant_key', 'app_id'];

export function checkRequest(body: Node): RequestProblem[] {
  const out: RequestProblem[] = [];
  const header = prop(body, 'header');
  const event = prop(body, 'event');
  if (isObject(header) || isObject(event)) {
    // The 2.0 envelope.
    const schema = prop(body, 'schema');
    if (schema && stringValue(schema) !== '2.0')
      out.push({ node: schema, messageId: 'schema', severity: 'error' });
    if (!isObject(header)) out.push(missingOrWrong(body, header, 'header'));
    else {
      const absent = HEADER_FIELDS.filter((field) => prop(header, field) === undefined);
      if (absent.length > 0)
        out.push({
          node: anchorOf(header),
          messageId: 'missing',
          args: { field: absent.map((f) => `header.${f}`).join(', ') },
          severity: 'error',
        });
      for (const field of HEADER_FIELDS)
        if (!absent.includes(field)) stringField(header, field, `header.${field}`, out);
      const type = stringValue(prop(header, 'event_type'));
      if (type !== undefined && type !== 'card.action.trigger')
        out.push({
          node: prop(header, 'event_type')!,
          messageId: 'eventType',
          args: { value: type },
          severity: 'warning',
        });
    }
    if (!isObject(event)) {
      out.push(missingOrWrong(body, event, 'event'));
      return out;
    }
    objectField(event, 'operator', 'event.operator', out);
    objectField(event, 'context', 'event.context', out);
    const action = prop(event, 'action');
    if (!isObject(action)) out.push(missingOrWrong(event, action, 'event.action'));
    else checkAction(action, 'event.action', out);
    return out;
  }
  // Flattened (SDK handler argument) or legacy card.action.trigger_v1 body.
  const action = prop(body, 'action');
  if (isObject(action)) checkAction(action, 'action', out);
  return out;
}

function checkAction(action: Node, path: string, out: RequestProblem[]): void {
  stringField(action, 'tag', `${path}.tag`, out);
  const value = prop(action, 'value');
  if (value?.type === 'string') out.push({ node: value, messageId: 'valueString', severity: 'warning' });
  else if (value && !isObject(value)) out.push({ node: value, messageId: 'valueType', severity: 'error' });
  for (const field of ['name', 'timezone', 'input_value', 'option']) {
    const node = prop(action, field);
    if (node && node.type !== 'string')
      out.push({ node, messageId: 'notString', args: { field: `${path}.${field}` }, severity: 'error' });
  }
  const options = prop(action, 'options');
  if (options && (options.type !== 'array' || arrayItems(options).some((o) => o.type !== 'string')))
    out.push({ node: options, messageId: 'options', severity: 'error' });
  const checked = prop(action, 'checked');
  if (checked && checked.type !== 'boolean')
    out.push({ node: checked, messageId: 'checked', severity: 'error' });
  const form = prop(action, 'form_value');
  if (!form) return;
  if (!isObject(form)) {
    out.push({ node: form, messageId: 'formValue', severity: 'error' });
    return;
  }
  for (const { value: entry } of pairs(form)) {
    if (!entry) continue;
    const ok =
      entry.type === 'string' ||
      entry.type === 'boolean' ||
      (entry.type === 'array' && arrayItems(entry).every((item) => item.type === 'string'));
    if (!ok) out.push({ node: entry, messageId: 'formValue', severity: 'error' });
  }
}

function missingOrWrong(parent: Node, node: Node | undefined, field: string): RequestProblem {
  return node
    ? { node, messageId: 'notObject', args: { field }, severity: 'error' }
    : { node: anchorOf(parent), messageId: 'missing', args: { field }, severity: 'error' };
}

/** Where "missing here" points: the key of the object it is missing from, or the root's opening brace. */
export function anchorOf(node: Node): Node {
  // Stryker disable next-line OptionalChaining: a property node always has its key as first child
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ?? { ...node, length: 1, children: undefined };
}

function stringField(parent: Node, key: string, field: string, out: RequestProblem[]): void {
  const node = prop(parent, key);
  if (!node) out.push({ node: anchorOf(parent), messageId: 'missing', args: { field }, severity: 'error' });
  else if (node.type !== 'string')
    out.push({ node, messageId: 'notString', args: { field }, severity: 'error' });
}

function objectField(parent: Node, key: string, field: string, out: RequestProblem[]): void {
  const node = prop(parent, key);
  if (!node) out.push({ node: anchorOf(parent), messageId: 'missing', args: { field }, severity: 'error' });
  else if (!isObject(node)) out.push({ node, messageId: 'notObject', args: { field }, severity: 'error' });
}
