// Card markdown through markdown-it with raw HTML off. The platform's own tags (<font>, <text_tag>, <at>,
// <link>, <br>) are recognised by a small inline rule that emits only fixed markup: colours must be plain
// words, links must be http(s), and every other byte of card text stays escaped by markdown-it.
import MarkdownIt from 'markdown-it';
import { token } from './dom';

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

const md = new MarkdownIt({ html: false, linkify: false, breaks: true, typographer: false });
md.validateLink = isHttpUrl;

const TAG =
  /^<(\/?)(font|text_tag|at|link|br|hr)\b((?:\s+[A-Za-z_]+\s*=\s*(?:'[^'<>]*'|"[^"<>]*"|[^\s'"<>]+))*)\s*\/?>/i;
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
  if (!silent) {
    const t = state.push('feishu_tag', '', 0);
    t.meta = { close: match[1] === '/', name: match[2].toLowerCase(), attrs: attrsOf(match[3]) };
  }
  state.pos += match[0].length;
  return true;
};

md.inline.ruler.before('text', 'feishu_tag', feishuTag);

const escape = md.utils.escapeHtml;

md.renderer.rules.feishu_tag = (tokens, idx) => {
  const { close, name, attrs } = tokens[idx].meta as {
    close: boolean;
    name: string;
    attrs: Record<string, string>;
  };
  switch (name) {
    case 'br':
      return '<br>';
    case 'hr':
      return '<hr>';
    case 'font':
    case 'text_tag': {
      if (close) return '</span>';
      const color = token(attrs.color);
      const base = name === 'font' ? 'md-font' : 'md-tag';
      return `<span class="${base}${color ? ` ${base}-${color}` : ''}">`;
    }
    case 'at': {
      if (close) return '';
      const who = attrs.id ?? attrs.user_id ?? attrs.email ?? '';
      return `<span class="md-at">@${escape(who === 'all' ? 'all' : who)}</span>`;
    }
    case 'link': {
      if (close) return '</a>';
      const url = attrs.pc_url || attrs.url || '';
      return isHttpUrl(url) ? `<a href="${escape(url)}">` : '<a>';
    }
    default:
      return '';
  }
};

// Images cannot be fetched (no remote loads): show the alt text as a labelled placeholder.
md.renderer.rules.image = (tokens, idx) =>
  `<span class="img-ph inline">${escape(tokens[idx].content || 'image')}</span>`;

export function renderMarkdown(source: string): string {
  return md.render(source);
}
