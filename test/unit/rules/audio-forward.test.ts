import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { card, checkFix, v2 } from './fixCheck';

test('audio-forward fires when a card with audio may be forwarded', () => {
  const [finding] = expectRule(
    'audio-forward',
    v2(`{"tag":«"audio"»,"file_key":"f"},{"tag":"audio","file_key":"g"}`),
  );
  assert.equal(finding.severity, 'error');
  expectRule('audio-forward', v2(`{"tag":«"audio"»,"file_key":"f"}`, `"config":{"enable_forward":true},`));
});

test('audio-forward stays quiet with enable_forward false, or without audio', () => {
  expectRule('audio-forward', v2(`{"tag":"audio","file_key":"f"}`, `"config":{"enable_forward":false},`));
  expectRule('audio-forward', v2(`{"tag":"hr"}`));
});

test('audio-forward fix turns forwarding off', () => {
  const after = checkFix('audio-forward', card([{ tag: 'audio', file_key: 'f' }]), { safe: true });
  assert.equal(JSON.parse(after).config.enable_forward, false);
  checkFix('audio-forward', card([{ tag: 'audio', file_key: 'f' }], { config: { enable_forward: true } }));
});
