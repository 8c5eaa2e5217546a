import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card/lint/engine';
import { expectRule, stripMarkers } from '../../support/markers';
import { v2 } from './fixCheck';

test('select-img-style-v2: a warning that the 2.0 page omits it, instead of unknown-property', () => {
  const marked = v2(`{"tag":"select_img",«"style"»:"laser","options":[{"img_key":"img_1","value":"a"}]}`);
  const [finding] = expectRule('select-img-style-v2', marked);
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /2\.0 page omits it/);
  const ids = lintText(stripMarkers(marked).text).findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('unknown-property'), ids.join());
});

test('select-img-style-v2 stays quiet without style', () => {
  expectRule('select-img-style-v2', v2(`{"tag":"select_img","options":[{"img_key":"img_1","value":"a"}]}`));
});
