import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTemplateData } from '../../../server/src/card/template/sampleData';
import { expectRule } from '../../support/markers';

const withData = (values: Record<string, unknown>) => {
  const templateData = readTemplateData(JSON.stringify(values), '/cards/x.data.json');
  return { templateData };
};

test('variable-undefined: information on every variable while the card has no data file', () => {
  const findings = expectRule(
    'variable-undefined',
    `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"Hi «${'${user}'}», «${'${n}'}» left"}]}}`,
    { template: true },
  );
  assert.ok(findings.every((f) => f.severity === 'info'));
  assert.match(findings[0].message, /data\.json/);
});

test('variable-undefined: quiet on a card that is no Feishu template (no data, no builder marks, no setting)', () => {
  expectRule(
    'variable-undefined',
    `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"Hi \${user} from {{jinja}} and \${n}"}]}}`,
  );
  // `template_variable` beside the card marks it as a template.
  expectRule(
    'variable-undefined',
    `{"template_variable":{},"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"Hi «\${user}»"}]}}`,
  );
});

test('variable-undefined: a warning with a data file, only for names it lacks', () => {
  const findings = expectRule(
    'variable-undefined',
    `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"Hi \${user}, «\${nme}»"}]}}`,
    withData({ user: 'Ada', name: 'x' }),
  );
  assert.equal(findings[0].severity, 'warning');
  assert.match(findings[0].message, /x\.data\.json/);
  assert.deepEqual(findings[0].data?.name, 'nme');
});

test('variable-undefined: loop item fields come from the items, then the top level', () => {
  expectRule(
    'variable-undefined',
    `{"schema":"2.0","body":{"elements":[{"tag":"column_set","columns":[{"tag":"column","_varloop":"\${rows}","elements":[{"tag":"markdown","content":"\${label} \${owner} «\${nope}»"}]}]}]}}`,
    withData({ rows: [{ label: 'a' }, { label: 'b' }], owner: 'top' }),
  );
});

test('variable-undefined: the loop list itself is reported, not every field inside it', () => {
  expectRule(
    'variable-undefined',
    `{"schema":"2.0","body":{"elements":[{"tag":"column_set","columns":[{"tag":"column","_varloop":"«\${rows}»","elements":[{"tag":"markdown","content":"\${label}"}]}]}]}}`,
    withData({}),
  );
});

test('variable-undefined: exact ranges inside a content-string wrapper with escapes', () => {
  const inner = JSON.stringify({
    schema: '2.0',
    body: { elements: [{ tag: 'markdown', content: '"q" ${v}' }] },
  });
  const file = JSON.stringify({ msg_type: 'interactive', content: inner });
  const at = file.indexOf('${v}');
  const marked = file.slice(0, at) + '«${v}»' + file.slice(at + 4);
  expectRule('variable-undefined', marked, { template: true });
});

test('variable-undefined: a card without variables gets nothing, with or without data', () => {
  const card = `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"price: $5 {not a var}"}]}}`;
  expectRule('variable-undefined', card);
  expectRule('variable-undefined', card, withData({ a: 1 }));
});

test('variable-undefined: the user setting wins over the data-dependent default', () => {
  const text = `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"«\${nme}»"}]}}`;
  const findings = expectRule('variable-undefined', text, {
    ...withData({ name: 'x' }),
    severities: { 'variable-undefined': 'hint' },
  });
  assert.equal(findings[0].severity, 'hint');
  expectRule('variable-undefined', text.replace(/[«»]/g, ''), {
    ...withData({ name: 'x' }),
    severities: { 'variable-undefined': 'off' },
  });
});
