import assert from 'node:assert/strict';
import { test } from 'node:test';
import { session, target, v2 } from './helpers';

test('interactive_container sends its callback value', () => {
  const s = session(
    v2({
      tag: 'interactive_container',
      element_id: 'ic',
      behaviors: [{ type: 'callback', value: { card: 'row' } }],
      elements: [{ tag: 'markdown', content: 'hi' }],
    }),
  );
  const outcome = s.interact(target(s, 'ic'), { kind: 'click' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, { value: { card: 'row' }, tag: 'interactive_container' });
});

test('interactive_container with only a link jumps and sends nothing', () => {
  const s = session(
    v2({
      tag: 'interactive_container',
      element_id: 'ic',
      behaviors: [{ type: 'open_url', default_url: 'https://example.com', pc_url: 'https://pc.example.com' }],
      elements: [],
    }),
  );
  const outcome = s.interact(target(s, 'ic'), { kind: 'click' });
  assert.ok(outcome.kind === 'open_url');
  assert.equal(outcome.openUrl.desktop.url, 'https://pc.example.com');
  assert.equal(outcome.openUrl.android.url, 'https://example.com');
});

test('a column jumps through action.multi_url', () => {
  const s = session(
    v2({
      tag: 'column_set',
      columns: [
        {
          tag: 'column',
          element_id: 'col',
          action: { multi_url: { url: 'https://x.example' } },
          elements: [],
        },
      ],
    }),
  );
  const outcome = s.interact(target(s, 'col'), { kind: 'click' });
  assert.ok(outcome.kind === 'open_url');
  assert.equal(outcome.openUrl.ios.url, 'https://x.example');
});

test('display components do nothing', () => {
  const s = session(v2({ tag: 'markdown', element_id: 'm', content: 'x' }));
  assert.deepEqual(s.interact(target(s, 'm'), { kind: 'click' }), { kind: 'local', reason: 'no-callback' });
});
