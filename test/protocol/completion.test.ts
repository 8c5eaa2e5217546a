// Completion through the protocol: what is offered at chosen places in a card, what must not be, and that
// accepting an item leaves JSON that parses. Expectations about tags are computed from the catalog where
// possible, so the tests keep holding while the catalog grows.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { catalog, componentSpec } from '../../server/src/card/catalog/catalog';
import { LspClient, offsetAt, positionAt } from '../support/lspClient';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CompletionItem {
  label: string;
  detail?: string;
  documentation?: { kind: string; value: string };
  textEdit?: TextEdit;
  additionalTextEdits?: TextEdit[];
  insertTextFormat?: number;
  filterText?: string;
}
interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

let client: LspClient;
let zhClient: LspClient;
let counter = 0;

before(async () => {
  [client, zhClient] = await Promise.all([LspClient.start(), LspClient.start({ locale: 'zh-cn' })]);
});
after(async () => {
  await Promise.all([client.stop(), zhClient.stop()]);
});

/** Opens `marked` (with `|` at the cursor) as a fresh document and asks for completion there. */
async function completeAt(
  marked: string,
  options: { lsp?: LspClient; name?: string } = {},
): Promise<{ text: string; items: CompletionItem[] }> {
  const lsp = options.lsp ?? client;
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'test card needs a | cursor');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const uri = LspClient.uri(options.name ?? `completion-${counter++}.card.json`);
  await lsp.open(uri, text);
  const result = await lsp.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
    textDocument: { uri },
    position: positionAt(text, offset),
  });
  await lsp.close(uri);
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  return { text, items };
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

