// Schemas that completion and hover need besides the components: the card's own sections (root, header,
// config, card_link, body) and the shape of each behavior type, plus helpers that read any catalog
// schema ($ref, enum, nested properties). The component catalog has no entries for these yet; they are
// written in the same PropertySpec shape so they can move into schemas/components.json unchanged.
import { catalog, type BehaviorType, type LocalizedText, type PropertySpec } from './catalog';

/** A JSON Schema fragment as the catalog writes it (PropertySpec without the required description). */
export interface SchemaLike {
  description?: LocalizedText;
  type?: string | string[];
  enum?: unknown[];
  default?: unknown;
  examples?: unknown[];
  required?: boolean | string[];
  legacy?: boolean;
  properties?: Record<string, SchemaLike>;
  items?: SchemaLike;
  $ref?: string;
  [keyword: string]: unknown;
}

export const STRUCTURE_DOCS = 'card-json-v2-structure';
export const INTERACTIONS_DOCS = 'configuring-card-interactions';
export const CALLBACK_DOCS = 'card-callback-communication';

const text = (en: string, zh: string): LocalizedText => ({ en, zh });

const titleText = (description: LocalizedText, required = false): PropertySpec => ({
  type: 'object',
  required,
  description,
  properties: {
    tag: { enum: ['plain_text', 'lark_md'], description: text('Text type.', '文本类型。') },
    content: { type: 'string', description: text('Text content.', '文本内容。') },
    i18n_content: {
      type: 'object',
      description: text('Content per language, e.g. {"en_us": "..."}.', '多语言内容，如 {"en_us": "..."}。'),
    },
  },
});

const px = (en: string, zh: string): PropertySpec => ({ type: 'string', description: text(en, zh) });
const spacing = ['small', 'medium', 'large', 'extra_large'];
const platformUrl = (platform: LocalizedText): PropertySpec => ({
  type: 'string',
  examples: ['https://'],
  description: text(`Link on ${platform.en}.`, `${platform.zh}链接。`),
});

