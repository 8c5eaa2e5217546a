// Hover on components and properties, through the pure hover(): what a tag is (category, behaviors, the
// placement facts the catalog has), what a property takes (description, required, legacy, values with the
// default, or the type), the docs link, the hovered range, and where there is no hover at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { componentSpec, docsUrl } from '../../../server/src/card/catalog/catalog';
import { hover } from '../../../server/src/card/features/hover';
import { parseCard } from '../../../server/src/card/parse/parse';
import { cursor, hoverAt, v2 } from '../../support/cursor';
import { withComponents } from '../../support/fakeComponents';

const describeOf = (tag: string, locale: 'en' | 'zh' = 'en') => componentSpec(tag, 'v2')!.description[locale];
const docsOf = (tag: string) => docsUrl(componentSpec(tag, 'v2')!.docs);
const STRUCTURE = 'https://open.feishu.cn/document/feishu-cards/card-json-v2-structure';

test('a tag: category, description, behaviors, callback default, form-field facts and the docs link', () => {
  assert.equal(
    hoverAt(v2('{"tag": "but|ton"}')),
    [
      '**`button`** · interactive component',
      describeOf('button'),
      'Accepts `behaviors`: `open_url`, `callback`. Sends a callback when used, even without `behaviors`. ' +
        'Inside a form it needs a `name` that is unique in the card.',
      `[Platform documentation](${docsOf('button')})`,
    ].join('\n\n'),
  );
});

test('a container tag: no behaviors, root-only, what it cannot contain', () => {
  assert.equal(
    hoverAt(v2('{"tag": "fo|rm", "name": "f", "elements": []}')),
    [
      '**`form`** · container',
      describeOf('form'),
      'Takes no `behaviors`. Only allowed directly in `body.elements`. Cannot contain: `form`, `table`.',
      `[Platform documentation](${docsOf('form')})`,
    ].join('\n\n'),
  );
});