function item(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item "${label}" in ${JSON.stringify(labels(items))}`);
  return found;
}

/** Applies an item's edits as an editor would, filling every snippet placeholder with its default. */
function accept(text: string, completion: CompletionItem): string {
  const edits = [completion.textEdit!, ...(completion.additionalTextEdits ?? [])].map((e) => ({
    start: offsetAt(text, e.range.start),
    end: offsetAt(text, e.range.end),
    newText: completion.insertTextFormat === 2 ? expandSnippet(e.newText) : e.newText,
  }));
  edits.sort((a, b) => b.start - a.start);
  let result = text;
  for (const e of edits) result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  return result;
}

function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)[,|][^}]*\}/g, (_, first: string) => first.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => text.replace(/\\(.)/g, '$1'))
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

const card = (elements: string) =>
  `{\n  "schema": "2.0",\n  "body": {\n    "elements": [${elements}]\n  }\n}`;

/** Tags that are placed freely (not only inside a particular parent, like `column` in `columns`). */
function freeTags(): string[] {
  const bound = new Set<string>();
  for (const spec of Object.values(catalog.components)) {
    for (const slot of spec.slots ?? []) {
      for (const tag of slot.allow ?? [])
        if (componentSpec(tag, 'v2')?.category === 'container') bound.add(tag);
    }
  }
  return Object.keys(catalog.components).filter((tag) => !bound.has(tag));
}

describe('components in an elements array', () => {
  test('at the root: every freely placed component except form-only ones; each snippet yields valid JSON', async () => {
    const { text, items } = await completeAt(card('\n      |\n    '));
    const offered = new Set(labels(items));
    for (const tag of freeTags()) {
      const spec = componentSpec(tag, 'v2')!;
      if (spec.formOnly) assert.ok(!offered.has(tag), `form-only ${tag} offered outside a form`);
      else assert.ok(offered.has(tag), `${tag} missing at the root`);
    }
    assert.ok(offered.has('form'));
    assert.ok(![...offered].some((l) => l.includes('(submit)')), 'submit buttons belong in forms');
    for (const completion of items) {
      assert.equal(completion.insertTextFormat, 2, `${completion.label} is a snippet`);
      const after = JSON.parse(accept(text, completion));
      const tag = completion.label.split(' ')[0];
      assert.equal(after.body.elements[0].tag, tag);
    }
    const form = JSON.parse(accept(text, item(items, 'form'))).body.elements[0];
    assert.equal(typeof form.name, 'string', 'a form snippet comes with its required name');
    assert.ok(Array.isArray(form.elements));
  });

  test('inside a form: fields get a unique name, a submit button comes with form_action_type, no form', async () => {
    const marked = card(
      '\n      {"tag": "form", "name": "f", "elements": [\n        {"tag": "button", "name": "button_1", "text": {"tag": "plain_text", "content": "x"}},\n        |\n      ]}\n    ',
    );
    const { text, items } = await completeAt(marked);
    const offered = labels(items);
    assert.ok(!offered.includes('form'), 'no form inside a form');
    for (const tag of offered) {
      const spec = componentSpec(tag.split(' ')[0], 'v2');
      assert.ok(spec, tag);
      assert.ok(!spec.rootOnly, `root-only ${tag} offered inside a form`);
    }
    for (const [tag, spec] of Object.entries(catalog.components)) {
      if (spec.formOnly) assert.ok(offered.includes(tag), `form-only ${tag} missing inside a form`);
    }
    const button = JSON.parse(accept(text, item(items, 'button'))).body.elements[0].elements[1];
    assert.equal(button.name, 'button_2', 'the name is unique in the card');
    const submit = JSON.parse(accept(text, item(items, 'button (submit)'))).body.elements[0].elements[1];
    assert.equal(submit.form_action_type, 'submit');
    assert.equal(typeof submit.name, 'string');
    for (const [tag, spec] of Object.entries(catalog.components)) {
      if (!spec.formField || !offered.includes(tag)) continue;
      const inserted = JSON.parse(accept(text, item(items, tag))).body.elements[0].elements[1];
      assert.equal(typeof inserted.name, 'string', `${tag} inside a form comes with a name`);
    }
  });

  test('a comma is added before and after the new item when neighbours need one', async () => {
    const marked = card(
      '\n      {"tag": "markdown", "content": "a"} |\n      {"tag": "markdown", "content": "b"}\n    ',
    );
    const { text, items } = await completeAt(marked);
    const after = JSON.parse(accept(text, item(items, 'button')));
    assert.deepEqual(
      after.body.elements.map((e: { tag: string }) => e.tag),
      ['markdown', 'button', 'markdown'],
    );
  });

  test('tag values follow the place: no form inside a form, form at the root', async () => {
    const inForm = await completeAt(card('{"tag": "form", "name": "f", "elements": [{"tag": "|"}]}'));
    assert.ok(!labels(inForm.items).includes('form'));
    assert.ok(labels(inForm.items).includes('button'));
    const atRoot = await completeAt(card('{"tag": "|"}'));
    assert.ok(labels(atRoot.items).includes('form'));
    const after = JSON.parse(accept(atRoot.text, item(atRoot.items, 'checker')));
    assert.equal(after.body.elements[0].tag, 'checker');
  });

  test('slot rules from the catalog: only the allowed tags in a restricted slot, nothing forbidden below', async (t) => {
    const restricted = Object.entries(catalog.components).flatMap(([tag, spec]) =>
      (spec.slots ?? []).filter((s) => s.allow && s.path.length === 1).map((s) => ({ tag, slot: s })),
    );
    if (restricted.length === 0) return t.skip('the catalog has no restricted slot yet');
    for (const { tag, slot } of restricted) {
      if (componentSpec(tag, 'v2')!.formOnly || !freeTags().includes(tag)) continue;
      const { items } = await completeAt(card(`{"tag": "${tag}", "${slot.path[0]}": [|]}`));
      assert.deepEqual(
        labels(items).filter((l) => !l.includes('(')),
        slot.allow!.filter((a) => !componentSpec(tag, 'v2')!.forbiddenDescendants?.includes(a)),
        `${tag}.${slot.path[0]}`,
      );
    }
  });

  test('containers never offer what they forbid anywhere below them', async (t) => {
    const containers = Object.entries(catalog.components).filter(
      ([tag, spec]) =>
        spec.forbiddenDescendants?.length &&
        freeTags().includes(tag) &&
        !spec.formOnly &&
        spec.slots?.some((s) => s.path.length === 1 && !s.allow),
    );
    if (containers.length === 0) return t.skip('no container with forbidden descendants');
    for (const [tag, spec] of containers) {
      const slot = spec.slots!.find((s) => s.path.length === 1 && !s.allow)!;
      const { items } = await completeAt(card(`{"tag": "${tag}", "name": "c", "${slot.path[0]}": [|]}`));
      for (const forbidden of spec.forbiddenDescendants!) {
        assert.ok(!labels(items).includes(forbidden), `${forbidden} offered inside ${tag}`);
      }
    }
  });

  test('table is not offered inside a column (when the catalog has them)', async (t) => {
    if (
      !componentSpec('column_set', 'v2') ||
      !componentSpec('column', 'v2') ||
      !componentSpec('table', 'v2')
    ) {
      return t.skip('catalog has no column_set / column / table yet');
    }
    const inColumns = await completeAt(card('{"tag": "column_set", "columns": [|]}'));
    assert.deepEqual(labels(inColumns.items), ['column']);
    const inColumn = await completeAt(
      card('{"tag": "column_set", "columns": [{"tag": "column", "elements": [|]}]}'),
    );
    assert.ok(!labels(inColumn.items).includes('table'));
    assert.ok(!labels(inColumn.items).includes('form'));
    assert.ok(!labels(inColumn.items).includes('column'));
    const atRoot = await completeAt(card('|'));
    assert.ok(!labels(atRoot.items).includes('column'), 'a column only stands in columns');
  });
});

describe('behaviors', () => {
  test('a checker is offered callback only, never open_url', async () => {
    const { text, items } = await completeAt(card('{"tag": "checker", "behaviors": [|]}'));
    assert.deepEqual(labels(items), ['callback']);
    const behavior = JSON.parse(accept(text, items[0])).body.elements[0].behaviors[0];
    assert.equal(behavior.type, 'callback');
    assert.equal(typeof behavior.value, 'object', 'callback comes with a value object');
  });

  test('a button gets open_url (default_url plus per-platform tab stops) and callback', async () => {
    const { text, items } = await completeAt(card('{"tag": "button", "behaviors": [|]}'));
    const offered = labels(items);
    assert.ok(offered.includes('callback'));
    const simple = item(items, 'open_url');
    assert.match(simple.textEdit!.newText, /"default_url": "\$\{1:/);
    const platforms = items.find((i) => i.label.startsWith('open_url') && i !== simple)!;
    for (const key of ['default_url', 'pc_url', 'android_url', 'ios_url']) {
      assert.match(platforms.textEdit!.newText, new RegExp(`"${key}": "\\$\\{\\d+:`), key);
    }
    const behavior = JSON.parse(accept(text, platforms)).body.elements[0].behaviors[0];
    assert.equal(behavior.type, 'open_url');
  });

  test('components that take no behaviors are offered none; a type already there is not offered again', async () => {
    const plain = Object.entries(catalog.components).find(([, s]) => s.behaviors.length === 0 && !s.formOnly);
    if (plain) {
      const { items } = await completeAt(card(`{"tag": "${plain[0]}", "behaviors": [|]}`));
      assert.deepEqual(labels(items), []);
    }
    const { items } = await completeAt(
      card('{"tag": "button", "behaviors": [{"type": "callback", "value": {}}, |]}'),
    );
    assert.ok(!labels(items).includes('callback'));
    assert.ok(labels(items).includes('open_url'));
  });

  test('behavior type values: only the accepted ones, also on unfinished text', async () => {
    const checker = await completeAt(
      '{"schema": "2.0", "body": {"elements": [{"tag": "checker", "behaviors": [{"type": "|',
    );
    assert.deepEqual(labels(checker.items), ['callback']);
    const button = await completeAt(card('{"tag": "button", "behaviors": [{"type": |}]}'));
    assert.deepEqual(labels(button.items).sort(), ['callback', 'open_url']);
  });

  test('behavior snippets are offered right after an unfinished "[" at the end of the file', async () => {
    const { items } = await completeAt(
      '{"schema": "2.0", "body": {"elements": [{"tag": "button", "behaviors": [|',
    );
    assert.ok(labels(items).includes('callback'));
    assert.ok(labels(items).includes('open_url'));
  });
});

