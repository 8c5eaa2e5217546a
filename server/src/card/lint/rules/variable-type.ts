// A sample value that does not fit where its variable is bound. The value rules of the card (URLs,
// callback values, dates) skip `${...}` strings, so this rule checks the substituted values instead and
// reports at the `${...}` that carries the bad value.
import {
  findVariableReferences,
  isPlainObject,
  resolveReference,
  type VariableBinding,
  type VariableReference,
} from '../../template/variables';
import { VARIABLES_DOCS } from './variable-undefined';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'variable-type',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: VARIABLES_DOCS,
  description: {
    en: 'A sample value does not have the shape its variable needs where it is used.',
    zh: '示例值的类型与变量所在位置要求的不符。',
  },
  messages: {
    link: {
      en: '`${{name}}` is a link variable here (`{key}`): its value must be a link object `{"url", "pc_url", "ios_url", "android_url"}` or a URL, but the sample value is {value}.',
      zh: '`${{name}}` 在此（`{key}`）是链接变量，值须为链接对象 `{"url", "pc_url", "ios_url", "android_url"}` 或 URL，示例值却是 {value}。',
    },
    url: {
      en: 'With the sample value of `${{name}}` ({value}), `{key}` becomes "{result}", which is not a URL.',
      zh: '代入 `${{name}}` 的示例值（{value}）后，`{key}` 为 "{result}"，不是合法的 URL。',
    },
    objectString: {
      en: '`${{name}}` is the callback `value`, an object variable, but the sample value is a string ({value}). The platform SDKs expect an object.',
      zh: '`${{name}}` 是回调的 `value`（对象变量），示例值却是字符串（{value}）。平台 SDK 只支持对象。',
    },
    object: {
      en: '`${{name}}` is the callback `value`, an object variable, but the sample value is {value}.',
      zh: '`${{name}}` 是回调的 `value`（对象变量），示例值却是 {value}。',
    },
    date: {
      en: '`{key}` takes a date as yyyy-MM-dd; with the sample value of `${{name}}` it is "{result}".',
      zh: '`{key}` 的日期格式须为 yyyy-MM-dd，代入 `${{name}}` 的示例值后为 "{result}"。',
    },
    time: {
      en: '`{key}` takes a time as HH:mm; with the sample value of `${{name}}` it is "{result}".',
      zh: '`{key}` 的时间格式须为 HH:mm，代入 `${{name}}` 的示例值后为 "{result}"。',
    },
    datetime: {
      en: '`{key}` takes a date and time as yyyy-MM-dd HH:mm; with the sample value of `${{name}}` it is "{result}".',
      zh: '`{key}` 的日期时间格式须为 yyyy-MM-dd HH:mm，代入 `${{name}}` 的示例值后为 "{result}"。',
    },
    loop: {
      en: '`_varloop` repeats the component once per item of an object array, but the sample value of `${{name}}` is {value}.',
      zh: '`_varloop` 按对象数组的每一项重复组件，`${{name}}` 的示例值却是 {value}。',
    },
    image: {
      en: '`${{name}}` is an image variable here: its value must be `{"img_key": "..."}` (or an image key), but the sample value is {value}.',
      zh: '`${{name}}` 在此是图片变量，值须为 `{"img_key": "..."}`（或图片 key），示例值却是 {value}。',
    },
    options: {
      en: '`${{name}}` stands for the whole `options` list: its value must be an array of option objects, but the sample value is {value}.',
      zh: '`${{name}}` 代表整个 `options` 列表，值须为选项对象数组，示例值却是 {value}。',
    },
  },
  check(ctx) {
    const data = ctx.templateData;
    if (!data) return;
    const refs = findVariableReferences(ctx.card);
    for (const ref of refs) {
      const resolution = resolveReference(ref, data.values);
      if (resolution.status !== 'defined') continue;
      for (const value of resolution.values) {
        const problem = check(ref, value, refs, data.values);
        if (!problem) continue;
        ctx.report({ start: ref.start, end: ref.end }, problem.messageId, {
          name: ref.name,
          key: ref.key ?? '',
          value: describe(value),
          result: problem.result ?? '',
        });
        // One report per `${...}`: the first loop item that does not fit is enough to fix the data.
        break;
      }
    }
  },
};