test('a callback is mentioned for interactive components and containers that take one, and only there', () => {
  // A container that takes a callback says it sends none unless configured; one with open_url only says nothing.
  const container = hoverAt(v2('{"tag": "interactive_cont|ainer", "elements": []}'));
  assert.match(container, /Accepts `behaviors`: `open_url`, `callback`\. Sends no callback unless/);
  const columns = hoverAt(v2('{"tag": "column_s|et", "columns": []}'));
  assert.match(columns, /^\*\*`column_set`\*\* · container\n\n/);
  assert.match(columns, /\n\nAccepts `behaviors`: `open_url`\. Cannot contain: `form`, `table`\.\n\n/);
  const markdown = hoverAt(v2('{"tag": "mark|down", "content": "x"}'));
  assert.match(markdown, /^\*\*`markdown`\*\* · display component\n\n/);
  assert.match(markdown, /\n\nTakes no `behaviors`\.\n\n\[/);
});

test('a form-only field in Chinese: the locale list separator and every fact in order', () => {
  assert.equal(
    hoverAt(
      v2('{"tag": "form", "name": "f", "elements": [{"tag": "multi_select_st|atic", "name": "m"}]}'),
      'zh',
    ),
    [
      '**`multi_select_static`** · 交互组件',
      describeOf('multi_select_static', 'zh'),
      '支持的 behaviors：`callback`。 未配置 callback 类型的 behaviors 时不发送回调。 ' +
        '在表单内时需要配置卡片内唯一的 name。 仅可在表单容器（form）内使用。',
      `[平台文档](${docsOf('multi_select_static')})`,
    ].join('\n\n'),
  );
  assert.match(hoverAt(v2('{"tag": "but|ton"}'), 'zh'), /支持的 behaviors：`open_url`、`callback`。/);
});

test('a property with allowed values marks the default; the range is the hovered key', () => {
  const { text, offset } = cursor(v2('{"tag": "button", "ty|pe": "primary"}'));
  const result = hover(parseCard(text), offset, { locale: 'en' })!;
  assert.equal(text.slice(result.start, result.end), '"type"');
  assert.equal(
    result.markdown,
    [
      '**`type`** · property of `button`',
      'Button style.',
      'Allowed values: `"default"` (default), `"primary"`, `"danger"`, `"text"`, `"primary_text"`, ' +
        '`"danger_text"`, `"primary_filled"`, `"danger_filled"`, `"laser"`',
      `[Platform documentation](${docsOf('button')})`,
    ].join('\n\n'),
  );
  // On the value, the same text, and the range is the value.
  const onValue = cursor(v2('{"tag": "button", "type": "prim|ary"}'));
  const valueHover = hover(parseCard(onValue.text), onValue.offset, { locale: 'en' })!;
  assert.equal(onValue.text.slice(valueHover.start, valueHover.end), '"primary"');
  assert.equal(valueHover.markdown, result.markdown);
});

test('a boolean lists true and false with its default; in Chinese the default mark is localized', () => {
  assert.match(
    hoverAt(v2('{"tag": "button", "disa|bled": true}')),
    /\n\nAllowed values: `true`, `false` \(default\)\n\n/,
  );
  assert.match(hoverAt(v2('{"tag": "button", "disa|bled": true}'), 'zh'), /可选值：`true`、`false`（默认）/);
});

test('a property without values says its type; a common property is one of the component', () => {
  assert.equal(
    hoverAt(v2('{"tag": "button", "el|ement_id": "x"}')),
    [
      '**`element_id`** · property of `button`',
      'Unique id of the component in the card (letters, digits, _; starts with a letter; at most 20).',
      'Type: `string`',
      `[Platform documentation](${docsOf('button')})`,
    ].join('\n\n'),
  );
});

test('a legacy property is called historical; a nested one names its owner path', () => {
  assert.match(
    hoverAt(v2('{"tag": "button", "ac|tion_type": "link"}')),
    /\n\nHistorical JSON 1\.0 property: ignored in JSON 2\.0\.\n\nAllowed values: `"link"`/,
  );
  assert.equal(
    hoverAt(v2('{"tag": "button", "text": {"tag": "plain_text", "con|tent": "x"}}')),
    [
      '**`content`** · property of `button.text`',
      'The text.',
      'Type: `string`',
      `[Platform documentation](${docsOf('button')})`,
    ].join('\n\n'),
  );
});

test('card sections: root keys belong to `card`, required is said, nested keys name their section', () => {
  assert.equal(
    hoverAt('{"sch|ema": "2.0"}'),
    [
      '**`schema`** · property of `card`',
      'Card JSON version: "2.0". Without it the card is read as JSON 1.0.',
      'Required.\n\nAllowed values: `"2.0"`',
      `[Platform documentation](${STRUCTURE})`,
    ].join('\n\n'),
  );
  assert.match(
    hoverAt('{"schema": "2.0", "hea|der": {}}'),
    /^\*\*`header`\*\* · property of `card`\n\n.*\n\nType: `object`\n\n/,
  );
  assert.match(
    hoverAt('{"schema": "2.0", "config": {"width_mo|de": "fill"}}'),
    /^\*\*`width_mode`\*\* · property of `config`\n\n.*\n\nAllowed values: `"default"` \(default\), `"compact"`, `"fill"`\n\n/,
  );
  assert.equal(hoverAt('{"schema": "2.0", "no_such_sect|ion": 1}'), '');
});

test('no hover on punctuation, unknown properties, unknown tags or nested keys without anything to say', () => {
  const marked = v2('{"tag": "button",  | "type": "primary"}');
  assert.equal(hoverAt(marked), '', 'between tokens');
  assert.equal(hoverAt(v2('{"tag": "button", "fo|o": 1}')), '');
  assert.equal(hoverAt(v2('{"tag": "unknown_x", "fo|o": 1}')), '');
  assert.equal(hoverAt(v2('{"tag": "unknown_|x"}')), '', 'an unknown tag is not described');
  assert.equal(hoverAt(v2('{"fo|o": 1}')), '', 'a component without a tag');
  assert.equal(hoverAt(v2('{"tag": "button", "text": {"no_su|ch": 1}}')), '');
  assert.equal(hoverAt('{"schema": "2.0", "body": {"elements": [{"tag": "button"}]}}|'), '');
});

test('not a card, or a card too large to analyse: no hover', () => {
  assert.equal(hoverAt('{"na|me": "x"}'), '', 'a JSON file that is not a card');
  const { text, offset } = cursor('{"schema": "2.0", "he|ader": {}}');
  const card = parseCard(text);
  assert.ok(hover(card, offset, { locale: 'en' }));
  assert.equal(hover(parseCard(text, { maxSize: 10 }), offset, { locale: 'en' }), undefined, 'too large');
});

test('a card in a message wrapper: hover below the card, none on the wrapper around it', () => {
  const wrapped = (inner: string) => `{"msg_type": "interactive", "card": {"schema": "2.0", ${inner}}}`;
  assert.match(hoverAt(wrapped('"config": {"width_mo|de": "fill"}')), /property of `config`/);
  assert.equal(hoverAt('{"msg_t|ype": "interactive", "card": {"schema": "2.0"}}'), '');
});

test('a card held as a JSON string: the hover range maps back into the file', () => {
  const inner = JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'x' }] } });
  const text = JSON.stringify({ msg_type: 'interactive', content: inner });
  const offset = text.indexOf('markdown') + 3;
  const card = parseCard(text);
  assert.equal(card.wrapper, 'content-string');
  const result = hover(card, offset, { locale: 'en' })!;
  assert.match(result.markdown, /^\*\*`markdown`\*\*/);
  assert.equal(text.slice(result.start, result.end), '\\"markdown\\"');
});

