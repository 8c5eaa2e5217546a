// Completion and hover on JSON 1.0 cards come from the 1.0 catalog: 1.0 properties (div fields/extra,
// button url/value, action layout), the action module's allowed tags, root sections (i18n_elements).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complete } from '../../server/src/card/features/completion';
import { hover } from '../../server/src/card/features/hover';
import { parseCard } from '../../server/src/card/parse/parse';

function labelsAt(marked: string): string[] {
  const offset = marked.indexOf('|');
  return complete(parseCard(marked.replace('|', '')), offset, { locale: 'en' }).map((i) => i.label);
}

function hoverAt(marked: string, locale: 'en' | 'zh' = 'en'): string {
  const offset = marked.indexOf('|');
  return hover(parseCard(marked.replace('|', '')), offset, { locale })?.markdown ?? '';
}

test('1.0 completion: an action module offers only its interactive elements', () => {
  const labels = labelsAt(`{"elements": [{"tag": "action", "actions": [|]}]}`);
  assert.ok(labels.includes('button') && labels.includes('overflow') && labels.includes('date_picker'));
  assert.ok(!labels.includes('div') && !labels.includes('markdown'), labels.join(' '));
  const root = labelsAt(`{"elements": [|]}`);
  assert.ok(root.includes('action') && root.includes('note') && root.includes('div'), root.join(' '));
  assert.ok(!root.includes('audio'), 'audio is 2.0 only');
});

test('1.0 completion: 1.0 properties of div and button, and the action layout values', () => {
  const div = labelsAt(`{"elements": [{"tag": "div", |}]}`);
  assert.ok(div.includes('fields') && div.includes('extra'), div.join(' '));
  const button = labelsAt(`{"elements": [{"tag": "action", "actions": [{"tag": "button", |}]}]}`);
  assert.ok(button.includes('complex_interaction') && button.includes('value'), button.join(' '));
  const layout = labelsAt(`{"elements": [{"tag": "action", "layout": |, "actions": []}]}`);
  assert.ok(
    layout.some((l) => l.includes('bisected')),
    layout.join(' '),
  );
  const inExtra = labelsAt(`{"elements": [{"tag": "div", "extra": {"tag": "img", |}}]}`);
  assert.ok(inExtra.includes('img_key'), inExtra.join(' '));
  const root = labelsAt(`{"elements": [], |}`);
  assert.ok(root.includes('i18n_elements') && root.includes('card_link'), root.join(' '));
  assert.ok(!root.includes('body'), '1.0 has no body');
});

test('1.0 completion: the div `extra` key inserts one component object, whose components follow right away', () => {
  const text = `{"elements": [{"tag": "div", |}]}`;
  const offset = text.indexOf('|');
  const extra = complete(parseCard(text.replace('|', '')), offset, { locale: 'en' }).find(
    (i) => i.label === 'extra',
  );
  assert.equal(extra?.insertText, '"extra": {$1}');
  assert.equal(extra?.retrigger, true);
  const inside = labelsAt(`{"elements": [{"tag": "div", "extra": {|}}]}`);
  assert.ok(inside.includes('img') && inside.includes('button') && !inside.includes('div'), inside.join(' '));
});

test('1.0 hover: the action module, a note, 1.0 properties and config', () => {
  assert.match(hoverAt(`{"elements": [{"tag": "act|ion", "actions": []}]}`), /action module/);
  assert.match(
    hoverAt(`{"elements": [{"tag": "div", "ext|ra": {"tag": "img", "img_key": "k"}}]}`),
    /right of the text/,
  );
  assert.match(hoverAt(`{"config": {"wide_scr|een_mode": true}, "elements": []}`), /Deprecated/);
  assert.match(hoverAt(`{"elements": [{"tag": "no|te", "elements": []}]}`, 'zh'), /备注/);
});
