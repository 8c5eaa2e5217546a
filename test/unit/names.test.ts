// Names and element ids (lint/rules/utils/names.ts): the helpers that the form and element-id rules and their
// fixes share, checked directly on parsed cards and through lintText / fixesFor.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../server/src/card/lint/engine';
import { fixesFor } from '../../server/src/card/lint/fixes';
import { parseCard } from '../../server/src/card/parse/parse';
import {
  checkedElementIds,
  deriveElementId,
  elementIdNodes,
  elementIdsInCard,
  namePlan,
  namesInCard,
  needsName,
  uniqueName,
} from '../../server/src/card/lint/rules/utils/names';
import { expectRule, noRuleFails } from '../support/markers';
import { checkFix, v2 } from './rules/fixCheck';

const BTN = `"text":{"tag":"plain_text","content":"OK"}`;

test('namesInCard holds only string names', () => {
  const card = parseCard(v2(`{"tag":"hr"},{"tag":"input","name":"a"},{"tag":"input","name":7}`));
  assert.deepEqual([...namesInCard(card)], ['a']);
});

test('uniqueName drops a trailing _<number> of the base and counts from 1', () => {
  assert.equal(uniqueName('field_12', new Set()), 'field_1');
  assert.equal(uniqueName('x_3', new Set(['x_1'])), 'x_2');
  assert.equal(uniqueName('a_1b', new Set()), 'a_1b_1');
  assert.equal(uniqueName('_5', new Set()), 'field_1');
  assert.equal(uniqueName(undefined, new Set(['field_1'])), 'field_2');
});

test('deriveElementId squeezes runs of bad characters and keeps a short leftover valid', () => {
  assert.equal(deriveElementId('a--b', new Set()), 'a_b');
  assert.equal(deriveElementId('-', new Set()), 'element');
});

test('deriveElementId replaces a trailing number when the id is taken, and only a trailing one', () => {
  assert.equal(deriveElementId('a_12', new Set(['a_12'])), 'a_2');
  assert.equal(deriveElementId('a_1b', new Set(['a_1b'])), 'a_1b_2');
});

test('element ids: strings only, header tags and body in document order', () => {
  const text =
    `{"schema":"2.0","body":{"elements":[{"tag":"hr","element_id":"b1"},{"tag":"hr","element_id":5},` +
    `{"tag":"hr","element_id":"b2"}]},"header":{"title":{"tag":"plain_text","content":"t"},"text_tag_list":[` +
    `{"tag":"text_tag","text":{"tag":"plain_text","content":"x"}},` +
    `{"tag":"text_tag","element_id":9,"text":{"tag":"plain_text","content":"y"}},` +
    `{"tag":"text_tag","element_id":"h1","text":{"tag":"plain_text","content":"z"}}]}}`;
  const card = parseCard(text);
  assert.deepEqual(
    elementIdNodes(card).map((n) => n.value),
    ['b1', 'b2', 'h1'],
  );
  assert.deepEqual([...elementIdsInCard(card)], ['b1', 'b2', 'h1']);
});

test('a header text_tag_list that is not an array has no element ids', () => {
  const card = parseCard(
    `{"schema":"2.0","header":{"title":{"tag":"plain_text","content":"t"},"text_tag_list":{"element_id":"h"}},"body":{"elements":[]}}`,
  );
  assert.deepEqual(elementIdNodes(card), []);
});

test('checked element ids: the literal ones in document order, each with its faults; variables listed but not checked', () => {
  const card = parseCard(
    v2(
      `{"tag":"hr","element_id":"a"},{"tag":"hr","element_id":"\${v}"},{"tag":"hr","element_id":"1x"},` +
        `{"tag":"hr","element_id":"a"},{"tag":"hr","element_id":"\${v}"},{"tag":"hr","element_id":"1x"}`,
    ),
  );
  assert.deepEqual(
    checkedElementIds(card).map((id) => [id.value, id.repeat, id.invalid]),
    [
      ['a', false, false],
      ['1x', false, true],
      ['a', true, false],
      ['1x', true, true],
    ],
  );
  assert.deepEqual(
    elementIdNodes(card).map((id) => id.value),
    ['a', '${v}', '1x', 'a', '${v}', '1x'],
  );
});

test('element ids and the name plan are read once per parsed card', () => {
  const card = parseCard(v2(`{"tag":"hr","element_id":"a"},{"tag":"hr","element_id":"a"}`));
  assert.equal(elementIdNodes(card), elementIdNodes(card));
  assert.equal(checkedElementIds(card), checkedElementIds(card));
  assert.equal(namePlan(card), namePlan(card));
});

test('a component of unknown tag inside a form needs no name', () => {
  const card = parseCard(
    v2(
      `{"tag":"form","name":"f","elements":[{"tag":"no_such_tag"},{"tag":"button","name":"s","form_action_type":"submit",${BTN}}]}`,
    ),
  );
  const unknown = card.components.find((c) => c.tag === 'no_such_tag');
  assert.ok(unknown?.form, 'the unknown component is inside the form');
  assert.equal(needsName(unknown), false);
});

test('name-duplicate ignores fields outside forms and empty names', () => {
  expectRule(
    'name-duplicate',
    v2(
      `{"tag":"input","name":"q"},{"tag":"input","name":"q"},` +
        `{"tag":"form","name":"f","elements":[{"tag":"input","name":""},{"tag":"input","name":""},` +
        `{"tag":"button","name":"s","form_action_type":"submit",${BTN}}]}`,
    ),
  );
});

test('a form that has its submit button reserves no submit name', () => {
  // Would a "submit_<n>" be set aside for it (or for any other component), the duplicate below would get _2.
  const text = v2(
    `{"tag":"form","name":"f","elements":[{"tag":"input","name":"submit"},{"tag":"input","name":"submit"},` +
      `{"tag":"button","name":"go","form_action_type":"submit",${BTN}}]}`,
  );
  const after = checkFix('name-duplicate', text, { safe: true });
  assert.equal(JSON.parse(after).body.elements[0].elements[1].name, 'submit_1');
});

test('only a button submits a form', () => {
  expectRule(
    'form-no-submit',
    v2(`{"tag":«"form"»,"name":"f","elements":[{"tag":"input","name":"q","form_action_type":"submit"}]}`),
  );
});

test('the element-id fix title names the new id', () => {
  const text = v2(`{"tag":"hr","element_id":"my-divider"}`);
  const result = lintText(text);
  const finding = result.findings.find((f) => f.ruleId === 'element-id-invalid');
  assert.ok(finding);
  const [fix] = fixesFor(finding, result.card, text, 'en');
  assert.match(fix.title, /"my_divider"/);
});

test('an element-id finding whose data no longer fits the card gets no fix (and no crash)', () => {
  const text = v2(`{"tag":"hr","element_id":"a"},{"tag":"hr","element_id":"a"}`);
  const result = lintText(text);
  const finding = result.findings.find((f) => f.ruleId === 'element-id-duplicate');
  assert.ok(finding);
  assert.equal(fixesFor(finding, result.card, text, 'en').length, 1);
  const stale = { ...finding, data: { ...finding.data, id: 'b' } };
  assert.deepEqual(
    noRuleFails(() => fixesFor(stale, result.card, text, 'en')),
    [],
  );
  const bare = { ...finding, data: undefined };
  assert.deepEqual(
    noRuleFails(() => fixesFor(bare, result.card, text, 'en')),
    [],
  );
});
