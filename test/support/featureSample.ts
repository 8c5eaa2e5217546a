// The sample card the feature tests (test/unit/complete.test.ts) and the every-offset sweep
// (test/fuzz/features.test.ts) both work on: behaviors, a form with a checker, and an unknown tag.
export const sample = JSON.stringify(
  {
    schema: '2.0',
    config: { width_mode: 'fill' },
    header: { title: { tag: 'plain_text', content: '标题' }, template: 'blue' },
    body: {
      elements: [
        {
          tag: 'button',
          type: 'primary',
          behaviors: [
            { type: 'open_url', default_url: '${url}' },
            { type: 'callback', value: { a: 1 } },
          ],
        },
        {
          tag: 'form',
          name: 'f',
          elements: [{ tag: 'checker', name: 'c', behaviors: [{ type: 'callback', value: 'x' }] }],
        },
        { tag: 'unknown_thing', elements: [{ tag: 'markdown', content: 'x' }] },
      ],
    },
  },
  null,
  2,
);
