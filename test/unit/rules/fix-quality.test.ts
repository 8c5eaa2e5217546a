// Regressions found by fuzzing the quick fixes (issue 6): a fix that threw, fix-all that did not reach a
// fixed point, and edits that re-formatted a whole minified card.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, minimalEdit } from '../../../server/src/card/edit/jsonEdits';
import { lintText } from '../../../server/src/card/lint/engine';
import { fixAll, fixesFor } from '../../../server/src/card/lint/fixes';
import { card, pretty, pt } from './fixCheck';
import { watchConsoleErrors } from '../../support/consoleErrors';

function fixesOf(ruleId: string, text: string) {
  const { card: parsed, findings } = lintText(text);
  const finding = findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} does not fire`);
  return fixesFor(finding, parsed, text, 'en');
}

test('audio-forward offers no fix (and does not throw) when config is not an object', () => {
  for (const config of ['5', '"x"', '[]', 'null', 'true']) {
    const text = `{"schema":"2.0","config":${config},"body":{"elements":[{"tag":"audio"}]}}`;
    const { value, errors } = watchConsoleErrors(() => fixesOf('audio-forward', text));
    assert.deepEqual(value, [], config);
    assert.deepEqual(errors, [], config);
    const all = watchConsoleErrors(() => fixAll(text));
    assert.deepEqual(all.errors, [], config);
  }
});

test('fix-all gives 11+ identical invalid element ids unique valid ones in one go', () => {
  for (const id of ['1x', 'a-b', '', 'x', 'averyveryveryverylongidthatistoolong']) {
    const text = card(Array.from({ length: 14 }, () => ({ tag: 'hr', element_id: id })));
    // One round to fix, one to confirm: everything is repaired without needing the default 10 rounds.
    const once = applyEdits(text, fixAll(text, {}, 2));
    assert.deepEqual(
      lintText(once).findings.map((f) => f.ruleId),
      [],
      once,
    );
    const ids = JSON.parse(once).body.elements.map((e: { element_id: string }) => e.element_id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(fixAll(once), []);
  }
});

test('renamed duplicates, new field names and new submit buttons never collide in one fix-all round', () => {
  const form = (name: string) => ({
    tag: 'form',
    name,
    elements: [
      { tag: 'input', name: 'input_1' },
      { tag: 'input', name: 'input_1' },
      { tag: 'input', placeholder: pt('x') },
    ],
  });
  const text = card([form('f'), form('f_1'), form('f')]);
  const once = applyEdits(text, fixAll(text, {}, 2));
  assert.deepEqual(
    lintText(once).findings.map((f) => `${f.ruleId}: ${f.message}`),
    [],
    once,
  );
  assert.deepEqual(fixAll(once), []);
});

test('fixes on a minified card change only what they must', () => {
  const text =
    '{"schema":"2.0","config":{"update_multi":false,"width_mode":"fill"},"body":{"elements":[{"tag":"audio","file_key":"k"}]}}';
  const [remove] = fixesOf('update-multi-false', text);
  assert.deepEqual(remove.edits, [
    { offset: text.indexOf('"update_multi"'), length: '"update_multi":false,'.length, newText: '' },
  ]);

  const [forward] = fixesOf('audio-forward', text);
  assert.deepEqual(forward.edits, [
    { offset: text.indexOf('"fill"') + '"fill"'.length, length: 0, newText: ',"enable_forward":false' },
  ]);

  // The whole fix-all result is one small edit too, not a re-formatted file.
  const all = fixAll(text);
  assert.equal(all.length, 1);
  assert.ok(!/\n/.test(all[0].newText));
  assert.equal(
    applyEdits(text, all),
    '{"schema":"2.0","config":{"width_mode":"fill","enable_forward":false},"body":{"elements":[{"tag":"audio","file_key":"k"}]}}',
  );
});

test('fixes on a one-line object inside a pretty card keep it on one line; new objects follow the indent', () => {
  const text = pretty({
    schema: '2.0',
    body: { elements: [{ tag: 'form', name: 'f', elements: [{ tag: 'input', placeholder: pt('x') }] }] },
  }).replace(
    '"placeholder": {\n              "tag": "plain_text",\n              "content": "x"\n            }',
    '"placeholder": {"tag": "plain_text", "content": "x"}',
  );
  assert.match(text, /"placeholder": \{"tag"/);
  const [name] = fixesOf('form-field-missing-name', text);
  const named = applyEdits(text, name.edits);
  assert.match(named, /"placeholder": \{"tag": "plain_text", "content": "x"\},\n {12}"name": "input_1"\n/);

  const [submit] = fixesOf('form-no-submit', text);
  const added = applyEdits(text, submit.edits);
  assert.match(
    added,
    /\n {10}\},\n {10}\{\n {12}"tag": "button",\n {12}"text": \{\n {14}"tag": "plain_text",/,
  );
});

test('minimalEdit never splits a surrogate pair', () => {
  const [edit] = minimalEdit('"😀"', '"😁"');
  assert.equal(edit.offset, 1);
  assert.equal(edit.length, 2);
  assert.equal(edit.newText, '😁');
});
