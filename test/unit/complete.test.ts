// The pure completion / hover modules on a sample card, slot rules for components the catalog may gain, and
// every text they can show in both languages. (The every-offset sweep lives in test/fuzz/features.test.ts;
// what each feature offers and says, place by place, is in test/unit/features/.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ComponentSpec } from '../../server/src/card/catalog/catalog';
import { withComponents } from '../support/fakeComponents';
import {
  behaviorFields,
  cardRootSchema,
  resolveSchema,
  schemaProperties,
  type SchemaLike,
} from '../../server/src/card/catalog/schemaReader';
import { complete } from '../../server/src/card/features/completion';
import { featureText } from '../../server/src/card/features/featureText';
import { hover } from '../../server/src/card/features/hover';
import { parseCard } from '../../server/src/card/parse/parse';
import { sample } from '../support/featureSample';

test('completion items in a full card replace only text around the cursor and carry text in the locale', () => {
  const card = parseCard(sample);
  const offset = sample.indexOf('"primary"') + 3;
  const items = complete(card, offset, { locale: 'zh' });
  assert.ok(items.length > 0);
  for (const item of items) assert.equal(sample.slice(item.replace.start, item.replace.end), '"primary"');
  assert.ok(
    items.some((i) => i.detail === '默认'),
    'the default value is marked in Chinese',
  );
});

test('a variable URL is explained as template data', () => {
  const card = parseCard(sample);
  const result = hover(card, sample.indexOf('"open_url"') + 2, { locale: 'en' });
  assert.match(result!.markdown, /\$\{url\}.*template data/);
});

test('every feature text and every card-section description exists in English and Chinese', () => {
  for (const [id, text] of Object.entries(featureText)) {
    assert.ok(text.en.trim() && text.zh.trim(), id);
  }
  // Everything completion and hover can reach below the card root and in each behavior type, refs followed.
  let visited = 0;
  const visit = (schema: SchemaLike | undefined, where: string, depth: number) => {
    for (const [key, property] of Object.entries(schemaProperties(schema, 'v2'))) {
      const description = resolveSchema(property, 'v2')?.description;
      if (description) assert.ok(description.en && description.zh, `${where}.${key}`);
      else assert.fail(`${where}.${key} has no description`);
      visited++;
      assert.ok(depth < 8, `${where}.${key} nests too deep`);
      visit(property, `${where}.${key}`, depth + 1);
      const items = resolveSchema(property, 'v2')?.items;
      if (items) visit(items, `${where}.${key}[]`, depth + 1);
    }
  };
  visit(cardRootSchema, 'card', 0);
  for (const type of ['open_url', 'callback'] as const) {
    visit({ type: 'object', properties: behaviorFields(type, 'v2') }, type, 0);
  }
  assert.ok(visited > 40, 'the card root and behaviors come from the catalog');
});

test('slot rules work for components the catalog does not have yet (column_set, column, table, form-only)', () => {
  const specs: Record<string, Partial<ComponentSpec>> = {
    column_set: { category: 'container', slots: [{ path: ['columns'], allow: ['column'] }] },
    column: {
      category: 'container',
      slots: [{ path: ['elements'] }],
      forbiddenDescendants: ['form', 'table'],
    },
    table: { rootOnly: true },
    fake_multi_select: { category: 'interactive', formOnly: true, formField: true },
  };
  withComponents(specs, () => {
    const labelsAt = (marked: string) => {
      const offset = marked.indexOf('|');
      const text = marked.replace('|', '');
      return complete(parseCard(text), offset, { locale: 'en' }).map((i) => i.label);
    };
    const card = (inner: string) => `{"schema": "2.0", "body": {"elements": [${inner}]}}`;
    assert.deepEqual(labelsAt(card('{"tag": "column_set", "columns": [|]}')), ['column']);
    const inColumn = labelsAt(card('{"tag": "column_set", "columns": [{"tag": "column", "elements": [|]}]}'));
    for (const tag of ['table', 'form', 'column', 'fake_multi_select'])
      assert.ok(!inColumn.includes(tag), tag);
    assert.ok(inColumn.includes('button'));
    const atRoot = labelsAt(card('|'));
    assert.ok(atRoot.includes('table') && atRoot.includes('column_set'));
    assert.ok(!atRoot.includes('column') && !atRoot.includes('fake_multi_select'));
    const inForm = labelsAt(card('{"tag": "form", "name": "f", "elements": [|]}'));
    assert.ok(inForm.includes('fake_multi_select') && !inForm.includes('table'));
    const columnInForm = labelsAt(
      card(
        '{"tag": "form", "name": "f", "elements": [{"tag": "column_set", "columns": [{"tag": "column", "elements": [|]}]}]}',
      ),
    );
    assert.ok(columnInForm.includes('fake_multi_select'), 'a column inside a form is still inside the form');
  });
});

test("a tag's hover and its completion item say which behaviors it takes, in the locale's words", () => {
  const text =
    '{"schema": "2.0", "body": {"elements": [{"tag": "button"}, {"tag": "markdown", "content": "x"}]}}';
  const card = parseCard(text);
  const hovered = (tag: string, locale: 'en' | 'zh') =>
    hover(card, text.indexOf(`"${tag}"`) + 2, { locale })!.markdown.split('\n\n')[2];
  assert.match(hovered('button', 'en'), /^Accepts `behaviors`: `open_url`, `callback`\. /);
  assert.match(hovered('button', 'zh'), /^支持的 behaviors：`open_url`、`callback`。 /);
  assert.equal(hovered('markdown', 'en'), 'Takes no `behaviors`.');
  assert.equal(hovered('markdown', 'zh'), '不支持 behaviors。');
  const empty = '{"schema": "2.0", "body": {"elements": []}}';
  const items = complete(parseCard(empty), empty.indexOf('[]') + 1, { locale: 'en' });
  const documented = (tag: string) => items.find((i) => i.label === tag)?.documentation?.split('\n\n')[1];
  assert.equal(documented('button'), 'Accepts `behaviors`: `open_url`, `callback`.');
  assert.equal(documented('markdown'), 'Takes no `behaviors`.');
});
