import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTarget } from '../../../server/src/card/interaction/target';
import { parseCard } from '../../../server/src/card/parse/parse';
import { resolveOpenUrl } from '../../../server/src/card/interaction/openUrl';

const card = parseCard(
  JSON.stringify({
    schema: '2.0',
    body: {
      elements: [
        { tag: 'button', element_id: 'b1' },
        { tag: 'input', name: 'field/1' },
      ],
    },
  }),
);

test('targets are found by element_id, name, or JSON pointer', () => {
  assert.deepEqual(findTarget(card, 'b1')?.path, ['body', 'elements', 0]);
  assert.deepEqual(findTarget(card, 'field/1')?.path, ['body', 'elements', 1]);
  assert.deepEqual(findTarget(card, '/body/elements/1')?.path, ['body', 'elements', 1]);
  assert.equal(findTarget(card, '/body/elements/2'), undefined);
  assert.equal(findTarget(card, 'nope'), undefined);
});

test('open_url: javascript: and other schemes are shown but not openable', () => {
  const targets = resolveOpenUrl({
    default_url: 'javascript:alert(1)',
    pc_url: 'lark://msgcard/unsupported_action',
  });
  assert.deepEqual(targets.desktop, { url: undefined, blocked: true, openable: false });
  assert.deepEqual(targets.ios, { url: 'javascript:alert(1)', blocked: false, openable: false });
});
