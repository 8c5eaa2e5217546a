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

const chart = (spec: string) => `{"tag":"chart","chart_spec":{"type":"bar",${data},${spec}}}`;

test('chart-spec names each mobile option exactly, in English and Chinese', () => {
  const cases: [string, string][] = [
    [`"bar":{"style":{«"texture"»:"circle"}}`, 'style.texture'],
    [`"bar":{"style":{"fill":{"gradient":«"conical"»}}}`, 'gradient: "conical"'],
    [`"wordCloudConfig":{"layoutMode":«"grid"»}`, 'wordCloudConfig.layoutMode: "grid"'],
    [`"extensionMark":[{"style":{«"repeatX"»:"repeat"}}]`, 'style.repeatX'],
    [`"extensionMark":[{"style":{«"repeatY"»:"repeat"}}]`, 'style.repeatY'],
    [`"bar":{"style":{"background":«"https://e.com/a.svg"»}}`, 'style.background (SVG)'],
    [`"bar":{"style":{"background":«"<svg></svg>"»}}`, 'style.background (SVG)'],
  ];
  for (const [spec, option] of cases) {
    const [en] = expectRule('chart-spec', v2(chart(spec)));
    assert.equal(
      en.message,
      `The chart fails to load on mobile: the platform does not support the VChart option ${option} there.`,
    );
    const [zh] = expectRule('chart-spec', v2(chart(spec)), { locale: 'zh' });
    assert.equal(zh.message, `图表将在移动端加载失败：移动端不支持 VChart 属性 ${option}。`);
  }
  expectRule('chart-spec', `{"config":{},"elements":[${chart(`"bar":{"style":{«"texture"»:"circle"}}`)}]}`);
});

test('chart-spec leaves the same keys where VChart means something else, and components that are no chart', () => {
  expectRule(
    'chart-spec',
    v2(
      chart(
        `"series":{"texture":"circle","repeatX":1,"background":"a.svg","layoutMode":"grid"},` +
          `"bar":{"style":{"fill":{"gradient":"linear"},"background":"https://e.com/a.png","layout":"x"}},` +
          `"style":{"background":7},"wordCloudConfig":{"layoutMode":"spiral","mode":"grid"}`,
      ) + `,{"tag":"markdown","content":"m","chart_spec":"line"},{"tag":"chart"}`,
    ),
  );
});

test('chart-spec walks a spec 40 levels deep and no deeper, through objects and arrays', () => {
  const inObjects = (levels: number) => `${'"a":{'.repeat(levels)}"style":{"texture":1}${'}'.repeat(levels)}`;
  const marked = (levels: number) => `${'"a":{'.repeat(levels)}"style":{«"texture"»:1}${'}'.repeat(levels)}`;
  // The spec is depth 0, so the style object under 39 "a" objects is at depth 40.
  expectRule('chart-spec', v2(chart(marked(38))));
  expectRule('chart-spec', v2(chart(marked(39))));
  expectRule('chart-spec', v2(chart(inObjects(40))));
  const inArrays = (levels: number, texture: string) =>
    `"a":${'['.repeat(levels)}{"style":{${texture}:1}}${']'.repeat(levels)}`;
  expectRule('chart-spec', v2(chart(inArrays(38, '«"texture"»'))));
  expectRule('chart-spec', v2(chart(inArrays(39, '"texture"'))));
});

test('chart-spec reads a repeated key as its last one, as JSON.parse (and the platform) does', () => {
  expectRule('chart-spec', v2(chart(`"bar":{"style":{"texture":1}},"bar":{"style":{}}`)));
  expectRule('chart-spec', v2(chart(`"bar":{"style":{"texture":1,«"texture"»:2}}`)));
  expectRule('chart-spec', v2(chart(`"__proto__":{"style":{«"texture"»:1}}`)));
});