describe('property names and values', () => {
  test('a button: its own properties with descriptions, not the ones present, not legacy, no form-only ones outside a form', async () => {
    const { items } = await completeAt(card('{"tag": "button", "type": "primary", |}'));
    const offered = labels(items);
    for (const key of ['text', 'behaviors', 'element_id']) assert.ok(offered.includes(key), key);
    for (const key of ['tag', 'type', 'url', 'multi_url', 'value', 'form_action_type']) {
      assert.ok(!offered.includes(key), `${key} should not be offered`);
    }
    assert.equal(item(items, 'text').detail, 'Button text.');
  });

  test('inside a form a button is offered form_action_type, with its values', async () => {
    const keys = await completeAt(card('{"tag": "form", "name": "f", "elements": [{"tag": "button", |}]}'));
    assert.ok(labels(keys.items).includes('form_action_type'));
    const values = await completeAt(
      card('{"tag": "form", "name": "f", "elements": [{"tag": "button", "form_action_type": "|"}]}'),
    );
    assert.deepEqual(labels(values.items), ['submit', 'reset']);
  });

  test('a partly typed key in quotes is replaced whole and the result parses', async () => {
    const { text, items } = await completeAt(card('{"tag": "button", "ty|"}'));
    const after = JSON.parse(accept(text, item(items, 'type')));
    assert.equal(after.body.elements[0].type, 'default', 'the default comes first in the choice');
    assert.equal(item(items, 'type').filterText, '"type"');
  });

  test('a key typed before an existing value keeps the value', async () => {
    const { text, items } = await completeAt(card('{"tag": "button", "ty|": "danger"}'));
    const after = JSON.parse(accept(text, item(items, 'type')));
    assert.equal(after.body.elements[0].type, 'danger');
  });

  test('after a value without a comma the next property is offered and a comma added', async () => {
    const { text, items } = await completeAt(card('{"tag": "button" |}'));
    const after = JSON.parse(accept(text, item(items, 'type')));
    assert.equal(after.body.elements[0].tag, 'button');
  });

  test('enum values of the catalog: button type', async () => {
    const { items } = await completeAt(card('{"tag": "button", "type": "|"}'));
    assert.deepEqual(labels(items), componentSpec('button', 'v2')!.properties.type.enum);
  });

  test('an empty object in elements offers whole components as members', async () => {
    const { text, items } = await completeAt(card('{|}'));
    const after = JSON.parse(accept(text, item(items, 'button')));
    assert.equal(after.body.elements[0].tag, 'button');
  });

  test('card root, header, config and body: properties and values', async () => {
    const root = await completeAt('{\n  "schema": "2.0",\n  |\n}');
    for (const key of ['header', 'body', 'config', 'card_link'])
      assert.ok(labels(root.items).includes(key), key);
    assert.ok(!labels(root.items).includes('schema'));
    const template = await completeAt('{"schema": "2.0", "header": {"template": "|"}}');
    assert.ok(labels(template.items).includes('wathet'));
    assert.equal(labels(template.items).length, 13);
    const width = await completeAt('{"schema": "2.0", "config": {"width_mode": |}}');
    assert.deepEqual(labels(width.items), ['default', 'compact', 'fill']);
    const body = await completeAt('{"schema": "2.0", "body": {|}}');
    assert.ok(labels(body.items).includes('elements'));
    assert.ok(labels(body.items).includes('direction'));
    const schema = await completeAt('{"schema": |}', { name: 'new.card.json' });
    assert.deepEqual(labels(schema.items), ['2.0']);
  });

  test('a JSON file that is not a card gets no card completions', async () => {
    const { items } = await completeAt('{"name": "x", |}', { name: 'package.json' });
    assert.deepEqual(items, []);
  });

  test('details are in Chinese for a zh-cn editor', async () => {
    const { items } = await completeAt(card('{"tag": "button", |}'), { lsp: zhClient });
    assert.equal(item(items, 'text').detail, '按钮文本。');
    const behaviors = await completeAt(card('{"tag": "checker", "behaviors": [|]}'), { lsp: zhClient });
    assert.equal(item(behaviors.items, 'callback').detail, '点击后向服务端发送回调');
  });
});