interface Problem {
  messageId: string;
  result?: string;
}

const FORMATS: Partial<Record<VariableBinding, RegExp>> = {
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  time: /^([01]\d|2[0-3]):[0-5]\d$/,
  datetime: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d$/,
};

function check(
  ref: VariableReference,
  value: unknown,
  refs: VariableReference[],
  values: Record<string, unknown>,
): Problem | undefined {
  switch (ref.binding) {
    case 'link':
      return isLinkObject(value) || (typeof value === 'string' && isUrl(value))
        ? undefined
        : { messageId: 'link' };
    case 'object':
      if (isPlainObject(value)) return undefined;
      return { messageId: typeof value === 'string' ? 'objectString' : 'object' };
    case 'loop':
      return Array.isArray(value) && value.every(isPlainObject) ? undefined : { messageId: 'loop' };
    case 'image':
      return typeof value === 'string' || (isPlainObject(value) && typeof value.img_key === 'string')
        ? undefined
        : { messageId: 'image' };
    case 'options':
      return Array.isArray(value) && value.every(isPlainObject) ? undefined : { messageId: 'options' };
    case 'url': {
      const result = filled(ref, value, refs, values);
      if (result === undefined) return undefined;
      // The platform-specific URLs may be left empty; `default_url` may not.
      if (result === '' && ref.key !== 'default_url') return undefined;
      return isUrl(result) ? undefined : { messageId: 'url', result };
    }
    case 'date':
    case 'time':
    case 'datetime': {
      const result = filled(ref, value, refs, values);
      if (result === undefined) return undefined;
      return FORMATS[ref.binding]!.test(result) ? undefined : { messageId: ref.binding, result };
    }
    // Stryker disable next-line ConditionalExpression,StringLiteral: falling out of the switch returns undefined too
    case 'text':
      return undefined;
  }
}

/**
 * The whole string with this reference's value and the other references' first sample values filled in;
 * undefined while another reference in it has no value (that one is reported as undefined instead).
 */
function filled(
  ref: VariableReference,
  value: unknown,
  refs: VariableReference[],
  values: Record<string, unknown>,
): string | undefined {
  const text = ref.node.value as string;
  const inString = refs.filter((r) => r.node === ref.node);
  let result = '';
  let last = 0;
  // References are in text order, so each placeholder is searched after the previous one.
  let cursor = 0;
  for (const other of inString) {
    const placeholder = '${' + other.name + '}';
    const index = text.indexOf(placeholder, cursor);
    // Stryker disable next-line ConditionalExpression: unreachable, the scanner found every reference in this very string
    if (index < 0) return undefined;
    let replacement: unknown = value;
    if (other !== ref) {
      const resolution = resolveReference(other, values);
      if (resolution.status !== 'defined') return undefined;
      replacement = resolution.values[0];
    }
    result += text.slice(last, index) + inline(replacement);
    last = cursor = index + placeholder.length;
  }
  return result + text.slice(last);
}

function inline(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A link variable's value: an object with at least one URL field, each of them a string. */
function isLinkObject(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const fields = ['url', 'pc_url', 'ios_url', 'android_url'].filter((f) => f in value);
  return fields.length > 0 && fields.every((f) => typeof value[f] === 'string') && value.url !== '';
}

/**
 * Any absolute URL with a scheme (https, http, lark, applink, mailto ...) and no spaces. Deliberately loose:
 * which schemes the clients open is not documented in full.
 */
function isUrl(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value);
}

/** A short rendering of a sample value for messages. */
function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? json.slice(0, 57) + '...' : json;
}

export default rule;
