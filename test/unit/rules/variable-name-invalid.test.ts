import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { fixesFor } from '../../../server/src/card/lint/fixes';
import { parseCard } from '../../../server/src/card/parse/parse';
import { expectRule, stripMarkers } from '../../support/markers';

const marked = `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"«\${user-name}» «\${ name }» «\${1st}» \${ok_1} «\${}»"}]}}`;

test('variable-name-invalid fires on placeholders whose name breaks the naming rule', () => {
  const findings = expectRule('variable-name-invalid', marked, { template: true });
  assert.equal(findings[0].severity, 'warning');
});

test('variable-name-invalid is quiet where the card is no Feishu template, and speaks on builder marks', () => {
  // `${…}` of another template engine in a plain card: the platform never fills it, not ours to judge.
  expectRule('variable-name-invalid', marked.replace(/[«»]/g, ''));
  expectRule('variable-name-invalid', marked.replace(/[«»]/g, ''), {
    template: false,
    templateData: { values: {} },
  });
  const builder = marked.replace('"tag":"markdown"', '"tag":"markdown","_varloop":"${items}"');
  assert.equal(expectRule('variable-name-invalid', builder).length, 4);
});

test('variable-name-invalid offers a close valid name as an (unsafe) fix', () => {
  const { text } = stripMarkers(marked);
  const findings = expectRule('variable-name-invalid', marked, { template: true });
  const card = parseCard(text);
  const fixes = fixesFor(findings[0], card, text, 'en');
  assert.equal(fixes.length, 1);
  assert.equal(fixes[0].safe, false);
  assert.match(applyEdits(text, fixes[0].edits), /"\$\{user_name\} \$\{ name \}/);
  assert.equal(fixesFor(findings[2], card, text, 'en').length, 0, '1st has no obvious valid name');
});

test('variable-name-invalid leaves prose and valid variables alone', () => {
  expectRule(
    'variable-name-invalid',
    `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"costs \${price} or $\{ \\n multi-line }, \${a_b1}"}]}}`,
  );
});
