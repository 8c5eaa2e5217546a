import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { expectRule, stripMarkers } from '../../support/markers';
import { v2 } from './fixCheck';

test('i18n-header-v2: a warning naming the disagreement, not an unknown-property error', () => {
  const marked = v2(`{"tag":"markdown","content":"x"}`, `«"i18n_header"»:{},`);
  const [finding] = expectRule('i18n-header-v2', marked);
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /official 2\.0 examples/);
  const ids = lintText(stripMarkers(marked).text).findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('unknown-property'), ids.join());
});

test('i18n-header-v2 stays quiet on 2.0 cards without it', () => {
  expectRule(
    'i18n-header-v2',
    v2(`{"tag":"markdown","content":"x"}`, `"header":{"title":{"tag":"plain_text","content":"t"}},`),
  );
});
