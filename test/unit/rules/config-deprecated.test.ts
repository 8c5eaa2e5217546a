import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { checkFix, pretty } from './fixCheck';

test('config-deprecated hints at wide_screen_mode and compact_width, on 1.0 and 2.0 cards', () => {
  const [wide, compact] = expectRule(
    'config-deprecated',
    `{"config":{«"wide_screen_mode":true»,«"compact_width":false»},"elements":[]}`,
  );
  assert.equal(wide.severity, 'hint');
  assert.match(wide.message, /^`wide_screen_mode` is deprecated and has no effect/);
  assert.match(compact.message, /`"width_mode": "compact"`/);
  expectRule(
    'config-deprecated',
    `{"schema":"2.0","config":{«"wide_screen_mode":true»},"body":{"elements":[]}}`,
  );
});

test('config-deprecated stays quiet on current settings', () => {
  expectRule('config-deprecated', `{"config":{"width_mode":"fill","update_multi":true},"elements":[]}`);
});

test('config-deprecated removes wide_screen_mode (it has no effect), and only that', () => {
  const text = pretty({ config: { wide_screen_mode: true, enable_forward: true }, elements: [] });
  const after = checkFix('config-deprecated', text, { safe: true });
  assert.deepEqual(JSON.parse(after).config, { enable_forward: true });
  const compact = pretty({ config: { compact_width: true }, elements: [] });
  assert.throws(() => checkFix('config-deprecated', compact), /no fix/);
});
