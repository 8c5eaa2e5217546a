// Turns a JSON 1.0 card into the equivalent 2.0 card, as the 2.0 breaking-changes page describes: `action`
// modules become column sets of buttons, `value` / `url` / `multi_url` become behaviors, `note` a grey
// notation-size div, header icons the 2.0 `icon`, spacing `large` (16 px in 1.0) `extra_large`, markdown
// `[x]($urlVal)` a `<link>`, `i18n_elements` per-field i18n (mergeLocales.ts). Pure: a card value in, a card value and the list of what was not converted out.
// Element ids and callback values are kept as they are, so a click sends the same `action.value`.
import { componentSpec, type LocalizedText } from '../catalog/catalog';
import { mergeLocales } from './mergeLocales';

type Json = Record<string, unknown>;

export interface MigrationNote {
  /** Where in the 1.0 card (path from the card root). */
  path: (string | number)[];
  message: LocalizedText;
}

export interface Migration {
  card: Json;
  /** What had no 2.0 equivalent: dropped (deprecated) or left as it was. Never silently lost. */
  notes: MigrationNote[];
}

const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Whether a 1.0 component's `value` / `url` / `multi_url` are what its own use sends or opens, so that they
 * become 2.0 behaviors: the 1.0 catalog's `callsBackByDefault` (buttons, inputs, selects, pickers,
 * overflow, image picker). Multi selects (sent only by a form's submit) and checkers (callback through
 * `behaviors` only) keep what they have.
 */
const callsBack = (tag: string | undefined) => componentSpec(tag, 'v1')?.callsBackByDefault === true;

export function migrateToV2(v1: Json): Migration {
  const notes: MigrationNote[] = [];
  const note = (path: (string | number)[], en: string, zh: string) =>
    notes.push({ path, message: { en, zh } });
  const card: Json = { schema: '2.0' };
  for (const [key, value] of Object.entries(v1)) {
    if (key === 'schema' || key === 'elements' || key === 'i18n_elements') continue;
    if (key === 'config') card.config = migrateConfig(value, note);
    else if (key === 'header') card.header = migrateHeader(value, note);
    else card[key] = value;
  }
  const elements: unknown[] = Array.isArray(v1.elements) ? v1.elements : [];
  let bodyElements = migrateList(elements, ['elements'], note);
  if (isRecord(v1.i18n_elements)) {
    const i18n = v1.i18n_elements;
    const locales = Object.keys(i18n);
    if (elements.length === 0 && locales.length > 0) {
      // 2.0 has no card-wide i18n_elements (breaking-changes and multi-language pages): each language's
      // elements are converted, then merged into one list with per-field i18n_content / i18n_img_key /
      // i18n_default_value. Where the languages differ in more than those fields, one language is kept.
      const chosen = locales.includes('zh_cn') ? 'zh_cn' : locales[0];
      const lists: Record<string, unknown[]> = {};
      for (const locale of locales) {
        const list = Array.isArray(i18n[locale]) ? (i18n[locale] as unknown[]) : [];
        // The notes of one language stand for all: the merge below needs the lists alike anyway.
        lists[locale] = migrateList(list, ['i18n_elements', locale], locale === chosen ? note : () => {});
      }
      const merged = locales.length > 1 ? mergeLocales(lists, chosen) : undefined;
      bodyElements = merged?.ok ? merged.elements : lists[chosen];
      const others = locales.filter((l) => l !== chosen);
      if (merged && !merged.ok) {
        const where = merged.path.length > 0 ? ` (they first differ at ${merged.path.join('.')})` : '';
        note(
          ['i18n_elements'],
          `JSON 2.0 has no card-wide i18n_elements, and these languages differ in more than texts, images and default values${where}, which 2.0 can only translate per field: the ${chosen} elements were kept; ${others.join(', ')} must be rewritten as per-field i18n_content.`,
          `JSON 2.0 不支持卡片级 i18n_elements，且各语言的差异不止于文本、图片和默认值${where ? `（首个差异位于 ${merged.path.join('.')}）` : ''}，2.0 只能按字段配置多语言：已保留 ${chosen} 的组件；${others.join('、')} 需改写为组件内的 i18n_content。`,
        );
      }
    } else if (locales.length > 0) {
      note(
        ['i18n_elements'],
        'JSON 2.0 has no card-wide i18n_elements; they were dropped beside `elements`: rewrite them as per-field i18n_content.',
        'JSON 2.0 不支持卡片级 i18n_elements；已与 elements 一同存在的 i18n_elements 被移除：请改写为组件内的 i18n_content。',
      );
    }
  }
  card.body = { elements: bodyElements };
  formRolesOnlyInForms(card.body, false);
  return { card, notes };
}

type Note = (path: (string | number)[], en: string, zh: string) => void;

function migrateConfig(config: unknown, note: Note): unknown {
  if (!isRecord(config)) return config;
  const out: Json = {};
  for (const [key, value] of Object.entries(config)) {
    if (key === 'wide_screen_mode') {
      // Deprecated in 1.0 already; 2.0 uses width_mode.
      note(
        ['config', key],
        'Deprecated `wide_screen_mode` dropped (2.0: `width_mode`).',
        '已移除废弃的 wide_screen_mode（2.0 使用 width_mode）。',
      );
      continue;
    }
    out[key] = value;
  }
  return out;
}

