// User-visible text of completion, hover and outline, in both shipped languages.
// Kept in one table so a missing translation shows up in review (and in the unit test that checks both exist).
import type { LocalizedText } from '../catalog/catalog';
import { localize, type Locale } from '../i18n';

export const featureText = {
  docsLink: { en: 'Platform documentation', zh: '平台文档' },
  category_container: { en: 'container', zh: '容器' },
  category_display: { en: 'display component', zh: '展示组件' },
  category_interactive: { en: 'interactive component', zh: '交互组件' },
  behaviorsAccepted: { en: 'Accepts `behaviors`: {list}.', zh: '支持的 behaviors：{list}。' },
  behaviorsNone: { en: 'Takes no `behaviors`.', zh: '不支持 behaviors。' },
  callsBackByDefault: {
    en: 'Sends a callback when used, even without `behaviors`.',
    zh: '即使没有配置 behaviors，使用时也会发送回调。',
  },
  noDefaultCallback: {
    en: 'Sends no callback unless it has a `callback` behavior.',
    zh: '未配置 callback 类型的 behaviors 时不发送回调。',
  },
  formOnly: { en: 'Only usable inside a `form`.', zh: '仅可在表单容器（form）内使用。' },
  rootOnly: {
    en: 'Only allowed directly in `body.elements`.',
    zh: '只能直接放在 body.elements 中。',
  },
  formField: {
    en: 'Inside a form it needs a `name` that is unique in the card.',
    zh: '在表单内时需要配置卡片内唯一的 name。',
  },
  cannotContain: { en: 'Cannot contain: {list}.', zh: '不能包含：{list}。' },
  allowedValues: { en: 'Allowed values: {list}', zh: '可选值：{list}' },
  exampleValues: { en: 'For example: {list}', zh: '示例值：{list}' },
  defaultValue: { en: 'default', zh: '默认' },
  valueType: { en: 'Type: {type}', zh: '类型：{type}' },
  requiredProperty: { en: 'Required.', zh: '必填。' },
  legacyProperty: {
    en: 'Historical JSON 1.0 property: ignored in JSON 2.0.',
    zh: 'JSON 1.0 历史属性：在 JSON 2.0 中无效。',
  },
  propertyOf: { en: 'property of `{owner}`', zh: '`{owner}` 的属性' },
  // Behaviors
  openUrlTitle: { en: '**open_url** — a click opens a link:', zh: '**open_url** — 点击后打开链接：' },
  platformLine: { en: '- {platform}: {target}', zh: '- {platform}：{target}' },
  listSeparator: { en: ', ', zh: '、' },
  defaultMark: { en: ' (default)', zh: '（默认）' },
  platformDesktop: { en: 'Desktop', zh: '桌面端' },
  platformAndroid: { en: 'Android', zh: 'Android' },
  platformIos: { en: 'iOS', zh: 'iOS' },
  fromDefault: { en: ' (from `default_url`)', zh: '（取自 default_url）' },
  noJump: { en: 'no jump on this platform', zh: '此端不跳转' },
  noUrl: { en: 'nothing: no `default_url` is set', zh: '不跳转：未配置 default_url' },
  templateUrl: {
    en: 'filled in from the template data at send time',
    zh: '发送时由模板数据填入',
  },
  callbackTitle: {
    en: '**callback** — a click sends `card.action.trigger` to your app’s callback URL. The request’s `event.action`:',
    zh: '**callback** — 点击后，飞书向应用配置的回调地址发送 `card.action.trigger` 请求，其中 `event.action` 为：',
  },
  callbackInForm: {
    en: 'Inside the form `{form}` nothing is sent on its own: it fires only when the form is submitted, and the value arrives in `form_value`.',
    zh: '位于表单 `{form}` 内：单独操作不会发送回调，只有提交表单时才会发送，取值在 `form_value` 中。',
  },
  callbackSubmit: {
    en: 'Submits the form `{form}`: `form_value` holds every field by its `name`.',
    zh: '提交表单 `{form}`：`form_value` 中按 name 包含所有字段的值。',
  },
  callbackDeadline: {
    en: 'Your server must answer within 3 seconds with HTTP 200 (`{}`, a `toast` and/or a `card`); otherwise the user sees an error.',
    zh: '服务端须在 3 秒内返回 HTTP 200（`{}`、toast 和/或 card），否则用户会看到报错。',
  },
  callbackWebhookNote: {
    en: 'Callbacks only work on cards sent by an app bot, not by a custom (webhook) bot.',
    zh: '回调仅适用于应用机器人发送的卡片，自定义（Webhook）机器人发送的卡片不支持回调。',
  },
  behaviorUnknown: {
    en: '`{type}` is not a behavior type this component accepts ({list}).',
    zh: '`{type}` 不是该组件支持的交互类型（{list}）。',
  },
  behaviorsSummary: { en: 'On click:', zh: '点击时：' },
  // Completion details
  snippetFormAction: {
    en: '`{tag}` with `form_action_type: "{value}"`',
    zh: '带有 `form_action_type: "{value}"` 的 `{tag}`',
  },
  snippetOpenUrl: { en: 'Open a link on click', zh: '点击后打开链接' },
  snippetOpenUrlPlatforms: {
    en: 'Open a link, with a URL per platform',
    zh: '点击后打开链接（按端配置链接）',
  },
  snippetCallback: {
    en: 'Send a callback to your server on click',
    zh: '点击后向服务端发送回调',
  },
  placeholderText: { en: 'Text', zh: '文本' },
  // Outline
  outlineHeader: { en: 'header', zh: '标题栏' },
} satisfies Record<string, LocalizedText>;

export type FeatureTextId = keyof typeof featureText;

export function ft(id: FeatureTextId, locale: Locale, args: Record<string, string | number> = {}): string {
  return localize(featureText[id], locale, args);
}

/** Joins items the way the locale writes lists. */
export function joinList(items: string[], locale: Locale): string {
  return items.join(ft('listSeparator', locale));
}

/** A Markdown link to a platform page, labelled in the locale. */
export function docsLink(url: string, locale: Locale): string {
  return `[${ft('docsLink', locale)}](${url})`;
}

/**
 * The behavior types a component takes, as one line ("Accepts `behaviors`: …" or "Takes no `behaviors`."): the
 * same fact in a tag's hover and in its completion item, so it is worded once.
 */
export function behaviorsLine(behaviors: readonly string[], locale: Locale): string {
  if (!behaviors.length) return ft('behaviorsNone', locale);
  const list = joinList(
    behaviors.map((b) => `\`${b}\``),
    locale,
  );
  return ft('behaviorsAccepted', locale, { list });
}
