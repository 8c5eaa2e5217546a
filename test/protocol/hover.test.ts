// Hover through the protocol, in English and Chinese: tags, properties, and what a behavior does on click.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { localTimezone } from '../../server/src/card/interaction/identity';
import { LspClient, positionAt } from '../support/lspClient';

interface Hover {
  contents: { kind: string; value: string };
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

let en: LspClient;
let zh: LspClient;
let counter = 0;

before(async () => {
  [en, zh] = await Promise.all([LspClient.start(), LspClient.start({ locale: 'zh-cn' })]);
});
after(async () => {
  await Promise.all([en.stop(), zh.stop()]);
});

const sample = JSON.stringify(
  {
    schema: '2.0',
    header: { title: { tag: 'plain_text', content: 'Approval' }, template: 'blue' },
    body: {
      elements: [
        {
          tag: 'button',
          element_id: 'open_doc',
          type: 'primary',
          text: { tag: 'plain_text', content: 'Open' },
          behaviors: [
            {
              type: 'open_url',
              default_url: 'https://example.com/doc',
              android_url: 'https://example.com/android',
              ios_url: 'lark://msgcard/unsupported_action',
            },
            { type: 'callback', value: { action: 'opened' } },
          ],
        },
        {
          tag: 'checker',
          name: 'done',
          checked: false,
          behaviors: [{ type: 'callback', value: { task: 7 } }],
        },
        {
          tag: 'form',
          name: 'leave',
          elements: [
            { tag: 'checker', name: 'agree', behaviors: [{ type: 'callback', value: { in: 'form' } }] },
            {
              tag: 'button',
              name: 'send',
              form_action_type: 'submit',
              text: { tag: 'plain_text', content: 'Send' },
              behaviors: [{ type: 'callback', value: { step: 'submit' } }],
            },
          ],
        },
      ],
    },
  },
  null,
  2,
);

/** Hovers inside the `nth` occurrence of `needle` (two characters in, so on the word itself). */
async function hoverAt(lsp: LspClient, text: string, needle: string, nth = 0): Promise<Hover | null> {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} #${nth} not in the text`);
  const uri = LspClient.uri(`hover-${counter++}.json`);
  await lsp.open(uri, text);
  const result = await lsp.request<Hover | null>('textDocument/hover', {
    textDocument: { uri },
    position: positionAt(text, offset + 2),
  });
  await lsp.close(uri);
  return result;
}

describe('tags and properties', () => {
  test('a tag: what it is, its behaviors, and a link to the platform page', async () => {
    const hover = await hoverAt(en, sample, '"checker"');
    assert.ok(hover);
    assert.equal(hover.contents.kind, 'markdown');
    const text = hover.contents.value;
    assert.match(text, /`checker`/);
    assert.match(text, /`callback`/);
    assert.doesNotMatch(text, /`open_url`/);
    assert.match(text, /no callback unless/i);
    assert.match(text, /https:\/\/open\.feishu\.cn\/document\/feishu-cards\/.*checker/);
  });

  test('a property: description, allowed values with the default, docs link; range is the hovered word', async () => {
    const hover = await hoverAt(en, sample, '"type": "primary"');
    assert.ok(hover);
    const text = hover.contents.value;
    assert.match(text, /Button style/);
    assert.match(text, /Allowed values: .*`"primary"`.*`"laser"`/);
    assert.match(text, /`"default"` \(default\)/);
    assert.match(text, /interactive-components\/button/);
    const line = sample.split('\n')[hover.range!.start.line];
    assert.equal(line.slice(hover.range!.start.character, hover.range!.end.character), '"type"');
  });

  test('a header property lists its values and links the structure page', async () => {
    const hover = await hoverAt(en, sample, '"template"');
    assert.ok(hover);
    assert.match(hover.contents.value, /`"wathet"`/);
    assert.match(hover.contents.value, /card-json-v2-structure/);
  });

  test('in Chinese for a zh-cn editor', async () => {
    const tag = await hoverAt(zh, sample, '"checker"');
    assert.match(tag!.contents.value, /勾选器/);
    assert.match(tag!.contents.value, /平台文档/);
    const property = await hoverAt(zh, sample, '"type": "primary"');
    assert.match(property!.contents.value, /按钮样式/);
    assert.match(property!.contents.value, /可选值/);
    assert.match(property!.contents.value, /（默认）/);
  });

  test('punctuation and whitespace have no hover', async () => {
    const hover = await hoverAt(en, sample, '{\n      "tag"');
    assert.equal(hover, null);
  });
});

describe('behaviors: what happens on click', () => {
  test('open_url: the URL per platform, falling back to default_url, and a blocked platform', async () => {
    const hover = await hoverAt(en, sample, '"open_url"');
    const text = hover!.contents.value;
    assert.match(text, /Desktop: `https:\/\/example\.com\/doc` \(from `default_url`\)/);
    assert.match(text, /Android: `https:\/\/example\.com\/android`(?! \(from)/);
    assert.match(text, /iOS: no jump on this platform/);
  });

  test('open_url in Chinese', async () => {
    const hover = await hoverAt(zh, sample, '"default_url"');
    const text = hover!.contents.value;
    assert.match(text, /默认链接/);
    assert.match(text, /桌面端：`https:\/\/example\.com\/doc`（取自 default_url）/);
    assert.match(text, /iOS：此端不跳转/);
  });

  test('callback on a button: the action with tag and value, and the 3-second limit', async () => {
    const hover = await hoverAt(en, sample, '"callback"', 0);
    const text = hover!.contents.value;
    const action = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(text)![1]);
    assert.deepEqual(action, { tag: 'button', value: { action: 'opened' } });
    assert.match(text, /3 seconds/);
    assert.match(text, /card-callback-communication/);
  });

  test('callback on a checker: checked is the state after the click', async () => {
    const hover = await hoverAt(en, sample, '"callback"', 1);
    const action = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(hover!.contents.value)![1]);
    assert.deepEqual(action, { tag: 'checker', checked: true, value: { task: 7 } });
  });

  test('inside a form: a field fires only on submit; the submit button sends form_value', async () => {
    const field = await hoverAt(en, sample, '"callback"', 2);
    assert.match(field!.contents.value, /only when the form is submitted/);
    const fieldAction = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(field!.contents.value)![1]);
    // The hovered checker is ticked in the sample, so the submit carries it ticked.
    assert.deepEqual(fieldAction, { tag: 'button', form_value: { agree: true } });
    const submit = await hoverAt(en, sample, '"callback"', 3);
    const action = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(submit!.contents.value)![1]);
    // What the preview session sends for this submit: the untouched checker as it stands (unticked), and the
    // user's zone, which the form's catalog entry lists among the submit fields.
    assert.deepEqual(action, {
      tag: 'button',
      name: 'send',
      value: { step: 'submit' },
      timezone: localTimezone(),
      form_value: { agree: false },
    });
    assert.match(submit!.contents.value, /Submits the form `leave`/);
  });

  test('callback in Chinese mentions the 3-second limit', async () => {
    const hover = await hoverAt(zh, sample, '"callback"', 0);
    assert.match(hover!.contents.value, /3 秒内/);
    assert.match(hover!.contents.value, /event\.action/);
  });

  test('a behavior type the component does not accept is called out', async () => {
    const parsed = JSON.parse(sample);
    parsed.body.elements[1].behaviors[0] = { type: 'open_url', default_url: 'https://e.com' };
    const bad = JSON.stringify(parsed, null, 2);
    const hover = await hoverAt(en, bad, '"open_url"', 1);
    assert.match(hover!.contents.value, /not a behavior type this component accepts/);
  });
});
