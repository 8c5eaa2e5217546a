// The analysis cache reuses the previous tree for a keystroke inside a string of a large card, and only then:
// a typical card, an edit it was not told about, or an edit that touches structure gets a full parse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, type StringEdit } from '../../server/src/card';
import { AnalysisCache } from '../../server/src/lsp/analysis';

function card(rows: number): string {
  const elements = [{ tag: 'markdown', content: 'hello world' }];
  for (let i = 0; i < rows; i++) elements.push({ tag: 'markdown', content: `row ${i} `.repeat(12) });
  return JSON.stringify({ schema: '2.0', body: { elements } }, null, 2);
}

function editAndAnalyse(text: string, insert: string, tell: boolean, readTree = true) {
  let known: { from: number; to: number; edit: StringEdit } | undefined;
  const cache = new AnalysisCache(
    () => defaultSettings,
    () => 'en',
    undefined,
    (_uri, from, to) => (known && known.from === from && known.to === to ? known.edit : undefined),
  );
  const v1 = TextDocument.create('file:///c.card.json', 'json', 1, text);
  const before = cache.get(v1).card;
  // An editor feature (completion, hover) reads the tree; the lint alone does not build one.
  const tree = readTree ? before.root : undefined;
  const at = text.indexOf('hello') + 2;
  const range = { start: v1.positionAt(at), end: v1.positionAt(at) };
  if (tell) known = { from: 1, to: 2, edit: { offset: at, length: 0, newText: insert } };
  const v2 = TextDocument.update(v1, [{ range, text: insert }], 2);
  const after = cache.get(v2).card;
  return { reused: tree !== undefined && after.root === tree, after, text: v2.getText() };
}

test('a keystroke in a string of a large card moves the previous tree', () => {
  const { reused, after, text } = editAndAnalyse(card(3000), 'x', true);
  assert.ok(reused);
  assert.equal(after.text, text);
  assert.equal(after.components[0].node.children?.[1].children?.[1].value, 'hexllo world');
});

test('a typical card, an unknown edit, a structural edit or a card whose tree no one read is parsed in full', () => {
  assert.equal(editAndAnalyse(card(3000), 'x', true, false).reused, false);
  assert.equal(editAndAnalyse(card(3), 'x', true).reused, false);
  assert.equal(editAndAnalyse(card(3000), 'x', false).reused, false);
  assert.equal(editAndAnalyse(card(3000), '"', true).reused, false);
});
