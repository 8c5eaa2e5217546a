// Hover on `behaviors`, through the pure hover(): what a click does, in plain words — the URL each platform
// opens (own, from default_url, blocked, template data, none), the callback request the app's server gets
// (in a form: only on submit), a type the component does not take, and the summary on the `behaviors` key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt, v2 } from '../../support/cursor';

const INTERACTIONS = 'https://open.feishu.cn/document/feishu-cards/configuring-card-interactions';
const CALLBACKS = 'https://open.feishu.cn/document/feishu-cards/card-callback-communication';

const button = (behaviors: string, extra = '') =>
  v2(`{"tag": "button"${extra}, "behaviors": [${behaviors}]}`);
const openUrl =
  '{"type": "open|_url", "default_url": "https://a.example/x", "android_url": "https://b.example/y", ' +
  '"ios_url": "lark://msgcard/unsupported_action"}';

test('open_url: each platform its own URL, the default_url fallback marked, a blocked platform', () => {
  assert.equal(
    hoverAt(button(openUrl)),
    [
      '**open_url** — a click opens a link:',
      '- Desktop: `https://a.example/x` (from `default_url`)\n' +
        '- Android: `https://b.example/y`\n' +
        '- iOS: no jump on this platform',
      `[Platform documentation](${INTERACTIONS})`,
    ].join('\n\n'),
  );
});

test('open_url in Chinese', () => {
  assert.equal(
    hoverAt(button(openUrl), 'zh'),
    [
      '**open_url** — 点击后打开链接：',
      '- 桌面端：`https://a.example/x`（取自 default_url）\n- Android：`https://b.example/y`\n- iOS：此端不跳转',
      `[平台文档](${INTERACTIONS})`,
    ].join('\n\n'),
  );
});

test('open_url without any URL, and with a template variable in a platform URL', () => {
  assert.match(
    hoverAt(button('{"type": "open|_url"}')),
    /\n\n- Desktop: nothing: no `default_url` is set\n- Android: nothing: no `default_url` is set\n- iOS: nothing: no `default_url` is set\n\n/,
  );
  assert.match(
    hoverAt(button('{"type": "open|_url", "pc_url": "${u}", "default_url": "${d}"}')),
    /- Desktop: `\$\{u\}` — filled in from the template data at send time\n- Android: `\$\{d\}` — filled in from the template data at send time \(from `default_url`\)\n/,
  );
  // A blocked default is not "from default_url" either: nothing opens.
  assert.match(
    hoverAt(button('{"type": "open|_url", "default_url": "lark://msgcard/unsupported_action"}')),
    /- Desktop: no jump on this platform\n/,
  );
});

test('callback: the request’s action as JSON, the 3-second deadline, the app-bot note and the docs', () => {
  const text = hoverAt(button('{"type": "call|back", "value": {"k": 1}}', ', "name": "b"'));
  const [title, json, deadline, docs, ...rest] = text.split('\n\n');
  assert.deepEqual(rest, []);
  assert.equal(
    title,
    '**callback** — a click sends `card.action.trigger` to your app’s callback URL. The request’s `event.action`:',
  );
  assert.match(json, /^```json\n[\s\S]*\n```$/);
  assert.deepEqual(JSON.parse(json.slice(8, -4)), { value: { k: 1 }, tag: 'button', name: 'b' });
  assert.equal(
    deadline,
    'Your server must answer within 3 seconds with HTTP 200 (`{}`, a `toast` and/or a `card`); otherwise the ' +
      'user sees an error. Callbacks only work on cards sent by an app bot, not by a custom (webhook) bot.',
  );
  assert.equal(docs, `[Platform documentation](${CALLBACKS})`);
  assert.match(hoverAt(button('{"type": "call|back", "value": 1}'), 'zh'), /服务端须在 3 秒内返回 HTTP 200/);
});

test('callback in a form: a field fires only on submit, the submit button sends form_value', () => {
  const form = (checker: string, submit: string) =>
    v2(
      `{"tag": "form", "name": "fm", "elements": [` +
        `{"tag": "checker", "name": "c", "behaviors": [{"type": "${checker}", "value": 1}]}, ` +
        `{"tag": "button", "name": "s", "form_action_type": "submit", "behaviors": [{"type": "${submit}"}]}]}`,
    );
  const field = hoverAt(form('call|back', 'callback'));
  assert.match(
    field,
    /\n\nInside the form `fm` nothing is sent on its own: it fires only when the form is submitted, and the value arrives in `form_value`\.\n\n/,
  );
  assert.doesNotMatch(field, /Submits the form/);
  const submit = hoverAt(form('callback', 'call|back'));
  assert.match(submit, /\n\nSubmits the form `fm`: `form_value` holds every field by its `name`\.\n\n/);
  assert.match(submit, /"form_value": \{\n\s+"c": false\n\s+\}/);
  assert.doesNotMatch(submit, /Inside the form/);
  // A form without a name is still called a form.
  const unnamed = hoverAt(form('call|back', 'callback').replace('"name": "fm", ', ''));
  assert.match(unnamed, /Inside the form `form` nothing is sent/);
});

