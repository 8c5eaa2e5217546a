import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

test('chart-field-missing marks xField / yField names that no data row has', () => {
  const [finding] = expectRule(
    'chart-field-missing',
    v2(
      `{"tag":"chart","chart_spec":{"type":"line","data":{"values":[{"time":"1","value":2}]},"xField":«"date"»,"yField":"value"}}`,
    ),
  );
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /time, value/);
  expectRule(
    'chart-field-missing',
    v2(
      `{"tag":"chart","chart_spec":{"type":"bar","data":[{"id":"d","values":[{"x":"a","y":1}]}],"xField":["x",«"kind"»],"yField":"y"}}`,
    ),
  );
});

test('chart-field-missing stays quiet on matching fields and on data it cannot read', () => {
  expectRule(
    'chart-field-missing',
    v2(
      `{"tag":"chart","chart_spec":{"type":"line","data":{"values":[{"time":"1","value":2}]},"xField":"time","yField":"value"}},{"tag":"chart","chart_spec":{"type":"line","data":{"values":"\${rows}"},"xField":"a"}}`,
    ),
  );
});
