// The card header: title, subtitle, up to three text tags, colour template, icon.
import { el, token } from '../dom';
import { iconNode } from '../icons';
import { isProps, localized, plain, type Props } from '../text';

function tagsOf(header: Props, locale: 'en' | 'zh'): Props[] {
  const i18n = header.i18n_text_tag_list;
  if (isProps(i18n)) {
    const list = i18n[locale === 'zh' ? 'zh_cn' : 'en_us'] ?? Object.values(i18n)[0];
    if (Array.isArray(list)) return list.filter(isProps);
  }
  return Array.isArray(header.text_tag_list) ? header.text_tag_list.filter(isProps) : [];
}

export function renderHeader(header: Props, locale: 'en' | 'zh'): HTMLElement {
  const template = token(header.template) ?? 'default';
  const title = isProps(header.title) ? header.title : {};
  const tags = tagsOf(header, locale)
    .slice(0, 3)
    .map((t) => el('span', { class: `text-tag tag-${token(t.color) ?? 'neutral'}`, text: plain(t.text) }));
  const icon = iconNode(isProps(header.icon) ? header.icon : header.ud_icon, 20);
  icon?.classList.add('header-icon');
  return el('div', { class: `card-header tpl-${template}`, data: { path: '["header"]', tag: 'header' } }, [
    el('div', { class: 'header-row' }, [
      icon,
      el('div', { class: 'header-titles' }, [
        el('div', { class: 'header-title' }, [el('span', { text: localized(title) }), ...tags]),
        header.subtitle !== undefined
          ? el('div', { class: 'header-subtitle', text: plain(header.subtitle) })
          : undefined,
      ]),
    ]),
  ]);
}