test('a behavior type the component does not accept, or none at all, is called out', () => {
  assert.equal(
    hoverAt(button('{"type": "ju|mp"}')),
    '`jump` is not a behavior type this component accepts (`open_url`, `callback`).',
  );
  assert.equal(
    hoverAt(v2('{"tag": "markdown", "behaviors": [{"type": "call|back"}]}')),
    '`callback` is not a behavior type this component accepts (—).',
  );
  assert.equal(
    hoverAt(v2('{"tag": "checker", "behaviors": [{"type": "open|_url"}]}'), 'zh'),
    '`open_url` 不是该组件支持的交互类型（`callback`）。',
  );
  assert.equal(
    hoverAt(v2('{"tag": "checker", "behaviors": [{"ty|pe": 3}]}')),
    '`?` is not a behavior type this component accepts (`callback`).',
  );
});

test('an unknown component: its callback is still explained, a type we do not know gets nothing', () => {
  assert.match(
    hoverAt(v2('{"tag": "unknown_y", "behaviors": [{"type": "call|back", "value": 1}]}')),
    /"tag": "unknown_y"/,
  );
  assert.equal(hoverAt(v2('{"tag": "unknown_y", "behaviors": [{"type": "ju|mp"}]}')), '');
});

test('on a field of an entry: what the field is, then the whole entry', () => {
  const text = hoverAt(button('{"type": "open_url", "defa|ult_url": "https://a.example/x"}'));
  const [field, entry] = text.split('\n\n---\n\n');
  assert.equal(
    field,
    '**`default_url`** — open_url: link for every platform without its own URL (required).',
  );
  assert.match(entry, /^\*\*open_url\*\* — a click opens a link:/);
  const value = hoverAt(button('{"type": "callback", "va|lue": 1}'), 'zh');
  assert.match(value, /^\*\*`value`\*\* — .+\n\n---\n\n\*\*callback\*\*/);
  // `type` itself, a field the type does not have, and a field of an unknown type: only the entry.
  assert.match(hoverAt(button('{"ty|pe": "open_url"}')), /^\*\*open_url\*\* — a click/);
  assert.match(hoverAt(button('{"type": "open_url", "no_su|ch": 1}')), /^\*\*open_url\*\* — a click/);
  assert.equal(
    hoverAt(button('{"type": "jump", "defa|ult_url": "x"}')),
    '`jump` is not a behavior type this component accepts (`open_url`, `callback`).',
  );
  // Nothing to explain and no field text: no hover.
  assert.equal(hoverAt(v2('{"tag": "unknown_y", "behaviors": [{"type": "jump", "defa|ult_url": "x"}]}')), '');
});

test('the `behaviors` key: the property, then what each entry does on click', () => {
  const text = hoverAt(
    button('{"type": "open_url", "default_url": "https://a.example/x"}, {"type": "callback"}').replace(
      '"behaviors"',
      '"beh|aviors"',
    ),
  );
  const parts = text.split('\n\n**On click:**\n\n');
  assert.equal(parts.length, 2);
  assert.match(
    parts[0],
    /^\*\*`behaviors`\*\* · property of `button`\n\n.+\n\nType: `array`\n\n\[Platform documentation\]/,
  );
  assert.match(
    parts[1],
    /^\*\*open_url\*\* — a click opens a link:[\s\S]+\n\n\*\*callback\*\* — a click sends/,
  );
  assert.match(
    hoverAt(button('{"type": "callback"}').replace('"behaviors"', '"beh|aviors"'), 'zh'),
    /\n\n\*\*点击时：\*\*\n\n\*\*callback\*\*/,
  );
  // No entries, or hovering the value: just the property.
  assert.doesNotMatch(hoverAt(button('').replace('"behaviors"', '"beh|aviors"')), /On click/);
});

test('a plain string in a behaviors array is an entry without a type', () => {
  assert.equal(
    hoverAt(v2('{"tag": "button", "behaviors": ["cal|lback"]}')),
    '`?` is not a behavior type this component accepts (`open_url`, `callback`).',
  );
});
