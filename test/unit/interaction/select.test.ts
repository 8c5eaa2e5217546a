import assert from 'node:assert/strict';
import { test } from 'node:test';
import { targetOf } from '../../../server/src/card/interaction/target';
import { session, target, v2 } from './helpers';

const options = [
  { text: { tag: 'plain_text', content: 'One' }, value: 'one' },
  { text: { tag: 'plain_text', content: 'Two' }, value: 'two' },
];

test('select_static sends the chosen option and the callback value', () => {
  const s = session(
    v2({
      tag: 'select_static',
      element_id: 's',
      options,
      behaviors: [{ type: 'callback', value: { q: 1 } }],
    }),
  );
  const outcome = s.interact(target(s, 's'), { kind: 'select', option: 'two' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, { value: { q: 1 }, tag: 'select_static', option: 'two' });
});

test('select_static starts at initial_option, or the 1-based initial_index', () => {
  const s = session(
    v2(
      { tag: 'select_static', element_id: 'a', options, initial_option: 'two' },
      { tag: 'select_static', element_id: 'b', options, initial_index: 1 },
    ),
  );
  assert.equal(s.valueOf(target(s, 'a')), 'two');
  assert.equal(s.valueOf(target(s, 'b')), 'one');
});

test('select_person sends the picked open_id as option', () => {
  const s = session(v2({ tag: 'select_person', element_id: 'p', options: [{ value: 'ou_abc' }] }));
  const outcome = s.interact(target(s, 'p'), { kind: 'select', option: 'ou_abc' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, { tag: 'select_person', option: 'ou_abc' });
});

test('overflow sends the clicked option; an option with a link only jumps, per platform', () => {
  const s = session(
    v2({
      tag: 'overflow',
      element_id: 'o',
      options: [
        {
          text: { tag: 'plain_text', content: 'Doc' },
          value: 'doc',
          multi_url: { url: 'https://d.example', ios_url: 'https://i.example' },
        },
        { text: { tag: 'plain_text', content: 'Del' }, value: 'del' },
        { text: { tag: 'plain_text', content: 'Empty link' }, value: 'nolink', multi_url: { url: '' } },
      ],
      behaviors: [{ type: 'callback', value: { from: 'menu' } }],
    }),
  );
  const outcome = s.interact(target(s, 'o'), { kind: 'select', option: 'doc' });
  assert.equal(outcome.kind, 'open_url');
  assert.ok(outcome.kind === 'open_url');
  assert.equal(outcome.openUrl.desktop.url, 'https://d.example');
  assert.equal(outcome.openUrl.ios.url, 'https://i.example');
  const plain = s.interact(target(s, 'o'), { kind: 'select', option: 'del' });
  assert.ok(plain.kind === 'callback');
  assert.deepEqual(plain.request.event.action, { value: { from: 'menu' }, tag: 'overflow', option: 'del' });
  assert.equal(plain.openUrl, undefined);
  // A link with no URL in it is no link: the option calls back.
  assert.equal(s.interact(target(s, 'o'), { kind: 'select', option: 'nolink' }).kind, 'callback');
});

test('a 1.0 overflow option with `url` only jumps', () => {
  const s = session({
    elements: [
      {
        tag: 'action',
        actions: [
          {
            tag: 'overflow',
            options: [
              { text: { tag: 'plain_text', content: 'Docs' }, value: 'docs', url: 'https://docs.example' },
              { text: { tag: 'plain_text', content: 'Ping' }, value: 'ping' },
            ],
          },
        ],
      },
    ],
  });
  const overflow = s.card.components.find((c) => c.tag === 'overflow')!;
  const t = targetOf(s.card, overflow);
  const jump = s.interact(t, { kind: 'select', option: 'docs' });
  assert.ok(jump.kind === 'open_url');
  assert.equal(jump.openUrl.desktop.url, 'https://docs.example');
  assert.equal(s.interact(t, { kind: 'select', option: 'ping' }).kind, 'callback');
});

test('the picked place in options tells apart options that share a value or have none', () => {
  const s = session({
    elements: [
      {
        tag: 'action',
        actions: [
          {
            tag: 'overflow',
            options: [
              { text: { tag: 'plain_text', content: 'Same' }, value: 'x' },
              { text: { tag: 'plain_text', content: 'Same, linked' }, value: 'x', url: 'https://x.example' },
              { text: { tag: 'plain_text', content: 'Link only' }, url: 'https://only.example' },
            ],
          },
        ],
      },
    ],
  });
  const t = targetOf(
    s.card,
    s.card.components.find((c) => c.tag === 'overflow')!,
  );
  assert.equal(s.interact(t, { kind: 'select', option: 'x', index: 0 }).kind, 'callback');
  const linked = s.interact(t, { kind: 'select', option: 'x', index: 1 });
  assert.ok(linked.kind === 'open_url');
  assert.equal(linked.openUrl.desktop.url, 'https://x.example');
  const only = s.interact(t, { kind: 'select', option: '', index: 2 });
  assert.ok(only.kind === 'open_url');
  assert.equal(only.openUrl.desktop.url, 'https://only.example');
});

test('select_img single outside a form sends option', () => {
  const s = session(
    v2({
      tag: 'select_img',
      element_id: 'im',
      options: [
        { img_key: 'img_1', value: 'a' },
        { img_key: 'img_2', value: 'b' },
      ],
    }),
  );
  const outcome = s.interact(target(s, 'im'), { kind: 'select', option: 'b' });
  assert.ok(outcome.kind === 'callback');
  assert.deepEqual(outcome.request.event.action, { tag: 'select_img', option: 'b' });
});