test('only words have a hover: not a brace, a bracket or the space around a colon; the end of a word counts', () => {
  assert.equal(hoverAt('{"schema": "2.0", "header": |{}}'), '');
  assert.equal(hoverAt('{"schema": "2.0", "body": {"elements": |[]}}'), '');
  assert.equal(hoverAt(v2('{"tag": "button", "type": | "primary"}')), '');
  assert.match(
    hoverAt(v2('{"tag": "button", "type": "primary"|}')),
    /^\*\*`type`\*\* · property of `button`/,
  );
  // A string in a section's array is a value, not a key with a description.
  assert.equal(hoverAt('{"schema": "2.0", "config": {"locales": ["zh|_cn"]}}'), '');
  // A component without a tag has no properties to describe, not even the common ones.
  assert.equal(hoverAt(v2('{"el|ement_id": "x"}')), '');
});

test('keys outside the card, and files that are not cards, have no hover even where card keys appear', () => {
  assert.equal(hoverAt('{"msg_type": "interactive", "card": {"schema": "2.0"}, "zzz": {"hea|der": 1}}'), '');
  const request =
    '{"schema": "2.0", "hea|der": {"event_type": "card.action.trigger"}, "event": {"action": {"value": {}}}}';
  assert.equal(hoverAt(request), '', 'a callback request has a header of its own');
});

test('a property whose schema is a shared definition keeps its own description', () => {
  assert.match(
    hoverAt(v2('{"tag": "button", "te|xt": {}}')),
    /^\*\*`text`\*\* · property of `button`\n\nButton text\.\n\nType: `object`\n\n/,
  );
});

test('an interactive component says whether it calls back even if it takes no callback behavior', () => {
  const fakeSwitch = { category: 'interactive' as const, description: { en: 'A switch.', zh: '开关。' } };
  withComponents({ fake_switch: fakeSwitch }, () =>
    assert.match(
      hoverAt(v2('{"tag": "fake_sw|itch"}')),
      /\n\nTakes no `behaviors`\. Sends no callback unless it has a `callback` behavior\.\n\n/,
    ),
  );
});
