import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('interactive-container-no-behaviors fires on a container without (or with empty) behaviors', () => {
  const [finding] = expectRule(
    'interactive-container-no-behaviors',
    v2(
      `{"tag":«"interactive_container"»,"elements":[]},{"tag":«"interactive_container"»,"behaviors":[],"elements":[]}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
});

test('interactive-container-no-behaviors stays quiet with a behavior', () => {
  expectRule(
    'interactive-container-no-behaviors',
    v2(`{"tag":"interactive_container","behaviors":[{"type":"callback","value":{}}],"elements":[]}`),
  );
});
