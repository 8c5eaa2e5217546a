// Card markdown through markdown-it with raw HTML off. The platform's own tags (<font>, <text_tag>, <at>,
// <a>, <link>, <person>, <number_tag>, <local_datetime>, <raw>, <br>, <hr>) and emoji keys (:DONE:) are
// recognised by small inline rules that emit only fixed markup: colours must be enum words, links must be
// http(s), and every other byte of card text stays escaped by markdown-it. Icons are left as empty
// placeholders that markdownDom.ts fills with SVG.
import MarkdownIt from 'markdown-it';
import { colorClass } from './colors';
import { token } from './dom';
import { emojiRule, renderEmoji } from './markdownEmoji';
import { formatLocalDatetime } from './datetime';

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.validateLink = isHttpUrl;

const TAGS = 'font|text_tag|at|a|link|person|number_tag|local_datetime|raw|br|hr';
const TAG = new RegExp(
  `^<(\\/?)(${TAGS})\\b((?:\\s+[A-Za-z_]+\\s*=\\s*(?:'[^'<>]*'|"[^"<>]*"|[^\\s'"<>]+))*)\\s*\\/?>`,
  'i',
);
const ATTR = /([A-Za-z_]+)\s*=\s*(?:'([^']*)'|"([^"]*)"|([^\s'"<>]+))/g;

function attrsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

type InlineRule = Parameters<typeof md.inline.ruler.before>[2];

const feishuTag: InlineRule = (state, silent) => {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  const match = TAG.exec(state.src.slice(state.pos));
  if (!match) return false;
  const name = match[2].toLowerCase();
  const close = match[1] === '/';
  if (name === 'raw' && !close) {
    // <raw>…</raw>: the content is shown literally, markdown and tags included.
    const start = state.pos + match[0].length;
    const end = state.src.toLowerCase().indexOf('</raw>', start);
    const stop = end < 0 ? state.src.length : end;
    if (!silent) state.push('text', '', 0).content = state.src.slice(start, stop);
    state.pos = end < 0 ? stop : stop + '</raw>'.length;
    return true;
  }
  if (!silent) {
    const t = state.push('feishu_tag', '', 0);
    t.meta = { close, name, attrs: attrsOf(match[3]) };
  }
  state.pos += match[0].length;
  return true;
};

md.inline.ruler.before('text', 'feishu_tag', feishuTag);
md.inline.ruler.before('text', 'feishu_emoji', (state, silent) => emojiRule(state, silent));

const escape = md.utils.escapeHtml;

interface Env {
  /** What each open tag needs at its close, innermost last. */
  closers?: { name: string; html: string }[];
  [key: string]: unknown;
}

function open(env: Env, name: string, html: string, closer: string): string {
  (env.closers ??= []).push({ name, html: closer });
  return html;
}

function close(env: Env, name: string): string {
  const stack = env.closers ?? [];
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i].name !== name) continue;
    // Tags opened inside and never closed are closed here too, so the markup stays balanced.
    return stack
      .splice(i)
      .reverse()
      .map((c) => c.html)
      .join('');
  }
  return '';
}

function linkOf(attrs: Record<string, string>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const url = attrs[key];
    if (url && isHttpUrl(url)) return url;
  }
  return undefined;
}

/** The `id`s of <at>/<person>, shown as the mention's text (names cannot be resolved offline). */
function mention(attrs: Record<string, string>): string {
  const ids = (attrs.ids ?? attrs.id ?? attrs.user_id ?? attrs.email ?? '').split(',').filter(Boolean);
  if (ids.length === 0) return '<span class="md-at">@?</span>';
  return ids.map((id) => `<span class="md-at">@${escape(id === 'all' ? 'all' : id)}</span>`).join(' ');
}

function person(attrs: Record<string, string>): string {
  const id = attrs.id ?? '';
  const style = attrs.style === 'capsule' ? ' capsule' : '';
  const avatar =
    attrs.show_avatar === 'false'
      ? ''
      : `<span class="avatar small">${escape(id.slice(3, 4).toUpperCase() || '?')}</span>`;
  const name = attrs.show_name === 'false' ? '' : `<span class="person-name">${escape(id || '?')}</span>`;
  return `<span class="md-person${style}" title="${escape(id)}">${avatar}${name}</span>`;
}

md.renderer.rules.feishu_tag = (tokens, idx, _options, env?: Env) => {
  env ??= {};
  const {
    close: closing,
    name,
    attrs,
  } = tokens[idx].meta as {
    close: boolean;
    name: string;
    attrs: Record<string, string>;
  };
  if (closing) return close(env, name);
  switch (name) {
    case 'br':
      return '<br>';
    case 'hr':
      return '<hr>';
    case 'font': {
      const color = colorClass(attrs.color, 'fc');
      return open(env, name, `<span class="md-font${color ? ` ${color}` : ''}">`, '</span>');
    }
    case 'text_tag': {
      const color = token(attrs.color) ?? 'neutral';
      return open(env, name, `<span class="md-tag md-tag-${color}">`, '</span>');
    }
    case 'at':
      return open(env, name, mention(attrs), '');
    case 'person':
      return open(env, name, person(attrs), '');
    case 'a':
    case 'link': {
      const url = name === 'a' ? linkOf(attrs, 'href') : linkOf(attrs, 'pc_url', 'url');
      const icon =
        name === 'link' && token(attrs.icon)
          ? `<span class="md-icon" data-token="${escape(attrs.icon)}"></span>`
          : '';
      return open(env, name, `${url ? `<a href="${escape(url)}">` : '<a>'}${icon}`, '</a>');
    }
    case 'number_tag': {
      // Default colours are not documented: a red badge with white digits, like an unread count.
      const bg = colorClass(attrs.background_color || 'red', 'bgc');
      const fg = colorClass(attrs.font_color || 'white', 'fc');
      const url = linkOf(attrs, 'pc_url', 'url');
      const outer = `${url ? `<a href="${escape(url)}" class="md-number-link">` : ''}<span class="md-number ${bg}"><span class="${fg}">`;
      return open(env, name, outer, `</span></span>${url ? '</a>' : ''}`);
    }
    case 'local_datetime': {
      const text = escape(formatLocalDatetime(attrs.millisecond, attrs.format_type));
      const url = linkOf(attrs, 'link');
      return open(
        env,
        name,
        url
          ? `<a href="${escape(url)}" class="md-datetime">${text}</a>`
          : `<span class="md-datetime">${text}</span>`,
        '',
      );
    }
    default:
      return '';
  }
};

md.renderer.rules.feishu_emoji = (tokens, idx) =>
  renderEmoji(tokens[idx].meta as { key: string; emoji?: string }, escape);

// Images cannot be fetched (no remote loads): show the alt text as a labelled placeholder.
md.renderer.rules.image = (tokens, idx) =>
  `<span class="img-ph inline">${escape(tokens[idx].content || 'image')}</span>`;

export function renderMarkdown(source: string): string {
  const env: Env = {};
  const html = md.render(source, env as Parameters<typeof md.render>[1]);
  // Whatever is still open at the end is closed, so nothing leaks into the next component.
  return (
    html +
    (env.closers ?? [])
      .reverse()
      .map((c) => c.html)
      .join('')
  );
}