/** The card root object of JSON 2.0 and its sections. */
export const cardRootProperties: Record<string, PropertySpec> = {
  schema: {
    enum: ['2.0'],
    required: true,
    description: text(
      'Card JSON version. Only "2.0" makes this a JSON 2.0 card; without it the card is read as 1.0.',
      '卡片 JSON 版本。只有 "2.0" 才是 JSON 2.0 卡片；缺省时按 1.0 解析。',
    ),
  },
  config: {
    type: 'object',
    description: text(
      'Card-wide settings: forwarding, width, streaming, summary.',
      '卡片全局配置：转发、宽度、流式更新、摘要等。',
    ),
    properties: {
      streaming_mode: {
        type: 'boolean',
        default: false,
        description: text('Streaming update mode.', '是否开启流式更新模式。'),
      },
      streaming_config: {
        type: 'object',
        description: text(
          'Typewriter speed and strategy while streaming.',
          '流式更新时打字机效果的频率、步长与策略。',
        ),
      },
      summary: {
        type: 'object',
        description: text('Preview text shown in the chat list.', '会话列表中显示的卡片摘要。'),
        properties: {
          content: { type: 'string', description: text('Summary text.', '摘要文本。') },
          i18n_content: { type: 'object', description: text('Summary per language.', '多语言摘要。') },
        },
      },
      locales: {
        type: 'array',
        description: text(
          'Languages that take effect, e.g. ["en_us", "ja_jp"].',
          '生效的语言列表，如 ["en_us", "ja_jp"]。',
        ),
      },
      enable_forward: {
        type: 'boolean',
        default: true,
        description: text('Whether the card can be forwarded.', '是否允许转发卡片。'),
      },
      update_multi: {
        enum: [true],
        default: true,
        description: text(
          'Shared card: every viewer sees updates. Only `true` is allowed in 2.0.',
          '共享卡片：更新对所有人可见。2.0 中只能为 true。',
        ),
      },
      width_mode: {
        enum: ['default', 'compact', 'fill'],
        default: 'default',
        description: text(
          'Card width: default (up to 600px), compact (400px) or fill.',
          '卡片宽度：default（最大 600px）、compact（400px）或 fill（撑满）。',
        ),
      },
      use_custom_translation: {
        type: 'boolean',
        default: false,
        description: text(
          'Use your own translations instead of machine translation.',
          '是否使用自定义翻译而非机器翻译。',
        ),
      },
      enable_forward_interaction: {
        type: 'boolean',
        default: false,
        description: text(
          'Whether a forwarded card can still send callbacks.',
          '转发后的卡片是否仍可发送回调。',
        ),
      },
      style: {
        type: 'object',
        description: text(
          'Named text sizes and colors that components can refer to.',
          '自定义字号与颜色，组件可按名称引用。',
        ),
      },
    },
  },
  card_link: {
    type: 'object',
    description: text(
      'Where a click on the card itself jumps: `url`, or all three platform URLs.',
      '点击卡片整体时的跳转链接：配置 url，或同时配置三端链接。',
    ),
    properties: {
      url: { type: 'string', description: text('Link on every platform.', '所有端的默认链接。') },
      pc_url: platformUrl(text('desktop', '桌面端')),
      ios_url: platformUrl(text('iOS', 'iOS ')),
      android_url: platformUrl(text('Android', 'Android ')),
    },
  },
  header: {
    type: 'object',
    description: text(
      'Title bar: title, subtitle, tags, color template and icon.',
      '卡片标题栏：主标题、副标题、标签、颜色模板与图标。',
    ),
    properties: {
      title: titleText(
        text('Main title; required when there is a header.', '主标题；配置 header 时必填。'),
        true,
      ),
      subtitle: titleText(text('Subtitle.', '副标题。')),
      text_tag_list: {
        type: 'array',
        description: text('Tags after the title; at most 3 are shown.', '标题后的标签，最多显示 3 个。'),
      },
      i18n_text_tag_list: {
        type: 'object',
        description: text(
          'Tags per language; overrides `text_tag_list`.',
          '多语言标签，设置后覆盖 text_tag_list。',
        ),
      },
      template: {
        enum: [
          'blue',
          'wathet',
          'turquoise',
          'green',
          'yellow',
          'orange',
          'red',
          'carmine',
          'violet',
          'purple',
          'indigo',
          'grey',
          'default',
        ],
        default: 'default',
        description: text('Color theme of the title bar.', '标题栏的颜色主题。'),
      },
      icon: {
        type: 'object',
        description: text('Icon before the title.', '标题前的图标。'),
        properties: {
          tag: { enum: ['standard_icon', 'custom_icon'], description: text('Icon type.', '图标类型。') },
          token: { type: 'string', description: text('Icon library token.', '图标库中的图标 token。') },
          color: { type: 'string', description: text('Icon color.', '图标颜色。') },
          img_key: {
            type: 'string',
            description: text('Image key of a custom icon.', '自定义图标的图片 key。'),
          },
        },
      },
      padding: px('Inner padding: default 12px, range [0,99]px.', '内边距：默认 12px，范围 [0,99]px。'),
    },
  },
  body: {
    type: 'object',
    description: text(
      'Card body: layout and the components in `elements`.',
      '卡片正文：布局属性与 elements 中的组件。',
    ),
    properties: {
      direction: {
        enum: ['vertical', 'horizontal'],
        default: 'vertical',
        description: text('How components are arranged.', '组件的排列方向。'),
      },
      padding: px('Inner padding, range [0,99]px.', '内边距，范围 [0,99]px。'),
      horizontal_spacing: {
        type: 'string',
        examples: spacing,
        description: text(
          'Space between components side by side: small, medium, large, extra_large or [0,99]px.',
          '水平间距：small、medium、large、extra_large 或 [0,99]px。',
        ),
      },
      vertical_spacing: {
        type: 'string',
        examples: spacing,
        description: text(
          'Space between components one above the other: small, medium, large, extra_large or [0,99]px.',
          '垂直间距：small、medium、large、extra_large 或 [0,99]px。',
        ),
      },
      horizontal_align: {
        enum: ['left', 'center', 'right'],
        default: 'left',
        description: text('Horizontal alignment.', '水平对齐方式。'),
      },
      vertical_align: {
        enum: ['top', 'center', 'bottom'],
        default: 'top',
        description: text('Vertical alignment.', '垂直对齐方式。'),
      },
      elements: {
        type: 'array',
        description: text('The card’s components, top to bottom.', '卡片的组件列表，自上而下排列。'),
      },
    },
  },
};