function migrateHeader(header: unknown, note: Note): unknown {
  if (!isRecord(header)) return header;
  const out: Json = {};
  const icon: Json = {};
  for (const [key, value] of Object.entries(header)) {
    if (key === 'icon' && isRecord(value))
      Object.assign(icon, { tag: 'custom_icon', img_key: value.img_key });
    else if (key === 'ud_icon' && isRecord(value)) {
      Object.assign(icon, { tag: 'standard_icon', token: value.token });
      const color = isRecord(value.style) ? value.style.color : undefined;
      if (color !== undefined) icon.color = color;
    } else out[key] = value;
  }
  // Both present: the 2.0 icon is the standard icon, carrying the image key too (breaking-changes page
  // example), whichever of the two came first.
  if (isRecord(header.icon) && isRecord(header.ud_icon))
    Object.assign(icon, { tag: 'standard_icon', img_key: header.icon.img_key });
  if (Object.keys(icon).length > 0) out.icon = icon;
  void note;
  return out;
}

function migrateList(list: unknown[], path: (string | number)[], note: Note): unknown[] {
  return list.flatMap((item, i) => migrateElement(item, [...path, i], note));
}

function migrateElement(element: unknown, path: (string | number)[], note: Note): unknown[] {
  if (!isRecord(element)) return [element];
  switch (element.tag) {
    case 'action':
      return [actionModule(element, path, note)];
    case 'note':
      return [noteToDiv(element, path, note)];
    case 'div':
      return divElement(element, path, note);
    default:
      return [component(element, path, note)];
  }
}

/** Any component: callbacks and links into behaviors, children migrated, spacing renamed. */
function component(element: Json, path: (string | number)[], note: Note): Json {
  const out: Json = {};
  // A tag that is no string (`"tag": {}`) is no component the catalog knows; it must not reach its lookup.
  const tag = typeof element.tag === 'string' ? element.tag : undefined;
  for (const [key, value] of Object.entries(element)) {
    if (/_spacing$/.test(key) && value === 'large') out[key] = 'extra_large';
    else if (key === 'elements' && Array.isArray(value)) out[key] = migrateList(value, [...path, key], note);
    else if (key === 'columns' && Array.isArray(value))
      out[key] = value.map((c, i) => (isRecord(c) ? component(c, [...path, key, i], note) : c));
    else if (tag === 'markdown' && key === 'href') continue;
    else if (key === 'text' && isRecord(value) && isRecord(value.href) && typeof value.content === 'string') {
      const { href, ...text } = value;
      out[key] = { ...text, content: hrefLinks(value.content, href as Json) };
    } else if (key === 'options' && Array.isArray(value))
      out[key] = value.map((o) => (isRecord(o) ? optionLinks(o) : o));
    else if (tag === 'button' && key === 'complex_interaction') {
      note(
        [...path, key],
        '`complex_interaction` has no 2.0 equivalent (2.0 buttons may carry both open_url and callback behaviors); dropped.',
        'complex_interaction 在 2.0 中没有对应属性（2.0 按钮可同时配置 open_url 和 callback 交互）；已移除。',
      );
    } else if (tag === 'img' && key === 'size' && value === 'stretch_without_padding') {
      note(
        [...path, key],
        'JSON 2.0 images have no `stretch_without_padding`; dropped (a negative `margin` gives a similar full-width look).',
        'JSON 2.0 图片不支持 stretch_without_padding；已移除（可用负数 margin 实现类似的通栏效果）。',
      );
    } else if (tag === 'markdown' && key === 'content' && typeof value === 'string' && isRecord(element.href))
      out[key] = hrefLinks(value, element.href);
    else if (key === 'action_type' && value === 'form_submit') out.form_action_type = 'submit';
    else if (key === 'action_type' && value === 'form_reset') out.form_action_type = 'reset';
    else out[key] = value;
  }
  if (tag === 'column_set' && isRecord(element.action) && isRecord(element.action.multi_url)) {
    delete out.action;
    out.behaviors = [openUrl(element.action.multi_url)];
  }
  if (callsBack(tag) && !Array.isArray(element.behaviors)) {
    const behaviors: Json[] = [];
    if (isRecord(element.multi_url)) behaviors.push(openUrl(element.multi_url));
    else if (typeof element.url === 'string') behaviors.push({ type: 'open_url', default_url: element.url });
    // A link and a value together only jump in 1.0 unless complex_interaction is true (the button page's
    // historical fields); a 2.0 button runs every behavior it has, so the callback is added only then.
    const jumpOnly = behaviors.length > 0 && element.complex_interaction !== true;
    if (element.value !== undefined && !jumpOnly) behaviors.push({ type: 'callback', value: element.value });
    else if (element.value !== undefined)
      note(
        [...path, 'value'],
        'In JSON 1.0 a component with a link and a `value` only opens the link (`complex_interaction` is not true), so this value was never sent; it is left out. Add a callback behavior if the click should also call back.',
        'JSON 1.0 中同时配置了链接和 value 的组件只会跳转链接（complex_interaction 不为 true），此 value 从未回传，因此未迁移。如需点击时同时回传，请添加 callback 交互。',
      );
    delete out.url;
    delete out.multi_url;
    delete out.value;
    if (behaviors.length > 0) out.behaviors = behaviors;
  }
  return out;
}

