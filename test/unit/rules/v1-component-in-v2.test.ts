import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('v1-component-in-v2 fires on action and note modules and root elements', () => {
  const findings = expectRule(
    'v1-component-in-v2',
    `{"schema":"2.0",«"elements"»:[{"tag":«"note"»,"elements":[]}],"body":{"elements":[{"tag":«"action"»,"actions":[{"tag":"button"}]}]}}`,
  );
  assert.equal(findings[0].severity, 'error');
  assert.match(findings[0].message, /body\.elements/);
  assert.match(findings[1].message, /note/);
});

test('v1-component-in-v2 stays quiet on 2.0 cards and on 1.0 cards', () => {
  expectRule('v1-component-in-v2', v2(`{"tag":"button"}`));
  expectRule(
    'v1-component-in-v2',
    `{"elements":[{"tag":"action","actions":[]},{"tag":"note","elements":[]}]}`,
  );
});

test('v1-component-in-v2 findings carry the path of what they point at', () => {
  const text = JSON.stringify({
    schema: '2.0',
    elements: [],
    i18n_elements: {},
    body: { elements: [{ tag: 'note', elements: [] }] },
  });
  const paths = lintText(text)
    .findings.filter((f) => f.ruleId === 'v1-component-in-v2')
    .map((f) => (f.data as { path?: unknown } | undefined)?.path);
  assert.deepEqual(paths, [['elements'], ['i18n_elements'], ['body', 'elements', 0]]);
});
