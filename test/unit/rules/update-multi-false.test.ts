import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, v2 } from './fixCheck';

test('update-multi-false fires on update_multi false in a 2.0 card', () => {
  const [finding] = expectRule('update-multi-false', v2('', `"config":{«"update_multi":false»},`));
  assert.equal(finding.severity, 'error');
});

test('update-multi-false stays quiet on true and on 1.0 cards', () => {
  expectRule('update-multi-false', v2('', `"config":{"update_multi":true},`));
  expectRule('update-multi-false', `{"config":{"update_multi":false},"elements":[]}`);
});

test('update-multi-false fix removes it', () => {
  const after = checkFix(
    'update-multi-false',
    card([], { config: { width_mode: 'fill', update_multi: false } }),
    { safe: true },
  );
  assert.deepEqual(JSON.parse(after).config, { width_mode: 'fill' });
});
