import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('too-many-components fires on component 201', () => {
  const els = Array.from({ length: 201 }, (_, i) => (i === 200 ? `{"tag":«"hr"»}` : `{"tag":"hr"}`)).join(
    ',',
  );
  const [finding] = expectRule('too-many-components', v2(els));
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /201 components/);
});

test('too-many-components stays quiet at 200', () => {
  expectRule('too-many-components', v2(Array.from({ length: 200 }, () => `{"tag":"hr"}`).join(',')));
});
