import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

const columns = `"columns":[{"name":"customer","display_name":"Customer","data_type":"text"},{"name":"amount","display_name":"Amount","data_type":"number"}]`;

test('table-row-unknown-column marks the row key that no column is named', () => {
  const [finding] = expectRule(
    'table-row-unknown-column',
    v2(`{"tag":"table",${columns},"rows":[{"customer":"A","amount":1},{"customer":"B",«"amout"»:2}]}`),
  );
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /customer, amount/);
});

test('table-row-unknown-column stays quiet when every key is a column', () => {
  expectRule(
    'table-row-unknown-column',
    v2(`{"tag":"table",${columns},"rows":[{"customer":"A"},{"amount":2}]}`),
  );
});

test('table-row-unknown-column reads a repeated row key as its last one, as JSON.parse does', () => {
  expectRule(
    'table-row-unknown-column',
    v2(`{"tag":"table",${columns},"rows":[{"amout":1,«"amout"»:2},{«"__proto__"»:1,«"constructor"»:2}]}`),
  );
});
