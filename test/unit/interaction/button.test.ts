import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confirmOf } from '../../../server/src/card/interaction/behavior';
import { session, target, v2 } from './helpers';

test('button with a callback behavior sends its value', () => {
  const s = session(
    v2({ tag: 'button', element_id: 'ok', behaviors: [{ type: 'callback', value: { action: 'done' } }] }),
  );
  const outcome = s.interact(target(s, 'ok'), { kind: 'click' });
  assert.equal(outcome.kind, 'callback');
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, { value: { action: 'done' }, tag: 'button' });
  assert.equal(outcome.openUrl, undefined);
});

test('button without behaviors still calls back (default), with its name when it has one', () => {
  const s = session(v2({ tag: 'button', element_id: 'b', name: 'btn_1' }));
  const outcome = s.interact(target(s, 'b'), { kind: 'click' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, { tag: 'button', name: 'btn_1' });
});

test('legacy button value is sent when no callback behavior exists', () => {
  const s = session({
    elements: [{ tag: 'action', actions: [{ tag: 'button', element_id: 'x', value: { k: 'v' } }] }],
  });
  const outcome = s.interact(target(s, 'x'), { kind: 'click' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, { value: { k: 'v' }, tag: 'button' });
});

test('a link-only button opens its URL per platform and sends nothing', () => {
  const s = session(
    v2({
      tag: 'button',
      element_id: 'l',
      behaviors: [
        {
          type: 'open_url',
          default_url: 'https://example.com',
          ios_url: 'lark://msgcard/unsupported_action',
          android_url: 'https://m.example.com',
        },
      ],
    }),
  );
  const outcome = s.interact(target(s, 'l'), { kind: 'click' });
  assert.ok(outcome.kind === 'open_url');
  assert.deepEqual(outcome.openUrl, {
    desktop: { url: 'https://example.com', blocked: false, openable: true },
    android: { url: 'https://m.example.com', blocked: false, openable: true },
    ios: { url: undefined, blocked: true, openable: false },
  });
});

test('a button with both behaviors calls back and opens the link', () => {
  const s = session(
    v2({
      tag: 'button',
      element_id: 'both',
      behaviors: [
        { type: 'open_url', default_url: 'https://example.com' },
        { type: 'callback', value: { x: 1 } },
      ],
    }),
  );
  const outcome = s.interact(target(s, 'both'), { kind: 'click' });
  assert.ok(outcome.kind === 'callback');
  assert.equal(outcome.openUrl?.desktop.url, 'https://example.com');
});

test('disabled buttons do nothing; confirm text is read from plain_text objects', () => {
  const s = session(
    v2({
      tag: 'button',
      element_id: 'd',
      disabled: true,
      confirm: {
        title: { tag: 'plain_text', content: 'Sure?' },
        text: { tag: 'plain_text', content: 'Really' },
      },
    }),
  );
  const t = target(s, 'd');
  assert.equal(s.interact(t, { kind: 'click' }).kind, 'disabled');
  assert.deepEqual(confirmOf(t.props), { title: 'Sure?', text: 'Really' });
});

test('a 1.0 button with a link and a value only jumps, unless complex_interaction asks for both', () => {
  const button = (extra: object) => ({
    elements: [
      {
        tag: 'action',
        actions: [
          { tag: 'button', element_id: 'b', url: 'https://example.com/a', value: { k: 'v' }, ...extra },
        ],
      },
    ],
  });
  const jumps = session(button({}));
  const jump = jumps.interact(target(jumps, 'b'), { kind: 'click' });
  assert.equal(jump.kind, 'open_url');
  assert.equal(jump.openUrl?.desktop.url, 'https://example.com/a');

  const both = session(button({ complex_interaction: true }));
  const click = both.interact(target(both, 'b'), { kind: 'click' });
  assert.ok(click.kind === 'callback');
  assert.deepEqual(click.request.event.action.value, { k: 'v' });
  assert.equal(click.openUrl?.desktop.url, 'https://example.com/a');
});
