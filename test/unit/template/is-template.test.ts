// When `${…}` in a card is a Feishu template variable (isTemplate.ts): the setting decides, else sample data,
// else the card builder's marks in the file (`_varloop`, `template_variable`, `template_id` as keys).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCard } from '../../../server/src/card/parse/parse';
import { isTemplateCard } from '../../../server/src/card/template/isTemplate';

const card = (extra: Record<string, unknown> = {}, element: Record<string, unknown> = {}) =>
  parseCard(
    JSON.stringify({
      schema: '2.0',
      body: { elements: [{ tag: 'markdown', content: 'Hi ${name}', ...element }] },
      ...extra,
    }),
  );

test('the setting wins over sample data and marks', () => {
  const marked = card({}, { _varloop: '${rows}' });
  assert.equal(isTemplateCard(marked, { hasSampleData: true, setting: false }), false);
  assert.equal(isTemplateCard(card(), { hasSampleData: false, setting: true }), true);
});

test('without a setting, sample data makes a template', () => {
  assert.equal(isTemplateCard(card(), { hasSampleData: true }), true);
  assert.equal(isTemplateCard(card(), { hasSampleData: false }), false);
});

test('without either, each builder mark as a key makes a template', () => {
  const is = (doc: ReturnType<typeof card>) => isTemplateCard(doc, { hasSampleData: false });
  assert.equal(is(card({}, { _varloop: '${rows}' })), true);
  assert.equal(is(card({ template_variable: { name: 'x' } })), true);
  assert.equal(is(card({ template_id: 'AAq' })), true);
  assert.equal(is(parseCard('{"schema": "2.0", "template_id" : "AAq", "body": {"elements": []}}')), true);
});

test('the marks only count as keys with their exact names', () => {
  const is = (doc: ReturnType<typeof card>) => isTemplateCard(doc, { hasSampleData: false });
  assert.equal(is(card({}, { content: 'see _varloop and "template_id" in the docs' })), false);
  assert.equal(is(card({}, { my_varloop: '${rows}' })), false);
  assert.equal(is(card({ template_ids: ['AAq'] })), false);
  assert.equal(is(card({}, { content: 'template_variable' })), false);
});