/** A 1.0 overflow option's `url` becomes the 2.0 option's `multi_url`. */
function optionLinks(option: Json): Json {
  if (typeof option.url !== 'string') return option;
  const { url, ...rest } = option;
  return { ...rest, multi_url: { ...(isRecord(option.multi_url) ? option.multi_url : {}), url } };
}

function openUrl(multi: Json): Json {
  const out: Json = { type: 'open_url', default_url: multi.url ?? '' };
  for (const key of ['pc_url', 'ios_url', 'android_url'])
    if (typeof multi[key] === 'string' && multi[key] !== '') out[key] = multi[key];
  return out;
}

/** `[text]($urlVal)` with `href.urlVal` → `<link url=… pc_url=…>text</link>` (2.0 markdown). */
function hrefLinks(content: string, href: Json): string {
  return content.replace(/\[([^\]]*)\]\(\$(\w+)\)/g, (whole, label: string, name: string) => {
    const target = href[name];
    if (!isRecord(target)) return whole;
    const attrs = (['url', 'pc_url', 'ios_url', 'android_url'] as const)
      .filter((k) => typeof target[k] === 'string')
      .map((k) => `${k}='${String(target[k])}'`)
      .join(' ');
    return `<link ${attrs}>${label}</link>`;
  });
}

/** The 1.0 `action` module: its elements side by side in a column set that wraps (flow), 8 px apart. */
function actionModule(element: Json, path: (string | number)[], note: Note): Json {
  const actions = Array.isArray(element.actions) ? element.actions : [];
  const columns = actions.map((action, i) => ({
    tag: 'column',
    width: 'auto',
    elements: migrateElement(action, [...path, 'actions', i], note),
  }));
  const layout = element.layout;
  const out: Json = {
    tag: 'column_set',
    flex_mode: layout === 'bisected' ? 'bisect' : layout === 'trisected' ? 'trisect' : 'flow',
    horizontal_spacing: '8px',
    columns,
  };
  if (typeof element.element_id === 'string') out.element_id = element.element_id;
  return out;
}

/** `note` → a div with grey notation-size text and the note's first image as its icon. */
function noteToDiv(element: Json, path: (string | number)[], note: Note): Json {
  const parts = Array.isArray(element.elements) ? element.elements : [];
  const texts = parts.filter((p) => isRecord(p) && (p.tag === 'plain_text' || p.tag === 'lark_md')) as Json[];
  const images = parts.filter((p) => isRecord(p) && p.tag === 'img') as Json[];
  const markdown = texts.some((t) => t.tag === 'lark_md');
  const out: Json = {
    tag: 'div',
    text: {
      tag: markdown ? 'lark_md' : 'plain_text',
      content: texts.map((t) => String(t.content ?? '')).join(' '),
      text_size: 'notation',
      text_color: 'grey',
    },
  };
  if (images.length > 0) out.icon = { tag: 'custom_icon', img_key: images[0].img_key };
  if (images.length > 1)
    note(
      [...path, 'elements'],
      `A 2.0 div has one icon: ${images.length - 1} more image(s) of this note were dropped.`,
      `2.0 的 div 只有一个图标：此备注中另外 ${images.length - 1} 张图片已移除。`,
    );
  if (typeof element.element_id === 'string') out.element_id = element.element_id;
  return out;
}

/** div: text and `fields` stay (2.0 div has both); `extra` goes beside the div in a column set. */
function divElement(element: Json, path: (string | number)[], note: Note): Json[] {
  const base = component(element, path, note);
  const extra = element.extra;
  if (extra === undefined) return [base];
  delete base.extra;
  const extraElements = isRecord(extra) ? migrateElement(extra, [...path, 'extra'], note) : [];
  return [
    {
      tag: 'column_set',
      columns: [
        { tag: 'column', width: 'weighted', weight: 1, elements: [base] },
        { tag: 'column', width: 'auto', elements: extraElements },
      ],
    },
  ];
}

/** `action_type` became `form_action_type`; outside a form 1.0 ignored it, so it goes back to the 1.0 key. */
function formRolesOnlyInForms(node: unknown, inForm: boolean): void {
  if (Array.isArray(node)) return node.forEach((item) => formRolesOnlyInForms(item, inForm));
  if (!isRecord(node)) return;
  const here = inForm || node.tag === 'form';
  if (!here && node.form_action_type !== undefined && node.tag === 'button') {
    node.action_type = node.form_action_type === 'submit' ? 'form_submit' : 'form_reset';
    delete node.form_action_type;
  }
  for (const value of Object.values(node)) formRolesOnlyInForms(value, here);
}
