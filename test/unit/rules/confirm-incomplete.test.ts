import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

const T = `{"tag":"plain_text","content":"x"}`;

test('confirm-incomplete fires on confirm without title or text', () => {
  const findings = expectRule(
    'confirm-incomplete',
    v2(`{"tag":"button",«"confirm"»:{"text":${T}}},{"tag":"checker",«"confirm"»:{}}`),
  );
  assert.equal(findings[0].severity, 'warning');
  assert.match(findings[0].message, /no `title`/);
  assert.match(findings[1].message, /title \/ text/);
});

test('confirm-incomplete stays quiet on a complete confirm', () => {
  expectRule('confirm-incomplete', v2(`{"tag":"button","confirm":{"title":${T},"text":${T}}}`));
});
