import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

const imgs = (n: number, markFrom = Infinity) => {
  const items = Array.from({ length: n }, (_, i) => `{"img_key":"img_${i}"}`);
  if (markFrom < n) {
    items[markFrom] = '«' + items[markFrom];
    items[n - 1] = items[n - 1] + '»';
  }
  return items.join(',');
};

test('img-combination-too-many marks the images beyond the mode maximum', () => {
  const [finding] = expectRule(
    'img-combination-too-many',
    v2(`{"tag":"img_combination","combination_mode":"double","img_list":[${imgs(3, 2)}]}`),
  );
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /at most 2/);
  expectRule(
    'img-combination-too-many',
    v2(`{"tag":"img_combination","combination_mode":"trisect","img_list":[${imgs(10, 9)}]}`),
  );
});

test('img-combination-too-many: maximums, not exact counts', () => {
  expectRule(
    'img-combination-too-many',
    v2(
      `{"tag":"img_combination","combination_mode":"triple","img_list":[${imgs(3)}]},{"tag":"img_combination","combination_mode":"bisect","img_list":[${imgs(2)}]},{"tag":"img_combination","combination_mode":"trisect","img_list":[${imgs(9)}]}`,
    ),
  );
});

test('img-combination-too-many knows only the layout modes, not names Object.prototype has', () => {
  // (expectRule also fails if the rule threw: `constructor` once looked up Object itself as a maximum.)
  expectRule(
    'img-combination-too-many',
    v2(`{"tag":"img_combination","combination_mode":"constructor","img_list":[${imgs(3)}]}`),
  );
});
