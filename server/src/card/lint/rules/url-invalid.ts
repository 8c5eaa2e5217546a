// Links must be absolute: https / http, `lark://` or an AppLink (https://applink.feishu.cn/...).
// "TODO", relative paths or bare host names open nothing (or get the card rejected).
import { urlFields, urlPlace } from './utils/urls';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'url-invalid',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'configuring-card-interactions',
  description: { en: 'A link that is not an absolute URL.', zh: '链接不是完整的绝对地址。' },
  messages: {
    empty: {
      en: 'Empty link: `{key}` is the fallback URL, so clicking opens nothing. Give an absolute https URL, a `lark://` link or an AppLink.',
      zh: '链接为空：{key} 是兜底链接，点击后不会打开任何页面。请填写完整的 https 链接、lark:// 链接或 AppLink。',
    },
    whitespace: {
      en: 'The link "{url}" contains spaces: clients will not open it. Remove the spaces (or encode them as %20).',
      zh: '链接 "{url}" 含有空白字符：客户端无法打开。请删除空格（或编码为 %20）。',
    },
    scheme: {
      en: 'The link "{url}" uses a scheme the card cannot open. Use https (or http), `lark://`, or an AppLink (https://applink.feishu.cn/...).',
      zh: '链接 "{url}" 的协议卡片无法打开。请使用 https（或 http）、lark:// 或 AppLink（https://applink.feishu.cn/...）。',
    },
    relative: {
      en: 'The link "{url}" is not an absolute URL, so clicking opens nothing. Write the full address, e.g. "https://{hint}".',
      zh: '链接 "{url}" 不是完整的绝对地址，点击后不会打开任何页面。请填写完整地址，例如 "https://{hint}"。',
    },
    malformed: {
      en: 'The link "{url}" is not a well-formed URL (no host name): clients will not open it.',
      zh: '链接 "{url}" 格式不正确（缺少主机名）：客户端无法打开。',
    },
  },
  check(ctx) {
    // An index loop: a for-of in this once-per-lint check allocated an iterator result per link (40 B,
    // 3,600 links on the 1 MB bench card).
    const fields = urlFields(ctx.card);
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const kind = field.kind;
      if (kind === 'ok' || kind === 'variable' || kind === 'insecure') continue;
      // A value that starts like a host name (`www.example.com/a`) only lacks its scheme.
      const hint = /^[\w-]+\.[\w-]/.test(field.value) ? field.value : 'example.com/...';
      ctx.report(urlPlace(field), kind, { url: field.value, key: field.key, hint });
    }
  },
};

export default rule;
