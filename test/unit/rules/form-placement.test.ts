import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

const S = `{"tag":"button","name":"s","form_action_type":"submit"}`;

test('form-placement fires on a nested form, a form in a form, and a table in a column', () => {
  const findings = expectRule(
    'form-placement',
    v2(
      `{"tag":"collapsible_panel","elements":[{"tag":«"form"»,"name":"a","elements":[${S}]}]},` +
        `{"tag":"form","name":"b","elements":[{"tag":«"form"»,"name":"c","elements":[]},{"tag":«"table"»},${S}]},` +
        `{"tag":"column_set","columns":[{"tag":"column","elements":[{"tag":«"table"»}]}]}`,
    ),
  );
  assert.equal(findings[0].severity, 'error');
  assert.match(findings[0].message, /`form` may not be placed inside `collapsible_panel`/);
});

test('form-placement stays quiet on a form and a table at the top level', () => {
  expectRule('form-placement', v2(`{"tag":"form","name":"f","elements":[${S}]},{"tag":"table"}`));
});