/** Fields of each behavior type (§3 of the reference notes). */
export const behaviorProperties: Record<BehaviorType, Record<string, PropertySpec>> = {
  open_url: {
    type: { enum: ['open_url'], required: true, description: text('Behavior type.', '交互类型。') },
    default_url: {
      type: 'string',
      required: true,
      examples: ['https://'],
      description: text(
        'Link opened on every platform that has no URL of its own.',
        '默认链接：未单独配置链接的端都打开它。',
      ),
    },
    pc_url: platformUrl(text('desktop', '桌面端')),
    android_url: platformUrl(text('Android', 'Android ')),
    ios_url: platformUrl(text('iOS', 'iOS ')),
  },
  callback: {
    type: { enum: ['callback'], required: true, description: text('Behavior type.', '交互类型。') },
    value: {
      type: 'object',
      required: true,
      examples: [{ action: 'approve' }],
      description: text(
        'Data your server receives back as `action.value`.',
        '回传给服务端的数据，即请求中的 action.value。',
      ),
    },
  },
};

/** The platform value that switches off a jump on one platform. */
export const UNSUPPORTED_ACTION_URL = 'lark://msgcard/unsupported_action';

/** Follows `$ref`s into the catalog's definitions (`#/$defs/x` or `#/definitions/x`); depth-limited. */
export function resolveSchema(schema: SchemaLike | undefined): SchemaLike | undefined {
  let current = schema;
  for (let i = 0; i < 8 && current && typeof current.$ref === 'string'; i++) {
    const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(current.$ref)?.[1];
    const target = name ? (catalog.definitions[name] as SchemaLike | undefined) : undefined;
    if (!target) return { ...current, $ref: undefined };
    // Keywords next to the $ref (description, legacy ...) win over the definition's.
    const { $ref: _ref, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

/** The properties an object schema describes (after resolving refs); empty for non-objects. */
export function schemaProperties(schema: SchemaLike | undefined): Record<string, SchemaLike> {
  const resolved = resolveSchema(schema);
  return resolved?.properties ?? {};
}

/** The schema of the value at `path` below `schema` (string keys into properties, numbers into items). */
export function schemaAt(schema: SchemaLike | undefined, path: (string | number)[]): SchemaLike | undefined {
  let current = resolveSchema(schema);
  for (const segment of path) {
    if (!current) return undefined;
    current = resolveSchema(typeof segment === 'number' ? current.items : current.properties?.[segment]);
  }
  return current;
}

export function isRequired(schema: SchemaLike): boolean {
  return schema.required === true;
}

/** Every enum value, or the examples when a property has no closed list. */
export function valueChoices(schema: SchemaLike | undefined): { values: unknown[]; closed: boolean } {
  const resolved = resolveSchema(schema);
  if (!resolved) return { values: [], closed: false };
  if (Array.isArray(resolved.enum)) return { values: resolved.enum, closed: true };
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (types.includes('boolean')) return { values: [true, false], closed: true };
  if (Array.isArray(resolved.examples)) return { values: resolved.examples, closed: false };
  return { values: [], closed: false };
}
