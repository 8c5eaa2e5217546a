// Cards for the benchmarks: a typical hand-written card of about 3 KB (an on-call alarm with a header,
// Markdown, links, callbacks and a small form) and a generated card of about 1 MB built from the same
// kinds of blocks, with a `behaviors` array in its middle where completion is measured.

/** An empty 2.0 card: what each server spends on any document, the fixed cost subtracted from the others. */
export const emptyCard = JSON.stringify({ schema: '2.0', body: { elements: [] } }, null, 2);

function alarmBlock(i: number): unknown[] {
  return [
    {
      tag: 'markdown',
      element_id: `summary_${i}`,
      content: `**Service** checkout-api-${i}\n**Severity** P${(i % 3) + 1}\n**Since** 2026-11-25 09:${String(i % 60).padStart(2, '0')} UTC\nError rate 7.${i % 10}% over 5 min (threshold 2%).`,
    },
    {
      tag: 'button',
      element_id: `dash_${i}`,
      type: 'default',
      text: { tag: 'plain_text', content: 'Open dashboard' },
      behaviors: [
        {
          type: 'open_url',
          default_url: `https://grafana.example.com/d/checkout?var-instance=${i}`,
          pc_url: `https://grafana.example.com/d/checkout?var-instance=${i}&kiosk`,
          ios_url: '',
          android_url: '',
        },
      ],
    },
    {
      tag: 'button',
      element_id: `ack_${i}`,
      type: 'primary',
      text: { tag: 'plain_text', content: 'Acknowledge' },
      behaviors: [{ type: 'callback', value: { action: 'ack', alarm_id: `alm_${100000 + i}` } }],
    },
  ];
}

function form(i: number): unknown {
  return {
    tag: 'form',
    name: `handover_${i}`,
    element_id: `form_${i}`,
    elements: [
      { tag: 'markdown', content: 'What have you checked?' },
      { tag: 'checker', name: `logs_${i}`, text: { tag: 'plain_text', content: 'Read the logs' } },
      {
        tag: 'checker',
        name: `deploy_${i}`,
        text: { tag: 'plain_text', content: 'Checked the last deploy' },
      },
      {
        tag: 'button',
        name: `submit_${i}`,
        form_action_type: 'submit',
        type: 'primary_filled',
        text: { tag: 'plain_text', content: 'Hand over' },
        behaviors: [{ type: 'callback', value: { action: 'handover', alarm_id: `alm_${100000 + i}` } }],
      },
    ],
  };
}

function card(elements: unknown[]): string {
  return JSON.stringify(
    {
      schema: '2.0',
      config: { update_multi: true, width_mode: 'fill' },
      header: {
        title: { tag: 'plain_text', content: 'checkout-api error rate above threshold' },
        subtitle: { tag: 'plain_text', content: 'on-call: payments team' },
        template: 'red',
      },
      body: { elements },
    },
    null,
    2,
  );
}

export const typicalCard = card([...alarmBlock(0), form(0), ...alarmBlock(1).slice(0, 2)]);

/** About `bytes` long; the marked behaviour sits halfway through. */
export function largeCard(bytes = 1024 * 1024): { text: string; completionOffset: number } {
  // Measure what one block costs at its real indentation, then generate just enough of them.
  const sample = 20;
  const perBlock = (card(generate(sample, -1)).length - card([]).length) / sample;
  const blocks = Math.ceil((bytes - card([]).length) / perBlock);
  const text = card(generate(blocks, Math.floor(blocks / 2)));
  // Inside the string value of that behaviour's "type": where a user picks a behaviour type.
  const anchor = text.indexOf('"type": "callback"', text.indexOf('"completion_here"'));
  return { text, completionOffset: anchor + '"type": "'.length };
}

function generate(blocks: number, markAt: number): unknown[] {
  const elements: unknown[] = [];
  for (let i = 0; i < blocks; i++) {
    elements.push(...alarmBlock(i));
    // Forms are root-only and capped in real cards; a few of them keep the generated card realistic.
    if (i % 50 === 0) elements.push(form(i));
    if (i === markAt) {
      elements.push({
        tag: 'button',
        element_id: 'completion_here',
        text: { tag: 'plain_text', content: 'Completion is measured here' },
        behaviors: [{ type: 'callback' }],
      });
    }
  }
  return elements;
}

/** A card with one line chart beside its text: what issue 12's "chart card first render" is measured on. */
export const chartCard = JSON.stringify(
  {
    schema: '2.0',
    header: {
      title: { tag: 'plain_text', content: 'checkout-api error rate, last hour' },
      template: 'red',
    },
    body: {
      elements: [
        { tag: 'markdown', content: 'Error rate per 5 min; threshold **2%**.' },
        {
          tag: 'chart',
          element_id: 'error_rate',
          chart_spec: {
            type: 'line',
            data: {
              values: Array.from({ length: 12 }, (_, i) => ({
                time: `09:${String(i * 5).padStart(2, '0')}`,
                rate: [1.2, 1.4, 1.1, 2.8, 5.6, 7.3, 7.1, 6.4, 4.2, 2.5, 1.9, 1.6][i],
              })),
            },
            xField: 'time',
            yField: 'rate',
          },
        },
      ],
    },
  },
  null,
  2,
);

/**
 * A card of exactly `count` components, nearly all nested (column sets of two columns holding Markdown, a
 * button with a callback and an image): the shape of a large generated report.
 */
export function manyComponentsCard(count: number): string {
  const elements: unknown[] = [];
  let made = 0;
  for (let row = 0; made + 7 <= count; row++) {
    elements.push({
      tag: 'column_set',
      element_id: `row_${row}`,
      columns: [
        {
          tag: 'column',
          elements: [
            { tag: 'markdown', content: `**Row ${row}** checkout-api-${row % 97}` },
            {
              tag: 'button',
              text: { tag: 'plain_text', content: 'Open' },
              behaviors: [{ type: 'callback', value: { action: 'open', row } }],
            },
          ],
        },
        {
          tag: 'column',
          elements: [
            { tag: 'img', img_key: `img_v2_${row}`, alt: { tag: 'plain_text', content: `chart ${row}` } },
            { tag: 'markdown', content: `${row % 60} min ago` },
          ],
        },
      ],
    });
    made += 7;
  }
  while (made < count) {
    elements.push({ tag: 'markdown', content: `note ${made}` });
    made++;
  }
  return card(elements);
}
