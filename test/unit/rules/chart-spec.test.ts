import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/markers';
import { v2 } from './fixCheck';

const data = `"data":{"values":[{"x":"a","y":1}]}`;

test('chart-spec fires on a spec that is not an object or has no type', () => {
  const [finding] = expectRule('chart-spec', v2(`{"tag":"chart","chart_spec":«"line"»}`));
  assert.equal(finding.severity, 'warning');
  expectRule('chart-spec', v2(`{"tag":"chart","chart_spec":{"type":«1»,${data}}}`));
  expectRule('chart-spec', v2(`{"tag":"chart","chart_spec":«{${data}}»}`));
});

test('chart-spec names the VChart options that fail on mobile', () => {
  const [texture] = expectRule(
    'chart-spec',
    v2(`{"tag":"chart","chart_spec":{"type":"bar",${data},"bar":{"style":{«"texture"»:"circle"}}}}`),
  );
  assert.match(texture.message, /style\.texture/);
  expectRule(
    'chart-spec',
    v2(
      `{"tag":"chart","chart_spec":{"type":"pie",${data},"pie":{"style":{"fill":{"gradient":«"conical"»}}}}}`,
    ),
  );
  expectRule(
    'chart-spec',
    v2(`{"tag":"chart","chart_spec":{"type":"wordCloud",${data},"wordCloudConfig":{"layoutMode":«"grid"»}}}`),
  );
  expectRule(
    'chart-spec',
    v2(
      `{"tag":"chart","chart_spec":{"type":"bar",${data},"extensionMark":[{"type":"image","style":{«"repeatX"»:"repeat"}}]}}`,
    ),
  );
  expectRule(
    'chart-spec',
    v2(`{"tag":"chart","chart_spec":{"type":"bar",${data},"bar":{"style":{"background":«"<svg></svg>"»}}}}`),
  );
});

test('chart-spec stays quiet on ordinary specs, linear gradients and other components', () => {
  expectRule(
    'chart-spec',
    v2(`{"tag":"chart","chart_spec":{"type":"line",${data},"xField":"x","yField":"y"}}`),
  );
  expectRule(
    'chart-spec',
    v2(`{"tag":"chart","chart_spec":{"type":"bar",${data},"bar":{"style":{"fill":{"gradient":"linear"}}}}}`),
  );
  expectRule('chart-spec', v2(`{"tag":"markdown","content":"texture"}`));
  expectRule('chart-spec', v2(`{"tag":"chart"}`));
});
