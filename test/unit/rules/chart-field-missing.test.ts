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

test('chart-field-missing checks every field key, against every data set, and names the fields it has', () => {
  const spec = (fields: string) =>
    `{"tag":"chart","chart_spec":{"type":"pie","data":[{"values":[{"a":1}]},{"values":[{"b":2}]}],${fields}}}`;
  const findings = expectRule(
    'chart-field-missing',
    v2(
      spec(
        `"xField":«"x"»,"yField":«"y"»,"seriesField":«"s"»,"categoryField":«"c"»,"valueField":«"v"»,"angleField":"n"`,
      ),
    ),
  );
  assert.equal(
    findings[0].message,
    'No data row of this chart has a field "x": the chart is drawn empty. Fields in the data: a, b.',
  );
  const [zh] = expectRule('chart-field-missing', v2(spec(`"xField":«"x"»,"yField":"b"`)), { locale: 'zh' });
  assert.equal(zh.message, '此图表的数据中没有字段 "x"：图表将为空。数据中的字段：a, b。');
  expectRule('chart-field-missing', `{"config":{},"elements":[${spec(`"xField":«"x"»,"yField":["a",7]`)}]}`);
});

test('chart-field-missing stays quiet on data it cannot read, or without rows, and off charts', () => {
  const chart = (spec: string) => `{"tag":"chart","chart_spec":${spec}}`;
  expectRule(
    'chart-field-missing',
    v2(
      [
        chart(`{"data":{"values":[]},"xField":"x"}`),
        chart(`{"data":{"values":[{"a":1},5]},"xField":"x"}`),
        chart(`{"data":[{"values":[{"a":1}]},{"values":"\${rows}"}],"xField":"x"}`),
        chart(`{"data":{"values":[{"a":1}]}}`),
        chart(`{"xField":"x"}`),
        chart(`"\${spec}"`),
        `{"tag":"markdown","content":"m","chart_spec":{"data":{"values":[{"a":1}]},"xField":"x"}}`,
      ].join(','),
    ),
  );
});

test('chart-field-missing names the data fields in the order the card writes them, number-like keys too', () => {
  // A JavaScript object lists a key such as "1" before the others; the message keeps the card's order.
  const [finding] = expectRule(
    'chart-field-missing',
    v2(`{"tag":"chart","chart_spec":{"data":{"values":[{"b":1,"1":2},{"a":3,"0":4}]},"xField":«"x"»}}`),
  );
  assert.match(finding.message, /Fields in the data: b, 1, a, 0\.$/);
  const [plain] = expectRule(
    'chart-field-missing',
    v2(`{"tag":"chart","chart_spec":{"data":{"values":[{"b":1,"01":2,"__proto__":3}]},"xField":«"x"»}}`),
  );
  assert.match(plain.message, /Fields in the data: b, 01, __proto__\.$/);
});
