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

test('form-placement: a form or table inside a container that does not forbid it may still only stand at the top', () => {
  const findings = expectRule(
    'form-placement',
    v2(
      // collapsible_panel forbids forms only; checker forbids nothing; an unknown container has no spec.
      `{"tag":"collapsible_panel","elements":[{"tag":«"table"»}]},` +
        `{"tag":"checker","button_area":{"buttons":[{"tag":«"table"»}]}},` +
        `{"tag":"mystery_box","elements":[{"tag":«"form"»,"name":"f","elements":[${S}]}]}`,
    ),
  );
  assert.deepEqual(
    findings.map((f) => f.message),
    [
      '`table` may only stand directly in `body.elements`, not inside `collapsible_panel`: the platform rejects the card. Move it to the top level of the body.',
      '`table` may only stand directly in `body.elements`, not inside `checker`: the platform rejects the card. Move it to the top level of the body.',
      '`form` may only stand directly in `body.elements`, not inside `mystery_box`: the platform rejects the card. Move it to the top level of the body.',
    ],
  );
  assert.ok(findings.every((f) => f.severity === 'error'));
});

test('form-placement names the nearest ancestor that forbids the component', () => {
  const [finding] = expectRule(
    'form-placement',
    v2(
      `{"tag":"column_set","columns":[{"tag":"column","elements":[{"tag":"mystery_box","elements":[{"tag":«"table"»}]}]}]}`,
    ),
  );
  assert.equal(
    finding.message,
    '`table` may not be placed inside `column`: the platform rejects the card. Move it out of the column.',
  );
});

test('form-placement still reports a table under a parent without a tag', () => {
  const [finding] = expectRule('form-placement', v2(`{"elements":[{"tag":«"table"»}]}`));
  assert.match(finding.message, /not inside ``:/);
});
