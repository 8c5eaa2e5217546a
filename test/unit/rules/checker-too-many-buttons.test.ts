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

test('checker-too-many-buttons numbers each extra button, on 2.0 and 1.0 cards, and only in checkers', () => {
  const [fourth, fifth] = expectRule(
    'checker-too-many-buttons',
    v2(`{"tag":"checker","button_area":{"buttons":[${B},${B},${B},«${B}»,«${B}»]}}`),
  );
  assert.equal(
    fourth.message,
    'A checker shows at most 3 buttons in `button_area.buttons`; this is button 4, which the platform rejects. Remove the extra buttons.',
  );
  assert.match(fifth.message, /this is button 5,/);
  const [zh] = expectRule(
    'checker-too-many-buttons',
    v2(`{"tag":"checker","button_area":{"buttons":[${B},${B},${B},«${B}»]}}`),
    { locale: 'zh' },
  );
  assert.match(zh.message, /最多 3 个按钮；这是第 4 个/);
  expectRule(
    'checker-too-many-buttons',
    `{"config":{},"elements":[{"tag":"checker","button_area":{"buttons":[${B},${B},${B},«${B}»]}}]}`,
  );
  expectRule(
    'checker-too-many-buttons',
    v2(`{"tag":"interactive_container","button_area":{"buttons":[${B},${B},${B},${B}]},"elements":[]}`),
  );
});
