import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, v2 } from './fixCheck';

test('behaviors-not-interactive fires on behaviors of display components and plain containers', () => {
  const findings = expectRule(
    'behaviors-not-interactive',
    v2(
      `{"tag":"markdown","content":"x",«"behaviors"»:[{"type":"open_url","default_url":"https://e.com"}]},` +
        `{"tag":"img","img_key":"img_v2_x",«"behaviors"»:[]},` +
        `{"tag":"collapsible_panel","elements":[],«"behaviors"»:[{"type":"callback","value":{}}]}`,
    ),
  );
  assert.equal(findings[0].severity, 'error');
  assert.match(findings[0].message, /`markdown` has no interactions/);
});

test('behaviors-not-interactive stays quiet on interactive components and containers that take behaviors', () => {
  expectRule(
    'behaviors-not-interactive',
    v2(
      `{"tag":"button","behaviors":[]},{"tag":"input","behaviors":[]},` +
        `{"tag":"interactive_container","behaviors":[{"type":"callback","value":{}}],"elements":[]}`,
    ),
  );
});

test('behaviors-not-interactive fix removes the behaviors', () => {
  const text = card([{ tag: 'markdown', content: 'x', behaviors: [{ type: 'callback', value: {} }] }]);
  const after = checkFix('behaviors-not-interactive', text);
  assert.deepEqual(JSON.parse(after).body.elements[0], { tag: 'markdown', content: 'x' });
});
