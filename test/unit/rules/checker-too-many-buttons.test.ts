import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

const B = `{"tag":"button","type":"text"}`;

test('checker-too-many-buttons fires on the fourth button on', () => {
  const [finding] = expectRule(
    'checker-too-many-buttons',
    v2(`{"tag":"checker","button_area":{"buttons":[${B},${B},${B},«${B}»,«${B}»]}}`),
  );
  assert.equal(finding.severity, 'error');
});

test('checker-too-many-buttons allows three', () => {
  expectRule('checker-too-many-buttons', v2(`{"tag":"checker","button_area":{"buttons":[${B},${B},${B}]}}`));
});
